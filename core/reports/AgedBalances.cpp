#include "AgedBalances.h"

#include "DocumentAmountConversion.h"
#include "ReportCompany.h"
#include "books/DocumentFactsReader.h"
#include "books/DocumentState.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/repositories/DocumentRepository.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;
using kasboek::domain::DocumentType;

namespace kasboek::reports {

namespace {

const char* const kBucketKeys[AgedBucketCount]
    = { "not_due", "days_1_30", "days_31_60", "days_61_90", "over_90" };

Result<QString> contactUid(storage::Database& database, qint64 contactId)
{
    auto statement = database.prepare("SELECT uid FROM contacts WHERE id = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, contactId);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? statement->columnText(0) : QString();
}

// The issued documents of the side up to `asOf` that may still be open then, by due date:
// every credit note (its state depends on its invoice), and the invoices whose payments up to
// that date and credit notes issued by then do not add up to their total. DocumentState says
// the same of the invoices left out (outstanding = total - paid - credited, never below zero);
// judging them in this one query spares the report the facts of every invoice ever paid, which
// took seconds on a book of ten years (docs/benchmarks.md).
Result<QList<qint64>> possiblyOpen(storage::Database& database, DocumentType invoiceType,
                                   DocumentType creditNoteType, QDate asOf)
{
    auto statement = database.prepare(
        "SELECT d.id FROM documents d WHERE d.type IN (?1, ?2) AND d.status = 'issued' AND d.issue_date <= "
        "?3 "
        "AND (d.type = ?2 OR d.total_inclusive > "
        "(SELECT coalesce(sum(p.amount), 0) FROM payments p WHERE p.document_id = d.id AND p.payment_date <= "
        "?3) "
        "+ (SELECT coalesce(sum(c.total_inclusive), 0) FROM documents c WHERE c.corrected_document_id = d.id "
        "AND c.status = 'issued' AND c.issue_date <= ?3)) "
        "ORDER BY d.due_date, d.id");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, domain::DocumentTypes::code(invoiceType));
    statement->bind(2, domain::DocumentTypes::code(creditNoteType));
    statement->bind(3, asOf.toString(Qt::ISODate));
    QList<qint64> ids;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return ids;
        ids.append(statement->columnInt(0));
    }
}

QJsonObject bucketsJson(const AgedBuckets& buckets, qint64 total, const ReportCompany& company)
{
    QJsonObject json;
    for (int i = 0; i < AgedBucketCount; ++i)
        json.insert(QString::fromLatin1(kBucketKeys[i]), company.amount(buckets[i]));
    json.insert(u"total"_s, company.amount(total));
    return json;
}

QList<ReportValue> bucketCells(const AgedBuckets& buckets, qint64 total)
{
    QList<ReportValue> cells;
    for (const qint64 amount : buckets)
        cells.append(ReportAmount { amount });
    cells.append(ReportAmount { total });
    return cells;
}

} // namespace

int AgedBalances::bucketFor(int daysPastDue)
{
    if (daysPastDue <= 0)
        return 0;
    if (daysPastDue <= 30)
        return 1;
    if (daysPastDue <= 60)
        return 2;
    if (daysPastDue <= 90)
        return 3;
    return 4;
}

