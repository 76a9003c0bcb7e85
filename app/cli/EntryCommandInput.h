#pragma once

#include "storage/CompanyFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <expected>
#include <memory>

namespace kasboek::cli {

class CliContext;
class ParsedArguments;

// What the commands that post JSON to the ledger (`entries add`, `entries opening`) share:
// the JSON read first (from a file or standard input), then the file opened with its chart
// in place, so that the description's account codes can be looked up.
class EntryCommandInput final
{
    Q_DECLARE_TR_FUNCTIONS(EntryCommandInput)
public:
    struct Opened
    {
        QByteArray json;
        std::unique_ptr<storage::CompanyFile> file;
    };

    EntryCommandInput() = delete;

    // The exit code when anything fails (already reported).
    [[nodiscard]] static std::expected<Opened, int> open(CliContext& context,
                                                         const ParsedArguments& arguments);
};

} // namespace kasboek::cli
