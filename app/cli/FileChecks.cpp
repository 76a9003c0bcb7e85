#include "FileChecks.h"

#include "ledger/LedgerCheck.h"
#include "storage/CompanyFile.h"

using namespace Qt::StringLiterals;

namespace kasboek::cli {

QList<FileChecks::Check> FileChecks::all()
{
    return {
        { u"integrity"_s,
          tr("every page decrypts and passes its HMAC, the database structure (b-trees, indexes) is "
             "consistent, and every reference between records points at a record that exists"),
          &integrity },
        { u"ledger"_s,
          tr("every entry balances (the database refuses any that does not), and the stored totals per "
             "account and month equal the sums of the journal lines they summarise"),
          &ledger },
    };
}

FileChecks::Outcome FileChecks::integrity(storage::CompanyFile& file)
{
    auto problems = file.integrityProblems();
    if (problems)
        return { .held = problems->isEmpty(), .problems = *problems };
    // A page that fails to decrypt stops SQLite's check: that is the finding, not a
    // failure to check.
    if (problems.error().code == ErrorCode::CorruptFile)
        return { .held = false, .problems = { problems.error().message } };
    return { .held = false, .error = CliError::fromCore(problems.error()) };
}

FileChecks::Outcome FileChecks::ledger(storage::CompanyFile& file)
{
    auto problems = ledger::LedgerCheck::problems(file.database());
    if (problems)
        return { .held = problems->isEmpty(), .problems = *problems };
    return { .held = false, .error = CliError::fromCore(problems.error()) };
}

} // namespace kasboek::cli
