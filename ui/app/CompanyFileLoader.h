#pragma once

#include "Error.h"
#include "books/RecurringRun.h"
#include "crypto/SecureBuffer.h"
#include "storage/CompanyFile.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace kasboek::ui {

// Opens or creates a company file on a worker thread: the key derivation takes about
// half a second and must not freeze the window. One job at a time; finished() fires on
// the owner's thread, after which takeResult() hands over the open file (or the error).
//
// Opening an existing file also makes the recurring invoices that have fallen due up to
// today (books::RecurringInvoices::runDue), on the same worker: a file left closed for a
// quarter may have several to catch up. recurringRun() tells what was made; a failure of
// that run never keeps the file from opening.
//
// The CompanyFile is built on the worker and used on the UI thread afterwards; it has
// no thread affinity and only one thread touches it at a time.
class CompanyFileLoader final : public QObject
{
    Q_OBJECT
public:
    using FileResult = Result<std::unique_ptr<storage::CompanyFile>>;

    explicit CompanyFileLoader(QObject* parent = nullptr);
    // Waits for a running job, so its file is closed (not left locked) when the owner goes.
    ~CompanyFileLoader() override;

    // Both return false, and do nothing, while a job is running.
    bool open(const QString& path, crypto::SecureBuffer passphrase);
    bool create(const QString& path, crypto::SecureBuffer passphrase, const storage::NewCompany& company);

    [[nodiscard]] bool isBusy() const { return m_busy; }
    // Valid once after finished().
    [[nodiscard]] FileResult takeResult();
    // What opening made of the recurring invoices, after finished(); empty after create().
    [[nodiscard]] const Result<books::RecurringRun>& recurringRun() const { return m_recurringRun; }

signals:
    void started();
    void finished();

private:
    // What a job hands back: the file, and what its opening chores did.
    struct Loaded
    {
        FileResult file;
        Result<books::RecurringRun> recurringRun;
    };

    void watch(QFuture<Loaded> future);

    QFutureWatcher<Loaded> m_watcher;
    Result<books::RecurringRun> m_recurringRun;
    bool m_busy = false;
};

} // namespace kasboek::ui
