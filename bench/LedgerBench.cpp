// The ledger at the size of ten busy years: the reference workload of ../shared/bench.
//
//   kasboek_bench_ledger import LINES.CSV FILE    new encrypted FILE, the CSV imported into it
//   kasboek_bench_ledger query FILE [CODE]        open FILE in this fresh process, then time the
//                                                 reports and lists (CODE: the account whose
//                                                 register is paged; default 1000, the bank)
//
// `import` prints the import rate. `query` prints the time to open the file after the key
// derivation (best of three, minus the best of three derivations) and the memory then (the
// peak includes Argon2id's 64 MiB), and the median of five runs of: a full trial balance, a
// one-year profit and loss, the first page of one account's register for one year and the
// first page of the journal for one year. The passphrase is KASBOEK_PASSPHRASE when set.
// bench/run-ledger.sh runs both for a workload size; docs/benchmarks.md records the figures.
#include "BenchSupport.h"
#include "crypto/KeyDerivation.h"
#include "crypto/SecureBuffer.h"
#include "exchange/journalcsv/JournalCsvReader.h"
#include "ledger/AccountRepository.h"
#include "ledger/JournalImporter.h"
#include "reports/AccountRegister.h"
#include "reports/JournalPageQuery.h"
#include "reports/ProfitAndLoss.h"
#include "reports/ReportPeriod.h"
#include "reports/TrialBalance.h"
#include "storage/CompanyFile.h"
#include "storage/FileFormat.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace kasboek;
using namespace kasboek::bench;
using namespace Qt::StringLiterals;

namespace {

int importWorkload(const QString& csvPath, const QString& path)
{
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(csvPath));
        return 1;
    }
    auto file
        = orDie(storage::CompanyFile::create(path, passphrase(), { u"Benchmark BV"_s, u"BE"_s }), "create");
    exchange::journalcsv::JournalCsvReader reader(csv);
    ledger::JournalImportSummary summary;
    const double cpuBefore = cpuSeconds();
    const double ms
        = timeMs([&] { summary = orDie(ledger::JournalImporter(*file).import(reader), "import"); });
    const double cpu = cpuSeconds() - cpuBefore;
    file->close();
    const auto [resident, peak] = memoryMiB();
    std::printf(
        "import: %lld entries, %lld lines in %.2f s: %.0f entries/s (CPU %.2f s; peak memory %.0f MiB)\n",
        static_cast<long long>(summary.entries), static_cast<long long>(summary.lines), ms / 1000.0,
        summary.entries / (ms / 1000.0), cpu, peak);
    Q_UNUSED(resident);
    return 0;
}

int queryFile(const QString& path, const QString& accountCode)
{
    // The key derivation is deliberately slow; what the file itself costs is the rest. The
    // best of three of each, so that a busy machine disturbs the difference less.
    const auto& profile = storage::FileFormat::currentKdfProfile();
    QList<double> kdfRuns;
    QList<double> openRuns;
    std::unique_ptr<storage::CompanyFile> file;
    for (int round = 0; round < 3; ++round) {
        kdfRuns.append(timeMs([&] {
            orDie(crypto::KeyDerivation::argon2id(passphrase(), QByteArrayView("0123456789abcdef"),
                                                  profile.argon2),
                  "kdf");
        }));
        file.reset();
        openRuns.append(
            timeMs([&] { file = orDie(storage::CompanyFile::open(path, passphrase()), "open"); }));
    }
    const double kdfMs = *std::min_element(kdfRuns.cbegin(), kdfRuns.cend());
    const double openMs = *std::min_element(openRuns.cbegin(), openRuns.cend());
    const auto [openResident, openPeak] = memoryMiB();
    std::printf(
        "open: %.0f ms in all, %.0f ms of it key derivation: %.0f ms to a usable file; memory %.0f MiB "
        "(peak %.0f MiB)\n",
        openMs, kdfMs, openMs - kdfMs, openResident, openPeak);

    storage::Database& db = file->database();
    const auto account = orDie(ledger::AccountRepository(db).findByCode(accountCode), "account");
    const QDate lastYearStart(2025, 1, 1);
    const QDate lastYearEnd(2025, 12, 31);
    const auto allTime = orDie(reports::ReportPeriod::create(QDate(2016, 1, 1), lastYearEnd), "period");
    const auto oneYear = orDie(reports::ReportPeriod::create(lastYearStart, lastYearEnd), "period");

    const std::pair<const char*, std::function<void()>> measures[] = {
        { "trial balance, all ten years",
          [&] { orDie(reports::TrialBalance::build(db, allTime), "trial balance"); } },
        { "profit and loss, one year",
          [&] { orDie(reports::ProfitAndLoss::build(db, oneYear), "profit and loss"); } },
        { "register of one account, first page of a year",
          [&] {
              orDie(
                  reports::AccountRegister(db).page(account.id, lastYearStart, lastYearEnd, std::nullopt, 50),
                  "register");
          } },
        { "journal, first page of a year",
          [&] {
              orDie(reports::JournalPageQuery(db).page(std::nullopt, lastYearStart, lastYearEnd, std::nullopt,
                                                       50),
                    "journal");
          } },
    };
    for (const auto& [name, run] : measures)
        printMedianOfFive(name, run);
    const auto [resident, peak] = memoryMiB();
    std::printf("memory after the queries: %.0f MiB (peak %.0f MiB)\n", resident, peak);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == u"import")
        return importWorkload(args.at(2), args.at(3));
    if (args.size() >= 3 && args.at(1) == u"query")
        return queryFile(args.at(2), args.value(3, u"1000"_s));
    std::fprintf(stderr, "usage: kasboek_bench_ledger import LINES.CSV FILE | query FILE [ACCOUNT]\n");
    return 2;
}
