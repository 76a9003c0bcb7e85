#include "LedgerReady.h"

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

} // namespace kasboek::cli
