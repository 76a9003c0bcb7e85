#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli import journal-csv FILE CSV [--journal CODE]`: journal lines in the neutral CSV of
// the reference workload as entries of a journal (ledger::JournalImporter), all or nothing.
class ImportJournalCsvCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportJournalCsvCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
