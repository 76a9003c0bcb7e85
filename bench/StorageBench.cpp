// The cost of encryption and of unlocking.
//
//   kasboek_bench_storage [ROWS] [--keep DIR]
//
// Inserts ROWS (default 200,000) journal-like rows in one transaction and runs a
// GROUP BY aggregate over them, once in an encrypted company file and once in a
// plain SQLite file with the same page size and pragmas, and prints both times and
// their ratio. Then times opening the encrypted file: the deliberate key derivation
// (Argon2id) and the rest of the open.
#include "crypto/KeyDerivation.h"
#include "storage/CompanyFile.h"
#include "storage/Database.h"
#include "storage/FileFormat.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace kasboek;

namespace {

constexpr auto schema = "CREATE TABLE bench_lines (id INTEGER PRIMARY KEY, entry_date TEXT NOT NULL,"
                        " account INTEGER NOT NULL, debit INTEGER NOT NULL, credit INTEGER NOT NULL,"
                        " description TEXT NOT NULL)";
constexpr auto aggregate
    = "SELECT substr(entry_date, 1, 4) AS year, account, sum(debit), sum(credit), count(*)"
      " FROM bench_lines GROUP BY year, account ORDER BY year, account";

template<typename T> T orDie(Result<T> result, const char* what)
{
    if (!result) {
        std::fprintf(stderr, "%s: %s (%s)\n", what, qPrintable(result.error().message),
                     qPrintable(result.error().detail));
        std::exit(1);
    }
    return std::move(*result);
}

void orDie(Result<void> result, const char* what)
{
    if (!result) {
        std::fprintf(stderr, "%s: %s (%s)\n", what, qPrintable(result.error().message),
                     qPrintable(result.error().detail));
        std::exit(1);
    }
}

double insertRows(storage::Database& db, int rows)
{
    orDie(db.execute(schema), "schema");
    QRandomGenerator random(42);
    QElapsedTimer timer;
    timer.start();
    auto transaction = orDie(storage::Transaction::begin(db), "begin");
    auto insert = orDie(db.prepare("INSERT INTO bench_lines (entry_date, account, debit, credit, description)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5)"),
                        "prepare");
    for (int i = 0; i < rows; ++i) {
        const QDate date = QDate(2016, 1, 1).addDays(random.bounded(3653));
        const qint64 amount = random.bounded(1, 500000);
        const bool debit = i % 2 == 0;
        insert.bind(1, date.toString(Qt::ISODate))
            .bind(2, qint64 { 1000 + random.bounded(47) * 10 })
            .bind(3, debit ? amount : qint64 { 0 })
            .bind(4, debit ? qint64 { 0 } : amount)
            .bind(5, QStringLiteral("Invoice %1 consulting services").arg(i));
        orDie(insert.run(), "insert");
    }
    orDie(transaction.commit(), "commit");
    return timer.nsecsElapsed() / 1e6;
}

double runAggregate(storage::Database& db, int* groups)
{
    QElapsedTimer timer;
    timer.start();
    auto select = orDie(db.prepare(aggregate), "prepare");
    int count = 0;
    qint64 checksum = 0;
    for (;;) {
        const bool row = orDie(select.step(), "step");
        if (!row)
            break;
        ++count;
        checksum += select.columnInt(2) - select.columnInt(3);
    }
    *groups = count;
    Q_UNUSED(checksum);
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("kasboek.*.info=false"));
    const QStringList args = app.arguments();
    const int rows = args.size() > 1 && args.at(1).toInt() > 0 ? args.at(1).toInt() : 200000;
    QTemporaryDir dir;
    const crypto::SecureBuffer passphrase(QByteArrayView("benchmark passphrase"));

    // Encrypted: the company file as Kasboek makes it.
    const QString encryptedPath = dir.filePath(QStringLiteral("bench.kasboek"));
    double encryptedInsert = 0;
    {
        auto file = orDie(storage::CompanyFile::create(encryptedPath, passphrase,
                                                       { QStringLiteral("Bench"), QStringLiteral("BE") }),
                          "create");
        encryptedInsert = insertRows(file->database(), rows);
    }

    // Plain SQLite with the same page size, journal and pragmas.
    const QString plainPath = dir.filePath(QStringLiteral("plain.sqlite"));
    double plainInsert = 0;
    {
        auto db
            = orDie(storage::Database::open(plainPath, storage::Database::OpenMode::ReadWriteCreate), "open");
        orDie(db->execute("PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                          "PRAGMA locking_mode = EXCLUSIVE; PRAGMA temp_store = MEMORY;"),
              "pragmas");
        plainInsert = insertRows(*db, rows);
    }

    // Reopen both (cold connection, warm OS cache) and aggregate. The open is timed
    // five times; the median is printed.
    QList<double> opens;
    std::unique_ptr<storage::CompanyFile> encrypted;
    for (int i = 0; i < 5; ++i) {
        encrypted.reset();
        QElapsedTimer openTimer;
        openTimer.start();
        encrypted = orDie(storage::CompanyFile::open(encryptedPath, passphrase), "open encrypted");
        opens.append(openTimer.nsecsElapsed() / 1e6);
    }
    std::sort(opens.begin(), opens.end());
    const double openTotal = opens.at(2);
    int encryptedGroups = 0;
    const double encryptedAggregate = runAggregate(encrypted->database(), &encryptedGroups);

    auto plain
        = orDie(storage::Database::open(plainPath, storage::Database::OpenMode::ReadWrite), "open plain");
    int plainGroups = 0;
    const double plainAggregate = runAggregate(*plain, &plainGroups);
    if (plainGroups != encryptedGroups) {
        std::fprintf(stderr, "the two files disagree: %d vs %d groups\n", plainGroups, encryptedGroups);
        return 1;
    }

    // The key derivation alone (median of five), to split the open time.
    const auto& profile = storage::FileFormat::currentKdfProfile();
    QList<double> kdfs;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer kdfTimer;
        kdfTimer.start();
        orDie(crypto::KeyDerivation::argon2id(passphrase, QByteArrayView("0123456789abcdef"), profile.argon2),
              "kdf");
        kdfs.append(kdfTimer.nsecsElapsed() / 1e6);
    }
    std::sort(kdfs.begin(), kdfs.end());
    const double kdf = kdfs.at(2);

    std::printf("rows: %d, groups: %d, page size: %d\n", rows, encryptedGroups,
                storage::FileFormat::pageSize);
    std::printf("%-28s %10s %10s %8s\n", "", "encrypted", "plain", "ratio");
    std::printf("%-28s %8.1f ms %8.1f ms %7.2fx\n", "insert (one transaction)", encryptedInsert, plainInsert,
                encryptedInsert / plainInsert);
    std::printf("%-28s %8.1f ms %8.1f ms %7.2fx\n", "GROUP BY year, account", encryptedAggregate,
                plainAggregate, encryptedAggregate / plainAggregate);
    std::printf(
        "open encrypted file (median of 5): %.1f ms; Argon2id alone (t=%u, m=%u MiB, p=%u, median of 5):"
        " %.1f ms\n",
        openTotal, profile.argon2.iterations, profile.argon2.memoryKiB / 1024, profile.argon2.lanes, kdf);
    return 0;
}
