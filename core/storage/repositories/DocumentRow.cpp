#include "DocumentRow.h"

#include "StoredValue.h"
#include "storage/Statement.h"

using namespace Qt::StringLiterals;
using kasboek::domain::Document;
using kasboek::domain::DocumentParty;
using kasboek::domain::PaymentReferenceKind;

namespace kasboek::storage {

namespace {

constexpr const char* kTable = "documents";

// The party columns, in the order they follow "seller_" and "buyer_".
struct PartyColumn
{
    const char* suffix;
    QString DocumentParty::*member;
};
constexpr PartyColumn kPartyColumns[] = {
    { "name", &DocumentParty::name },
    { "legal_form", &DocumentParty::legalForm },
    { "contact_person", &DocumentParty::contactPerson },
    { "street", &DocumentParty::street },
    { "postal_code", &DocumentParty::postalCode },
    { "city", &DocumentParty::city },
    { "country", &DocumentParty::country },
    { "vat_number", &DocumentParty::vatNumber },
    { "enterprise_number", &DocumentParty::enterpriseNumber },
    { "kvk_number", &DocumentParty::kvkNumber },
    { "peppol_id", &DocumentParty::peppolId },
    { "email", &DocumentParty::email },
    { "phone", &DocumentParty::phone },
    { "iban", &DocumentParty::iban },
    { "bic", &DocumentParty::bic },
};
constexpr int kPartyColumnCount = int(std::size(kPartyColumns));

// Positions in select(): the columns before the parties, the parties, the columns after them.
enum Column {
    Id,
    Uid,
    Type,
    Status,
    Number,
    SeriesId,
    IssueDate,
    DueDate,
    DeliveryDate,
    ValidUntil,
    ContactId,
    SellerFirst,
    BuyerFirst = SellerFirst + kPartyColumnCount,
    Language = BuyerFirst + kPartyColumnCount,
    Currency,
    ExchangeRate,
    PaymentTermsDays,
    PaymentReferenceKindColumn,
    PaymentReference,
    BuyerReference,
    OrderReference,
    Notes,
    PaymentTerms,
    DiscountPercent,
    CorrectedDocumentId,
    CorrectedDocumentNumber,
    CorrectedDocumentDate,
    SourceQuoteId,
    RecurringTemplateId,
    TotalExclusive,
    TotalVat,
    TotalInclusive,
    CreatedAt,
    UpdatedAt,
    IssuedAt,
};

QString referenceKindCode(PaymentReferenceKind kind)
{
    switch (kind) {
    case PaymentReferenceKind::None:
        return u"none"_s;
    case PaymentReferenceKind::Structured:
        return u"structured"_s;
    case PaymentReferenceKind::Creditor:
        return u"creditor"_s;
    case PaymentReferenceKind::Plain:
        return u"plain"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<PaymentReferenceKind> referenceKindFromCode(QStringView code)
{
    for (auto kind : { PaymentReferenceKind::None, PaymentReferenceKind::Structured,
                       PaymentReferenceKind::Creditor, PaymentReferenceKind::Plain }) {
        if (code == referenceKindCode(kind))
            return kind;
    }
    return std::nullopt;
}

QByteArray partyColumn(const char* role, const PartyColumn& column)
{
    return QByteArray(role) + '_' + column.suffix;
}

void addParty(RowImage& row, const char* role, const DocumentParty& party)
{
    for (const PartyColumn& column : kPartyColumns)
        row.text(partyColumn(role, column).constData(), party.*column.member);
}

DocumentParty readParty(const Statement& row, int first)
{
    DocumentParty party;
    for (int i = 0; i < kPartyColumnCount; ++i)
        party.*kPartyColumns[i].member = row.columnText(first + i);
    return party;
}

std::optional<qint64> optionalColumn(const Statement& row, int column)
{
    return row.columnOptionalInt(column);
}

std::optional<QDate> optionalDate(const Statement& row, int column)
{
    if (row.columnIsNull(column))
        return std::nullopt;
    return DocumentRow::parseDate(row.columnText(column));
}

} // namespace

const QByteArray& DocumentRow::select()
{
    static const QByteArray sql = [] {
        QByteArray columns = "id, uid, type, status, number, series_id, issue_date, due_date, delivery_date, "
                             "valid_until, contact_id";
        for (const char* role : { "seller", "buyer" }) {
            for (const PartyColumn& column : kPartyColumns)
                columns += ", " + partyColumn(role, column);
        }
        columns
            += ", language, currency, exchange_rate, payment_terms_days, payment_reference_kind, "
               "payment_reference, buyer_reference, order_reference, notes, payment_terms, discount_percent, "
               "corrected_document_id, corrected_document_number, corrected_document_date, source_quote_id, "
               "recurring_template_id, total_exclusive, total_vat, total_inclusive, created_at, updated_at, "
               "issued_at";
        return "SELECT " + columns + " FROM documents";
    }();
    return sql;
}

QString DocumentRow::date(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate DocumentRow::parseDate(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

void DocumentRow::optionalInteger(RowImage& row, const char* column, std::optional<qint64> value)
{
    row.integer(column, value.value_or(0));
    if (!value)
        row.set(column, QVariant());
}

RowImage DocumentRow::toRow(const Document& d)
{
    RowImage row;
    row.text("uid", StoredValue::uid(d.uid))
        .text("type", domain::DocumentTypes::code(d.type))
        .text("status", domain::DocumentTypes::code(d.status))
        .text("number", d.number);
    optionalInteger(row, "series_id", d.seriesId);
    row.text("issue_date", date(d.issueDate))
        .text("due_date", date(d.dueDate))
        .text("delivery_date", date(d.deliveryDate.value_or(QDate())))
        .text("valid_until", date(d.validUntil.value_or(QDate())))
        .integer("contact_id", d.contactId);
    addParty(row, "seller", d.seller);
    addParty(row, "buyer", d.buyer);
    row.text("language", d.language).text("currency", d.currency.code());
    optionalInteger(row, "exchange_rate",
                    d.exchangeRate ? std::optional<qint64>(d.exchangeRate->scaled()) : std::nullopt);
    row.integer("payment_terms_days", d.paymentTermsDays)
        .text("payment_reference_kind", referenceKindCode(d.paymentReferenceKind))
        .text("payment_reference", d.paymentReference)
        .text("buyer_reference", d.buyerReference)
        .text("order_reference", d.orderReference)
        .text("notes", d.notes)
        .text("payment_terms", d.paymentTerms);
    optionalInteger(row, "discount_percent",
                    d.discountPercent ? std::optional<qint64>(d.discountPercent->scaled()) : std::nullopt);
    optionalInteger(row, "corrected_document_id", d.correctedDocumentId);
    row.text("corrected_document_number", d.correctedDocumentNumber)
        .text("corrected_document_date", date(d.correctedDocumentDate.value_or(QDate())));
    optionalInteger(row, "source_quote_id", d.sourceQuoteId);
    optionalInteger(row, "recurring_template_id", d.recurringTemplateId);
    row.integer("total_exclusive", d.totalExclusive.minorUnits())
        .integer("total_vat", d.totalVat.minorUnits())
        .integer("total_inclusive", d.totalInclusive.minorUnits())
        .text("created_at", StoredValue::timestamp(d.createdAt))
        .text("updated_at", StoredValue::timestamp(d.updatedAt))
        .text("issued_at", d.issuedAt.isValid() ? StoredValue::timestamp(d.issuedAt) : QString());
    return row;
}

Result<Document> DocumentRow::fromRow(const Statement& row)
{
    Document d;
    d.id = row.columnInt(Id);
    d.uid = QUuid::fromString(row.columnText(Uid));
    if (d.uid.isNull())
        return std::unexpected(StoredValue::unreadable(kTable, "uid", d.id));
    auto type = domain::DocumentTypes::fromCode(row.columnText(Type));
    if (!type)
        return std::unexpected(StoredValue::unreadable(kTable, "type", d.id));
    d.type = *type;
    auto status = domain::DocumentTypes::statusFromCode(row.columnText(Status));
    if (!status)
        return std::unexpected(StoredValue::unreadable(kTable, "status", d.id));
    d.status = *status;
    d.number = row.columnText(Number);
    d.seriesId = optionalColumn(row, SeriesId);
    d.issueDate = parseDate(row.columnText(IssueDate));
    d.dueDate = parseDate(row.columnText(DueDate));
    d.deliveryDate = optionalDate(row, DeliveryDate);
    d.validUntil = optionalDate(row, ValidUntil);
    d.contactId = row.columnInt(ContactId);
    d.seller = readParty(row, SellerFirst);
    d.buyer = readParty(row, BuyerFirst);
    d.language = row.columnText(Language);
    auto currency = domain::Currency::fromCode(row.columnText(Currency));
    if (!currency)
        return std::unexpected(StoredValue::unreadable(kTable, "currency", d.id));
    d.currency = *currency;
    if (auto scaled = optionalColumn(row, ExchangeRate)) {
        auto rate = domain::ExchangeRate::fromScaled(*scaled);
        if (!rate)
            return std::unexpected(StoredValue::unreadable(kTable, "exchange_rate", d.id));
        d.exchangeRate = *rate;
    }
    d.paymentTermsDays = int(row.columnInt(PaymentTermsDays));
    auto referenceKind = referenceKindFromCode(row.columnText(PaymentReferenceKindColumn));
    if (!referenceKind)
        return std::unexpected(StoredValue::unreadable(kTable, "payment_reference_kind", d.id));
    d.paymentReferenceKind = *referenceKind;
    d.paymentReference = row.columnText(PaymentReference);
    d.buyerReference = row.columnText(BuyerReference);
    d.orderReference = row.columnText(OrderReference);
    d.notes = row.columnText(Notes);
    d.paymentTerms = row.columnText(PaymentTerms);
    if (auto scaled = optionalColumn(row, DiscountPercent))
        d.discountPercent = domain::Decimal::fromScaled(*scaled);
    d.correctedDocumentId = optionalColumn(row, CorrectedDocumentId);
    d.correctedDocumentNumber = row.columnText(CorrectedDocumentNumber);
    d.correctedDocumentDate = optionalDate(row, CorrectedDocumentDate);
    d.sourceQuoteId = optionalColumn(row, SourceQuoteId);
    d.recurringTemplateId = optionalColumn(row, RecurringTemplateId);
    d.totalExclusive = domain::Money::fromMinorUnits(row.columnInt(TotalExclusive), d.currency);
    d.totalVat = domain::Money::fromMinorUnits(row.columnInt(TotalVat), d.currency);
    d.totalInclusive = domain::Money::fromMinorUnits(row.columnInt(TotalInclusive), d.currency);
    d.createdAt = StoredValue::parseTimestamp(row.columnText(CreatedAt));
    d.updatedAt = StoredValue::parseTimestamp(row.columnText(UpdatedAt));
    if (!row.columnIsNull(IssuedAt))
        d.issuedAt = StoredValue::parseTimestamp(row.columnText(IssuedAt));
    const std::pair<bool, const char*> readable[] = {
        { d.createdAt.isValid(), "created_at" },
        { d.updatedAt.isValid(), "updated_at" },
        { row.columnIsNull(IssuedAt) || d.issuedAt.isValid(), "issued_at" },
        { row.columnIsNull(IssueDate) || d.issueDate.isValid(), "issue_date" },
        { row.columnIsNull(DueDate) || d.dueDate.isValid(), "due_date" },
        { !d.deliveryDate || d.deliveryDate->isValid(), "delivery_date" },
        { !d.validUntil || d.validUntil->isValid(), "valid_until" },
        { !d.correctedDocumentDate || d.correctedDocumentDate->isValid(), "corrected_document_date" },
    };
    for (const auto& [ok, column] : readable) {
        if (!ok)
            return std::unexpected(StoredValue::unreadable(kTable, column, d.id));
    }
    return d;
}

} // namespace kasboek::storage