Result<AgedBalances> AgedBalances::build(storage::Database& database, Side side, QDate asOf,
                                         domain::Currency currency)
{
    const bool receivables = side == Side::Receivables;
    auto candidates
        = possiblyOpen(database, receivables ? DocumentType::Invoice : DocumentType::PurchaseInvoice,
                       receivables ? DocumentType::CreditNote : DocumentType::PurchaseCreditNote, asOf);
    if (!candidates)
        return std::unexpected(candidates.error());

    AgedBalances report(side, asOf);
    QHash<qint64, qsizetype> contactIndex;
    const storage::DocumentRepository documents(database);
    for (const qint64 id : std::as_const(*candidates)) {
        auto found = documents.findSummary(id);
        if (!found)
            return std::unexpected(found.error());
        const storage::DocumentSummary& summary = *found;
        auto facts = books::DocumentFactsReader::read(database, summary.id);
        if (!facts)
            return std::unexpected(facts.error());
        auto state = books::DocumentState::of(*facts, asOf);
        if (!state)
            return std::unexpected(state.error());
        if (state->outstanding.isZero())
            continue;
        auto amount
            = DocumentAmountConversion::inCurrency(database, summary.id, state->outstanding, currency);
        if (!amount)
            return std::unexpected(amount.error());
        if (!*amount) {
            ++report.m_unconverted;
            continue;
        }
        AgedDocument document;
        document.id = summary.id;
        document.type = summary.type;
        document.number = summary.number;
        document.issueDate = summary.issueDate;
        document.dueDate = summary.dueDate;
        document.daysPastDue = summary.dueDate.isValid() ? int(summary.dueDate.daysTo(asOf)) : 0;
        document.outstandingInCurrency = state->outstanding;
        document.outstanding = domain::DocumentTypes::isCreditNote(summary.type) ? -**amount : **amount;
        document.bucket = bucketFor(document.daysPastDue);

        report.add(contactIndex, summary.contactId, summary.counterpartyName, document);
    }
    if (auto excesses = report.addExcesses(database, contactIndex, currency); !excesses)
        return std::unexpected(excesses.error());
    std::stable_sort(report.m_contacts.begin(), report.m_contacts.end(),
                     [](const AgedContact& a, const AgedContact& b) {
                         return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                     });
    for (AgedContact& contact : report.m_contacts) {
        auto uid = contactUid(database, contact.contactId);
        if (!uid)
            return std::unexpected(uid.error());
        contact.uid = *uid;
    }
    return report;
}

void AgedBalances::add(QHash<qint64, qsizetype>& contactIndex, qint64 contactId, const QString& name,
                       const AgedDocument& document)
{
    auto index = contactIndex.constFind(contactId);
    if (index == contactIndex.cend()) {
        index = contactIndex.insert(contactId, m_contacts.size());
        m_contacts.append(AgedContact { contactId, {}, name, {}, 0, {} });
    }
    AgedContact& contact = m_contacts[*index];
    contact.name = name;
    contact.buckets[document.bucket] += document.outstanding;
    contact.total += document.outstanding;
    contact.documents.append(document);
    m_totals[document.bucket] += document.outstanding;
    m_total += document.outstanding;
}

Result<void> AgedBalances::addExcesses(storage::Database& database, QHash<qint64, qsizetype>& contactIndex,
                                       domain::Currency currency)
{
    // Few payments bring more than was due; they are read in one pass over the payments.
    auto statement
        = database.prepare("SELECT p.document_id, p.excess, p.currency, d.type, d.number, d.issue_date,"
                           " d.contact_id, CASE WHEN d.type IN ('invoice', 'credit_note') THEN d.buyer_name "
                           "ELSE d.seller_name END"
                           " FROM payments p JOIN documents d ON d.id = p.document_id"
                           " WHERE p.excess > 0 AND p.payment_date <= ?1 AND d.type IN (?2, ?3)"
                           " ORDER BY p.payment_date, p.id");
    if (!statement)
        return std::unexpected(statement.error());
    const bool receivables = m_side == Side::Receivables;
    statement->bind(1, m_asOf.toString(Qt::ISODate));
    statement->bind(2, receivables ? u"invoice"_s : u"purchase_invoice"_s);
    statement->bind(3, receivables ? u"credit_note"_s : u"purchase_credit_note"_s);
    for (;;) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        auto paymentCurrency = domain::Currency::fromCode(statement->columnText(2));
        auto type = domain::DocumentTypes::fromCode(statement->columnText(3));
        if (!paymentCurrency || !type)
            return fail(ErrorCode::CorruptFile, tr("A payment in this file cannot be read."));
        const domain::Money excess = domain::Money::fromMinorUnits(statement->columnInt(1), *paymentCurrency);
        auto amount
            = DocumentAmountConversion::inCurrency(database, statement->columnInt(0), excess, currency);
        if (!amount)
            return std::unexpected(amount.error());
        if (!*amount) {
            ++m_unconverted;
            continue;
        }
        AgedDocument credit;
        credit.id = statement->columnInt(0);
        credit.type = *type;
        credit.number = statement->columnText(4);
        credit.issueDate = QDate::fromString(statement->columnText(5), Qt::ISODate);
        credit.outstandingInCurrency = domain::Money::fromMinorUnits(-excess.minorUnits(), *paymentCurrency);
        credit.outstanding = -**amount;
        credit.excess = true;
        add(contactIndex, statement->columnInt(6), statement->columnText(7), credit);
    }
}

