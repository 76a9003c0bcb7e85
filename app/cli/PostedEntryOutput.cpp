#include "PostedEntryOutput.h"

#include "CliContext.h"
#include "ResultOutput.h"
#include "TablePrinter.h"
#include "ledger/AccountRepository.h"
#include "ledger/JournalRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kasboek::cli {

int PostedEntryOutput::print(CliContext& context, storage::Database& database,
                             const ledger::JournalEntry& entry, const QString& format)
{
    auto journal = ledger::JournalRepository(database).find(entry.journalId);
    const QString journalCode = journal ? journal->code : QString();
    qint64 total = 0;
    QJsonArray lines;
    ledger::AccountRepository accounts(database);
    for (const ledger::EntryLine& line : entry.lines) {
        total += line.debit;
        auto account = accounts.find(line.accountId);
        QJsonObject json { { u"account"_s, account ? account->code : QString() },
                           { u"debit"_s, TablePrinter::amount(line.debit, 2) },
                           { u"credit"_s, TablePrinter::amount(line.credit, 2) } };
        if (!line.description.isEmpty())
            json.insert(u"description"_s, line.description);
        lines.append(json);
    }
    const QJsonObject json {
        { u"id"_s, entry.id },
        { u"uid"_s, entry.uid.toString(QUuid::WithoutBraces) },
        { u"journal"_s, journalCode },
        { u"date"_s, entry.date.toString(Qt::ISODate) },
        { u"reference"_s, entry.reference },
        { u"description"_s, entry.description },
        { u"lines"_s, lines },
    };
    return ResultOutput::print(context, format, json,
                               QCoreApplication::translate("PostedEntryOutput",
                                                           "Posted entry %1 in %2 on %3: %n line(s), %4 EUR",
                                                           nullptr, static_cast<int>(entry.lines.size()))
                                       .arg(QString::number(entry.id), journalCode,
                                            entry.date.toString(Qt::ISODate), TablePrinter::amount(total, 2))
                                   + u'\n');
}

int PostedEntryOutput::reportRefusal(CliContext& context, const QString& file, const Error& error)
{
    CliError cliError = CliError::fromCore(error);
    if (error.code == ErrorCode::Validation || error.code == ErrorCode::ReadOnly
        || error.code == ErrorCode::Conflict || error.code == ErrorCode::NotFound)
        cliError.exitCode = ExitCode::InputRejected;
    if (!error.field.isEmpty() && error.code == ErrorCode::Validation
        && !cliError.message.contains(error.field))
        cliError.message = error.field + u": "_s + cliError.message;
    return context.report(file, cliError);
}

} // namespace kasboek::cli
