#include "app/CompanyFileLoader.h"

#include "books/RecurringInvoices.h"

#include <QDate>
#include <QtConcurrent/QtConcurrentRun>

namespace kasboek::ui {

CompanyFileLoader::CompanyFileLoader(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] {
        m_busy = false;
        emit finished();
    });
}

CompanyFileLoader::~CompanyFileLoader()
{
    // Only while busy: once takeResult() has run, Qt resets the future to a state that
    // never reports finished, and waiting on it would hang.
    if (m_busy)
        m_watcher.waitForFinished();
}

bool CompanyFileLoader::open(const QString& path, crypto::SecureBuffer passphrase)
{
    if (m_busy)
        return false;
    // The passphrase moves into the job and is wiped when the job is done with it.
    auto secret = std::make_shared<crypto::SecureBuffer>(std::move(passphrase));
    watch(QtConcurrent::run([path, secret]() -> Loaded {
        Loaded loaded { storage::CompanyFile::open(path, *secret), books::RecurringRun {} };
        secret->clear();
        if (loaded.file)
            loaded.recurringRun = books::RecurringInvoices(**loaded.file).runDue(QDate::currentDate());
        return loaded;
    }));
    return true;
}

bool CompanyFileLoader::create(const QString& path, crypto::SecureBuffer passphrase,
                               const storage::NewCompany& company)
{
    if (m_busy)
        return false;
    auto secret = std::make_shared<crypto::SecureBuffer>(std::move(passphrase));
    watch(QtConcurrent::run([path, secret, company]() -> Loaded {
        Loaded loaded { storage::CompanyFile::create(path, *secret, company), books::RecurringRun {} };
        secret->clear();
        return loaded;
    }));
    return true;
}

void CompanyFileLoader::watch(QFuture<Loaded> future)
{
    m_busy = true;
    m_recurringRun = books::RecurringRun {};
    m_watcher.setFuture(std::move(future));
    emit started();
}

CompanyFileLoader::FileResult CompanyFileLoader::takeResult()
{
    QFuture<Loaded> future = m_watcher.future();
    if (m_busy || !future.isValid() || future.resultCount() == 0)
        return fail(ErrorCode::InvalidArgument, tr("No file is being opened."));
    // Not reset with an empty future afterwards: the watcher would report that as finished.
    Loaded loaded = future.takeResult();
    m_recurringRun = std::move(loaded.recurringRun);
    return std::move(loaded.file);
}

} // namespace kasboek::ui
