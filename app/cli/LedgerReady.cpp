#include "LedgerReady.h"

#include "CliContext.h"
#include "ledger/postings/LedgerSetup.h"
#include "storage/CompanyFile.h"
#include "storage/UnitOfWork.h"

namespace kasboek::cli {

Result<void> LedgerReady::ensure(storage::CompanyFile& file)
{
    auto work = file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    auto ready = ledger::LedgerSetup::ensureReady(*work);
    if (!ready)
        return std::unexpected(ready.error());
    return work->commit();
}

std::expected<std::unique_ptr<storage::CompanyFile>, int>
LedgerReady::openOrReport(CliContext& context, const QString& path, const ParsedArguments& arguments)
{
    auto file = context.openOrReport(path, arguments);
    if (!file)
        return std::unexpected(file.error());
    if (auto ready = ensure(**file); !ready)
        return std::unexpected(context.report(path, CliError::fromCore(ready.error())));
    return std::move(*file);
}

} // namespace kasboek::cli
