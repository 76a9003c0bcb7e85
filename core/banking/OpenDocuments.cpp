#include "OpenDocuments.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QHash>

using namespace Qt::StringLiterals;
using kasboek::domain::DocumentType;
using kasboek::domain::DocumentTypes;

namespace kasboek::banking {

namespace {

// The columns both queries start with, for a document `d` and its contact `c`.
QByteArray documentColumns()
{
    return "d.id, d.type, d.number, d.contact_id, "
           "CASE WHEN d.type IN ('invoice', 'credit_note') THEN d.buyer_name ELSE d.seller_name END, "
           "coalesce(nullif(c.iban, ''), CASE WHEN d.type IN ('invoice', 'credit_note') THEN d.buyer_iban "
           "ELSE d.seller_iban END), "
           "d.payment_reference, d.currency, d.due_date, d.total_inclusive, "
           "(SELECT coalesce(sum(p.amount), 0) FROM payments p WHERE p.document_id = d.id)";
}

QByteArray invoicesSql()
{
    return "SELECT " + documentColumns()
        + ", (SELECT coalesce(sum(n.total_inclusive), 0) FROM documents n WHERE n.corrected_document_id = "
          "d.id "
          "AND n.status = 'issued'), "
          "(SELECT coalesce(sum(p.amount), 0) FROM documents n JOIN payments p ON p.document_id = n.id "
          "WHERE n.corrected_document_id = d.id AND n.status = 'issued'), "
          "(SELECT max(n.id) FROM documents n WHERE n.corrected_document_id = d.id AND n.status = 'issued') "
          "FROM documents d LEFT JOIN contacts c ON c.id = d.contact_id "
          "WHERE d.type IN ('invoice', 'purchase_invoice') AND d.status = 'issued' ORDER BY d.id";
}

QByteArray creditNotesSql()
{
    return "SELECT " + documentColumns()
        + ", d.corrected_document_id FROM documents d LEFT JOIN contacts c ON c.id = d.contact_id "
          "WHERE d.type IN ('credit_note', 'purchase_credit_note') AND d.status = 'issued' ORDER BY d.id";
}

struct Row
{
    OpenDocument document;
    qint64 total = 0;
    qint64 paid = 0;
};

Result<Row> readRow(const storage::Statement& statement)
{
    Row row;
    OpenDocument& d = row.document;
    d.id = statement.columnInt(0);
    auto type = DocumentTypes::fromCode(statement.columnText(1));
    if (!type)
        return std::unexpected(type.error());
    d.type = *type;
    d.number = statement.columnText(2);
    d.contactId = statement.columnInt(3);
    d.partyName = statement.columnText(4);
    d.partyAccount = statement.columnText(5).remove(u' ').toUpper();
    d.paymentReference = statement.columnText(6);
    auto currency = domain::Currency::fromCode(statement.columnText(7));
    if (!currency)
        return std::unexpected(currency.error());
    d.open = domain::Money::zero(*currency);
    d.dueDate = QDate::fromString(statement.columnText(8), Qt::ISODate);
    row.total = statement.columnInt(9);
    row.paid = statement.columnInt(10);
    return row;
}

} // namespace

Result<QList<OpenDocument>> OpenDocuments::load(storage::Database& database)
{
    QList<OpenDocument> open;
    // An invoice credited below zero: the refund it is owed, less what its credit notes were
    // refunded, goes to its latest credit note.
    QHash<qint64, qint64> refundOfCreditNote;

    auto invoices = database.prepare(invoicesSql().constData());
    if (!invoices)
        return std::unexpected(invoices.error());
    for (;;) {
        auto step = invoices->step();
        if (!step)
            return std::unexpected(step.error());
        if (!*step)
            break;
        auto row = readRow(*invoices);
        if (!row)
            return std::unexpected(row.error());
        const qint64 credited = invoices->columnInt(11);
        const qint64 refunded = invoices->columnInt(12);
        const qint64 due = row->total - row->paid - credited;
        if (due > 0) {
            row->document.open = domain::Money::fromMinorUnits(due, row->document.open.currency());
            open.append(row->document);
        } else if (due < 0 && -due > refunded && !invoices->columnIsNull(13)) {
            refundOfCreditNote.insert(invoices->columnInt(13), -due - refunded);
        }
    }

    auto creditNotes = database.prepare(creditNotesSql().constData());
    if (!creditNotes)
        return std::unexpected(creditNotes.error());
    for (;;) {
        auto step = creditNotes->step();
        if (!step)
            return std::unexpected(step.error());
        if (!*step)
            break;
        auto row = readRow(*creditNotes);
        if (!row)
            return std::unexpected(row.error());
        const bool correctsAnInvoice = !creditNotes->columnIsNull(11);
        const qint64 refund
            = correctsAnInvoice ? refundOfCreditNote.value(row->document.id, 0) : row->total - row->paid;
        if (refund > 0) {
            row->document.open = domain::Money::fromMinorUnits(refund, row->document.open.currency());
            open.append(row->document);
        }
    }
    return open;
}

} // namespace kasboek::banking
