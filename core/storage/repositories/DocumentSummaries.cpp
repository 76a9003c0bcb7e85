#include "DocumentSummaries.h"

#include "DocumentRow.h"
#include "SqlFilter.h"
#include "StoredValue.h"
#include "storage/Database.h"
#include "storage/Statement.h"

using namespace Qt::StringLiterals;
using kasboek::domain::DocumentTypes;

namespace kasboek::storage {

namespace {

constexpr const char* kTable = "documents";

// The counterparty is the buyer of a sales document and the seller of a purchase.
constexpr const char* kSelect
    = "SELECT d.id, d.uid, d.type, d.status, d.number, d.series_id, d.issue_date, d.due_date, d.valid_until, "
      "d.contact_id, CASE WHEN d.type IN ('purchase_invoice', 'purchase_credit_note') THEN d.seller_name "
      "ELSE d.buyer_name END AS counterparty, d.currency, d.total_exclusive, d.total_vat, d.total_inclusive, "
      "(SELECT coalesce(sum(p.amount), 0) FROM payments p WHERE p.document_id = d.id), "
      "d.corrected_document_id, d.source_quote_id, d.created_at, d.updated_at, d.issued_at FROM documents d";

enum Column {
    Id,
    Uid,
    Type,
    Status,
    Number,
    SeriesId,
    IssueDate,
    DueDate,
    ValidUntil,
    ContactId,
    Counterparty,
    Currency,
    TotalExclusive,
    TotalVat,
    TotalInclusive,
    Paid,
    CorrectedDocumentId,
    SourceQuoteId,
    CreatedAt,
    UpdatedAt,
    IssuedAt,
};

SqlFilter filterFor(const DocumentQuery& query)
{
    SqlFilter filter;
    if (!query.types.isEmpty()) {
        QByteArray condition = "d.type IN (";
        QList<QVariant> codes;
        for (domain::DocumentType type : query.types) {
            condition += codes.isEmpty() ? "?" : ", ?";
            codes.append(DocumentTypes::code(type));
        }
        filter.add((condition + ')').constData(), codes);
    }
    if (query.status)
        filter.add("d.status = ?", { DocumentTypes::code(*query.status) });
    if (query.contactId)
        filter.add("d.contact_id = ?", { *query.contactId });
    if (query.from.isValid())
        filter.add("d.issue_date >= ?", { DocumentRow::date(query.from) });
    if (query.to.isValid())
        filter.add("d.issue_date <= ?", { DocumentRow::date(query.to) });
    if (query.correctedDocumentId)
        filter.add("d.corrected_document_id = ?", { *query.correctedDocumentId });
    if (query.sourceQuoteId)
        filter.add("d.source_quote_id = ?", { *query.sourceQuoteId });
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        const QString pattern = SqlFilter::containsPattern(search);
        filter.add(
            R"(d.number LIKE ? ESCAPE '\' OR CASE WHEN d.type IN ('purchase_invoice', 'purchase_credit_note'))"
            R"( THEN d.seller_name ELSE d.buyer_name END LIKE ? ESCAPE '\')",
            { pattern, pattern });
    }
    return filter;
}

QByteArray orderBy(const DocumentQuery& query)
{
    QByteArray column;
    switch (query.sortBy) {
    case DocumentQuery::SortColumn::IssueDate:
        column = "d.issue_date"; // served by documents_by_type_date
        break;
    case DocumentQuery::SortColumn::Number:
        column = "d.number";
        break;
    case DocumentQuery::SortColumn::Counterparty:
        // As documents_by_type_counterparty (migration 7) has it, so that it serves the sort.
        column = "lower(counterparty)";
        break;
    case DocumentQuery::SortColumn::DueDate:
        column = "d.due_date";
        break;
    case DocumentQuery::SortColumn::TotalInclusive:
        column = "d.total_inclusive";
        break;
    case DocumentQuery::SortColumn::CreatedAt:
        column = "d.created_at";
        break;
    }
    const QByteArray direction = query.order == Qt::AscendingOrder ? " ASC" : " DESC";
    return " ORDER BY " + column + direction + ", d.id" + direction;
}

Result<DocumentSummary> fromRow(const Statement& row)
{
    DocumentSummary s;
    s.id = row.columnInt(Id);
    s.uid = QUuid::fromString(row.columnText(Uid));
    auto type = DocumentTypes::fromCode(row.columnText(Type));
    auto status = DocumentTypes::statusFromCode(row.columnText(Status));
    auto currency = domain::Currency::fromCode(row.columnText(Currency));
    if (s.uid.isNull() || !type || !status || !currency)
        return std::unexpected(StoredValue::unreadable(kTable, "type", s.id));
    s.type = *type;
    s.status = *status;
    s.number = row.columnText(Number);
    s.seriesId = row.columnOptionalInt(SeriesId);
    s.issueDate = DocumentRow::parseDate(row.columnText(IssueDate));
    s.dueDate = DocumentRow::parseDate(row.columnText(DueDate));
    if (!row.columnIsNull(ValidUntil))
        s.validUntil = DocumentRow::parseDate(row.columnText(ValidUntil));
    s.contactId = row.columnInt(ContactId);
    s.counterpartyName = row.columnText(Counterparty);
    s.totalExclusive = domain::Money::fromMinorUnits(row.columnInt(TotalExclusive), *currency);
    s.totalVat = domain::Money::fromMinorUnits(row.columnInt(TotalVat), *currency);
    s.totalInclusive = domain::Money::fromMinorUnits(row.columnInt(TotalInclusive), *currency);
    s.paid = domain::Money::fromMinorUnits(row.columnInt(Paid), *currency);
    s.correctedDocumentId = row.columnOptionalInt(CorrectedDocumentId);
    s.sourceQuoteId = row.columnOptionalInt(SourceQuoteId);
    s.createdAt = StoredValue::parseTimestamp(row.columnText(CreatedAt));
    s.updatedAt = StoredValue::parseTimestamp(row.columnText(UpdatedAt));
    if (!row.columnIsNull(IssuedAt))
        s.issuedAt = StoredValue::parseTimestamp(row.columnText(IssuedAt));
    return s;
}

Result<QList<DocumentSummary>> run(Database& database, const QByteArray& sql, const SqlFilter& filter,
                                   const QList<QVariant>& more)
{
    auto statement = database.prepare(sql.constData());
    if (!statement)
        return std::unexpected(statement.error());
    filter.bindTo(*statement, more);
    QList<DocumentSummary> summaries;
    while (true) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return summaries;
        auto summary = fromRow(*statement);
        if (!summary)
            return std::unexpected(summary.error());
        summaries.append(std::move(*summary));
    }
}