ReportOutput AgedBalances::output(const ReportCompany& company) const
{
    const bool receivables = m_side == Side::Receivables;
    const QString key = receivables ? receivablesKey : payablesKey;
    const QString at = m_asOf.toString(Qt::ISODate);
    QStringList subtitle { tr("Outstanding at %1, by days past the due date.").arg(at) };
    if (m_unconverted > 0)
        subtitle.append(tr("%n document(s) in another currency without an exchange rate left out.", nullptr,
                           m_unconverted));
    ReportOutput out;
    out.table = company.table(key, receivables ? tr("Aged receivables") : tr("Aged payables"), subtitle);
    out.table.columns = {
        { u"contact"_s, receivables ? tr("Customer") : tr("Supplier"), ColumnKind::Text },
        { u"not_due"_s, tr("Not yet due"), ColumnKind::Amount },
        { u"days_1_30"_s, tr("1–30 days"), ColumnKind::Amount },
        { u"days_31_60"_s, tr("31–60 days"), ColumnKind::Amount },
        { u"days_61_90"_s, tr("61–90 days"), ColumnKind::Amount },
        { u"over_90"_s, tr("Over 90 days"), ColumnKind::Amount },
        { u"total"_s, tr("Total"), ColumnKind::Amount },
    };
    QJsonArray contacts;
    for (const AgedContact& contact : m_contacts) {
        out.table.rows.append(
            { RowStyle::Detail, 0,
              QList<ReportValue> { contact.name } + bucketCells(contact.buckets, contact.total) });
        QJsonArray documents;
        for (const AgedDocument& document : contact.documents)
            documents.append(QJsonObject {
                { u"number"_s, document.number },
                { u"type"_s, domain::DocumentTypes::code(document.type) },
                { u"issue_date"_s, document.issueDate.toString(Qt::ISODate) },
                { u"due_date"_s, document.dueDate.toString(Qt::ISODate) },
                { u"days_past_due"_s, document.daysPastDue },
                { u"bucket"_s, QString::fromLatin1(kBucketKeys[document.bucket]) },
                { u"currency"_s, document.outstandingInCurrency.currency().code() },
                { u"outstanding_in_currency"_s, document.outstandingInCurrency.toDecimalString() },
                { u"outstanding"_s, company.amount(document.outstanding) },
                { u"excess"_s, document.excess },
            });
        QJsonObject json = bucketsJson(contact.buckets, contact.total, company);
        json.insert(u"contact"_s, contact.uid);
        json.insert(u"name"_s, contact.name);
        json.insert(u"documents"_s, documents);
        contacts.append(json);
    }
    out.table.rows.append(
        { RowStyle::Total, 0, QList<ReportValue> { tr("Total") } + bucketCells(m_totals, m_total) });

    out.json = company.json(key);
    out.json.insert(u"date"_s, at);
    out.json.insert(u"contacts"_s, contacts);
    out.json.insert(u"totals"_s, bucketsJson(m_totals, m_total, company));
    out.json.insert(u"unconverted_documents"_s, m_unconverted);
    return out;
}

} // namespace kasboek::reports
