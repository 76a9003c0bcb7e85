#include "BankWaitingCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "LedgerReady.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "TablePrinter.h"
#include "banking/BankSuggestions.h"
#include "storage/CompanyFile.h"

using namespace Qt::StringLiterals;
using kasboek::banking::BankMatch;
using kasboek::banking::WaitingBankLine;

namespace kasboek::cli {

namespace {

// "2025-014 121.00 + 2025-015 60.50", then what is left over.
QString documentsOf(const BankMatch& match)
{
    QStringList parts;
    for (const auto& allocation : match.allocations)
        parts.append(allocation.number + u' ' + TablePrinter::money(allocation.amount));
    QString text = parts.join(u" + "_s);
    if (!match.excess.isZero())
        text += u' ' + BankWaitingCommand::tr("(%1 more than due)").arg(TablePrinter::money(match.excess));
    else if (!match.settlesInFull)
        text += u' ' + BankWaitingCommand::tr("(in part)");
    return text;
}

reports::ReportTable tableOf(const QList<WaitingBankLine>& lines)
{
    using reports::ColumnKind;
    reports::ReportTable table;
    table.key = u"bank-waiting"_s;
    table.title = BankWaitingCommand::tr("Bank lines waiting to be reconciled");
    table.columns = {
        { u"id"_s, BankWaitingCommand::tr("Id"), ColumnKind::Count },
        { u"journal"_s, BankWaitingCommand::tr("Journal"), ColumnKind::Text },
        { u"booking_date"_s, BankWaitingCommand::tr("Date"), ColumnKind::Date },
        { u"currency"_s, BankWaitingCommand::tr("Currency"), ColumnKind::Text },
        { u"amount"_s, BankWaitingCommand::tr("Amount"), ColumnKind::Text },
        { u"counterparty"_s, BankWaitingCommand::tr("Counterparty"), ColumnKind::Text },
        { u"remittance"_s, BankWaitingCommand::tr("Remittance"), ColumnKind::Text },
        { u"match"_s, BankWaitingCommand::tr("Match"), ColumnKind::Text },
        { u"suggestion"_s, BankWaitingCommand::tr("Suggestion"), ColumnKind::Text },
    };
    for (const WaitingBankLine& line : lines) {
        const auto& facts = line.facts;
        const QString remittance
            = facts.structuredReference.isEmpty() ? facts.remittanceText : facts.structuredReference;
        table.rows.append(
            { reports::RowStyle::Detail,
              0,
              { facts.id, line.journalCode, facts.bookingDate, facts.amount.currency().code(),
                TablePrinter::money(facts.amount), facts.counterpartyName, remittance,
                line.suggestion ? reports::ReportValue(banking::matchReasonCode(line.suggestion->reason))
                                : reports::ReportValue(),
                line.suggestion ? reports::ReportValue(documentsOf(*line.suggestion))
                                : reports::ReportValue() } });
    }
    return table;
}

} // namespace

CommandSpec BankWaitingCommand::spec() const
{
    return {
        .name = u"bank waiting"_s,
        .summary = tr("List the bank lines waiting to be reconciled, with suggested matches."),
        .description
        = tr("Prints the imported bank lines that no entry reconciles yet, oldest first: id, journal, "
             "booking "
             "date, amount (positive is money in), counterparty, remittance, and the documents the line "
             "seems to pay or refund. The match says why: payment_reference (the structured communication or "
             "RF reference of an open document), document_number (open documents' numbers in the remittance "
             "text), amount_and_account (what the party whose IBAN it is owes, to the cent) or "
             "amount_and_name (the same by the party's name). Earlier lines claim documents first, so no "
             "part "
             "of a document is suggested twice. Changes nothing.")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = { CommonOptions::companyFile() },
        .options = QList<CommandSpec::Option> { CommonOptions::format({ u"text"_s, u"csv"_s, u"json"_s }) }
            + PassphraseSource::options(),
        .examples
        = u"kasboek-cli bank waiting books.kasboek\n"
          "kasboek-cli bank waiting books.kasboek --format json | jq '.[] | select(.match == null)'"_s,
    };
}

int BankWaitingCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    const QString path = arguments.argument(u"FILE"_s);
    auto file = LedgerReady::openOrReport(context, path, arguments);
    if (!file)
        return file.error();
    auto waiting = banking::BankSuggestions::forWaitingLines((*file)->database());
    if (!waiting)
        return context.report(path, CliError::fromCore(waiting.error()));
    return TablePrinter::print(context, tableOf(*waiting), arguments.option(u"format"_s, u"text"_s));
}

} // namespace kasboek::cli
