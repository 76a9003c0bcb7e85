#include "BankSuggestions.h"

#include "OpenDocuments.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace kasboek::banking {

Result<QList<WaitingBankLine>> BankSuggestions::forWaitingLines(storage::Database& database)
{
    auto open = OpenDocuments::load(database);
    if (!open)
        return std::unexpected(open.error());
    BankMatcher matcher(std::move(*open));

    // bank_lines_waiting (journal_id, booking_date, id) WHERE entry_id IS NULL holds them; the
    // order is the booking date's across journals.
    auto lines = database.prepare(
        "SELECT l.id, l.booking_date, l.amount, s.currency, l.counterparty_name, l.counterparty_account, "
        "l.structured_reference, l.remittance, j.code FROM bank_lines l "
        "JOIN bank_statements s ON s.id = l.statement_id JOIN journals j ON j.id = l.journal_id "
        "WHERE l.entry_id IS NULL ORDER BY l.booking_date, l.id");
    if (!lines)
        return std::unexpected(lines.error());
    QList<WaitingBankLine> waiting;
    for (;;) {
        auto step = lines->step();
        if (!step)
            return std::unexpected(step.error());
        if (!*step)
            return waiting;
        auto currency = domain::Currency::fromCode(lines->columnText(3));
        if (!currency)
            return std::unexpected(currency.error());
        WaitingBankLine line;
        line.facts.id = lines->columnInt(0);
        line.facts.bookingDate = QDate::fromString(lines->columnText(1), Qt::ISODate);
        line.facts.amount = domain::Money::fromMinorUnits(lines->columnInt(2), *currency);
        line.facts.counterpartyName = lines->columnText(4);
        line.facts.counterpartyAccount = lines->columnText(5);
        line.facts.structuredReference = lines->columnText(6);
        line.facts.remittanceText = lines->columnText(7);
        line.journalCode = lines->columnText(8);
        line.suggestion = matcher.match(line.facts);
        waiting.append(std::move(line));
    }
}

} // namespace kasboek::banking
