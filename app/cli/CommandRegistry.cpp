#include "CommandRegistry.h"

#include "CheckCommand.h"
#include "CompanySetCommand.h"
#include "ContactsAddCommand.h"
#include "ContactsListCommand.h"
#include "CreateCommand.h"
#include "DemoCommand.h"
#include "EntriesAddCommand.h"
#include "EntriesOpeningCommand.h"
#include "EntriesReverseCommand.h"
#include "ExpensesAddCommand.h"
#include "ExportPdfCommand.h"
#include "ExportUblCommand.h"
#include "HelpCommand.h"
#include "ImportJournalCsvCommand.h"
#include "BankWaitingCommand.h"
#include "ImportBankCommand.h"
#include "ImportUblCommand.h"
#include "InfoCommand.h"
#include "InvoicesIssueCommand.h"
#include "InvoicesListCommand.h"
#include "PasswdCommand.h"
#include "PaymentsRecordCommand.h"
#include "PeriodLockCommand.h"
#include "RemindersDueCommand.h"
#include "RemindersLettersCommand.h"
#include "RemindersSendCommand.h"
#include "ReportCommand.h"
#include "YearCloseCommand.h"

namespace kasboek::cli {

CommandRegistry::CommandRegistry() = default;
CommandRegistry::~CommandRegistry() = default;

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    CommandSpec spec = command->spec();
    m_entries.push_back({ std::move(spec), std::move(command) });
}

void CommandRegistry::addStandardCommands()
{
    // One line per command, in the order `kasboek-cli help` lists them.
    add(std::make_unique<CreateCommand>());
    add(std::make_unique<InfoCommand>());
    add(std::make_unique<CheckCommand>());
    add(std::make_unique<PasswdCommand>());
    add(std::make_unique<DemoCommand>());
    add(std::make_unique<CompanySetCommand>());
    add(std::make_unique<ContactsListCommand>());
    add(std::make_unique<ContactsAddCommand>());
    add(std::make_unique<InvoicesListCommand>());
    add(std::make_unique<InvoicesIssueCommand>());
    add(std::make_unique<PaymentsRecordCommand>());
    add(std::make_unique<ExpensesAddCommand>());
    add(std::make_unique<ImportUblCommand>());
    add(std::make_unique<ImportJournalCsvCommand>());
    add(std::make_unique<ImportBankCommand>());
    add(std::make_unique<BankWaitingCommand>());
    add(std::make_unique<ExportUblCommand>());
    add(std::make_unique<ExportPdfCommand>());
    add(std::make_unique<RemindersDueCommand>());
    add(std::make_unique<RemindersSendCommand>());
    add(std::make_unique<RemindersLettersCommand>());
    add(std::make_unique<EntriesAddCommand>());
    add(std::make_unique<EntriesOpeningCommand>());
    add(std::make_unique<EntriesReverseCommand>());
    add(std::make_unique<PeriodLockCommand>());
    add(std::make_unique<YearCloseCommand>());
    add(std::make_unique<ReportCommand>());
    add(std::make_unique<HelpCommand>(*this));
}

CommandRegistry::Match CommandRegistry::find(const QStringList& words) const
{
    Match best;
    for (const Entry& entry : m_entries) {
        const QStringList name = entry.spec.name.split(u' ');
        if (name.size() > words.size() || name.size() <= best.words)
            continue;
        if (std::equal(name.cbegin(), name.cend(), words.cbegin()))
            best = { &entry, name.size() };
    }
    return best;
}

bool CommandRegistry::needsGraphics(int argc, char** argv) const
{
    QStringList words;
    for (int i = 1; i < argc; ++i) {
        const QString word = QString::fromLocal8Bit(argv[i]);
        if (words.isEmpty() && word.startsWith(u'-'))
            continue; // global options before the command
        words.append(word);
    }
    const Match match = find(words);
    return match.entry && match.entry->spec.needsGraphics;
}

QList<const CommandRegistry::Entry*> CommandRegistry::group(const QString& group) const
{
    QList<const Entry*> members;
    for (const Entry& entry : m_entries) {
        const QStringList name = entry.spec.name.split(u' ');
        if (name.size() > 1 && name.first() == group)
            members.append(&entry);
    }
    return members;
}

} // namespace kasboek::cli