QByteArray listSql(const SqlFilter& filter, const DocumentQuery& query)
{
    return kSelect + filter.whereClause() + orderBy(query) + " LIMIT ? OFFSET ?";
}

} // namespace

Result<QList<DocumentSummary>> DocumentSummaries::list(Database& database, const DocumentQuery& query)
{
    if (query.offset < 0)
        return fail(ErrorCode::InvalidArgument, tr("A list cannot start before its first row."), u"offset"_s);
    const SqlFilter filter = filterFor(query);
    return run(database, listSql(filter, query), filter,
               { QVariant(query.limit < 0 ? qint64(-1) : query.limit), QVariant(query.offset) });
}

Result<QStringList> DocumentSummaries::listPlan(Database& database, const DocumentQuery& query)
{
    const SqlFilter filter = filterFor(query);
    auto statement = database.prepare(("EXPLAIN QUERY PLAN " + listSql(filter, query)).constData());
    if (!statement)
        return std::unexpected(statement.error());
    filter.bindTo(*statement, { QVariant(query.limit), QVariant(query.offset) });
    QStringList steps;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return steps;
        steps.append(statement->columnText(3)); // the "detail" column
    }
}

Result<qint64> DocumentSummaries::count(Database& database, const DocumentQuery& query)
{
    const SqlFilter filter = filterFor(query);
    const QByteArray sql = "SELECT count(*) FROM documents d" + filter.whereClause();
    auto statement = database.prepare(sql.constData());
    if (!statement)
        return std::unexpected(statement.error());
    filter.bindTo(*statement);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? statement->columnInt(0) : 0;
}

Result<DocumentSummary> DocumentSummaries::find(Database& database, qint64 id)
{
    SqlFilter filter;
    filter.add("d.id = ?", { id });
    auto found = run(database, kSelect + filter.whereClause(), filter, {});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, tr("The document does not exist (any more)."), u"documentId"_s);
    return found->first();
}

} // namespace kasboek::storage
