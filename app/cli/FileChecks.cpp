#include "FileChecks.h"

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

} // namespace kasboek::cli
