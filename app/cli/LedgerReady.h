#pragma once

#include "Error.h"

namespace kasboek::storage {
class CompanyFile;
}

namespace kasboek::cli {

// Commands that name accounts or journals need the file's chart: a new file gets it, and an
// older one its past entries, before anything is read (ledger::LedgerSetup, in its own unit
// of work).
class LedgerReady final
{
public:
    LedgerReady() = delete;

    [[nodiscard]] static Result<void> ensure(storage::CompanyFile& file);
};

} // namespace kasboek::cli
