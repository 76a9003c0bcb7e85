#pragma once

#include "Error.h"

#include <QString>
#include <expected>
#include <memory>

namespace kasboek::storage {
class CompanyFile;
}

namespace kasboek::cli {

class CliContext;
class ParsedArguments;

// Commands that name accounts or journals need the file's chart: a new file gets it, and an
// older one its past entries, before anything is read (ledger::LedgerSetup, in its own unit
// of work).
class LedgerReady final
{
public:
    LedgerReady() = delete;

    [[nodiscard]] static Result<void> ensure(storage::CompanyFile& file);
    // CliContext::openOrReport(), then ensure(): a failure is reported, and the error value is
    // the exit code to end with.
    [[nodiscard]] static std::expected<std::unique_ptr<storage::CompanyFile>, int>
    openOrReport(CliContext& context, const QString& path, const ParsedArguments& arguments);
};

} // namespace kasboek::cli
