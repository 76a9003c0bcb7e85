#include "PaymentRepository.h"

#include "DocumentRow.h"
#include "DocumentSummaries.h"
#include "RowImage.h"
#include "StoredValue.h"
#include "TableWriter.h"
#include "domain/FieldRules.h"
#include "domain/FixedPoint.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"

using namespace Qt::StringLiterals;
using kasboek::domain::DocumentStatus;
using kasboek::domain::DocumentType;

namespace kasboek::storage {

namespace {

constexpr const char* kTable = "payments";
// The schema version that added bank charges, excess and write-offs (006_payment_settlement.sql).
// A file is upgraded when it is opened, so only tests of older versions meet one without them.
constexpr qint64 kSettlementSchemaVersion = 6;

RowImage toRow(const Payment& p, bool settlement)
{
    RowImage row;
    row.text("uid", StoredValue::uid(p.uid))
        .integer("document_id", p.documentId)
        .text("payment_date", DocumentRow::date(p.date))
        .integer("amount", p.amount.minorUnits())
        .text("currency", p.amount.currency().code())
        .text("method", PaymentRepository::code(p.method))
        .text("reference", p.reference)
        .text("created_at", StoredValue::timestamp(p.createdAt));
    if (settlement)
        row.integer("bank_charges", p.bankCharges.minorUnits())
            .integer("excess", p.excess.minorUnits())
            .integer("write_off", p.writeOff.minorUnits());
    return row;
}

// An adjustment left at its default (0.00 EUR) is zero in the payment's currency.
domain::Money inCurrencyOf(const domain::Money& adjustment, const domain::Money& amount)
{
    return adjustment.isZero() ? domain::Money::zero(amount.currency()) : adjustment;
}

// Validation of the adjustments of a payment whose amount, date and reference are valid;
// `invoice` whether the document is an invoice (only invoices are paid in excess).
Result<void> checkAdjustments(const Payment& p, bool invoice)
{
    const domain::Currency currency = p.amount.currency();
    const struct
    {
        const domain::Money& money;
        QString field;
    } adjustments[]
        = { { p.bankCharges, u"bankCharges"_s }, { p.excess, u"excess"_s }, { p.writeOff, u"writeOff"_s } };
    for (const auto& adjustment : adjustments) {
        if (adjustment.money.currency() != currency)
            return fail(
                ErrorCode::Validation,
                PaymentRepository::tr("Bank charges, an excess and a write-off are in the currency of the "
                                      "payment."),
                adjustment.field);
        if (adjustment.money.isNegative())
            return fail(ErrorCode::Validation,
                        PaymentRepository::tr("Bank charges, an excess and a write-off are not negative."),
                        adjustment.field);
    }
    const qint64 amount = p.amount.minorUnits();
    const qint64 writeOff = p.writeOff.minorUnits();
    if (writeOff > PaymentRepository::maxWriteOff)
        return fail(
            ErrorCode::Validation,
            PaymentRepository::tr("At most %1 %2 of a payment is written off as a difference.")
                .arg(
                    domain::Money::fromMinorUnits(PaymentRepository::maxWriteOff, currency).toDecimalString(),
                    currency.code()),
            u"writeOff"_s);
    if (writeOff >= amount)
        return fail(ErrorCode::Validation,
                    PaymentRepository::tr("A write-off is less than what the payment settles."),
                    u"writeOff"_s);
    if (writeOff > 0 && !p.excess.isZero())
        return fail(ErrorCode::Validation,
                    PaymentRepository::tr("A payment with an excess has nothing to write off."),
                    u"writeOff"_s);
    if (!p.excess.isZero() && !invoice)
        return fail(ErrorCode::Validation,
                    PaymentRepository::tr("A refund of a credit note is at most what the credit note owes."),
                    u"excess"_s);
    if (p.bankCharges.minorUnits() >= amount - writeOff)
        return fail(ErrorCode::Validation,
                    PaymentRepository::tr("Bank charges are less than the amount paid (%1 %2).")
                        .arg(domain::Money::fromMinorUnits(amount - writeOff, currency).toDecimalString(),
                             currency.code()),
                    u"bankCharges"_s);
    if (!domain::FixedPoint::add(amount - writeOff, p.excess.minorUnits()))
        return fail(ErrorCode::Validation, PaymentRepository::tr("The excess is too large."), u"excess"_s);
    return {};
}

} // namespace

PaymentRepository::PaymentRepository(Database& database)
    : m_database(database)
{ }

QString PaymentRepository::code(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::BankTransfer:
        return u"bank_transfer"_s;
    case PaymentMethod::Cash:
        return u"cash"_s;
    case PaymentMethod::Card:
        return u"card"_s;
    case PaymentMethod::DirectDebit:
        return u"direct_debit"_s;
    case PaymentMethod::Other:
        return u"other"_s;
    }
    Q_UNREACHABLE();
    return {};
}

Result<PaymentMethod> PaymentRepository::methodFromCode(QStringView code)
{
    for (auto method : { PaymentMethod::BankTransfer, PaymentMethod::Cash, PaymentMethod::Card,
                         PaymentMethod::DirectDebit, PaymentMethod::Other }) {
        if (code == PaymentRepository::code(method))
            return method;
    }
    return fail(ErrorCode::Validation, tr("Unknown payment method \"%1\".").arg(code.toString()),
                u"method"_s);
}

Result<bool> PaymentRepository::hasSettlement() const
{
    auto version = m_database.queryInt("PRAGMA user_version");
    if (!version)
        return std::unexpected(version.error());
    return *version >= kSettlementSchemaVersion;
}

Result<QList<Payment>> PaymentRepository::select(const char* condition, qint64 value) const
{
    auto settlement = hasSettlement();
    if (!settlement)
        return std::unexpected(settlement.error());
    const QByteArray sql = QByteArray("SELECT id, uid, document_id, payment_date, amount, currency, method, "
                                      "reference, created_at, ")
        + (*settlement ? "bank_charges, excess, write_off" : "0, 0, 0") + " FROM payments WHERE " + condition
        + " ORDER BY payment_date, id";
    auto statement = m_database.prepare(sql.constData());
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, value);
    QList<Payment> payments;
    while (true) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return payments;
        Payment p;
        p.id = statement->columnInt(0);
        p.uid = QUuid::fromString(statement->columnText(1));
        p.documentId = statement->columnInt(2);
        p.date = DocumentRow::parseDate(statement->columnText(3));
        auto currency = domain::Currency::fromCode(statement->columnText(5));
        auto method = methodFromCode(statement->columnText(6));
        p.reference = statement->columnText(7);
        p.createdAt = StoredValue::parseTimestamp(statement->columnText(8));
        if (p.uid.isNull() || !p.date.isValid() || !currency || !method || !p.createdAt.isValid())
            return std::unexpected(StoredValue::unreadable(kTable, "currency", p.id));
        p.amount = domain::Money::fromMinorUnits(statement->columnInt(4), *currency);
        p.bankCharges = domain::Money::fromMinorUnits(statement->columnInt(9), *currency);
        p.excess = domain::Money::fromMinorUnits(statement->columnInt(10), *currency);
        p.writeOff = domain::Money::fromMinorUnits(statement->columnInt(11), *currency);
        p.method = *method;
        payments.append(p);
    }
}

Result<Payment> PaymentRepository::find(qint64 id) const
{
    auto found = select("id = ?1", id);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, tr("The payment does not exist (any more)."));
    return found->first();
}

Result<QList<Payment>> PaymentRepository::forDocument(qint64 documentId) const
{
    return select("document_id = ?1", documentId);
}

Result<Payment> PaymentRepository::insert(UnitOfWork& work, const Payment& payment)
{
    Q_ASSERT(&work.database() == &m_database);
    Payment stored = payment;
    stored.reference = domain::FieldRules::singleLine(payment.reference);
    stored.bankCharges = inCurrencyOf(payment.bankCharges, payment.amount);
    stored.excess = inCurrencyOf(payment.excess, payment.amount);
    stored.writeOff = inCurrencyOf(payment.writeOff, payment.amount);
    if (stored.amount.minorUnits() <= 0)
        return fail(ErrorCode::Validation, tr("A payment is a positive amount."), u"amount"_s);
    if (!stored.date.isValid() || stored.date.year() < 1900 || stored.date.year() > 9999)
        return fail(ErrorCode::Validation, tr("Enter the date of the payment."), u"date"_s);
    if (stored.reference.size() > maxReferenceLength)
        return fail(ErrorCode::Validation,
                    tr("A payment reference has at most %1 characters.").arg(maxReferenceLength),
                    u"reference"_s);
    auto document = DocumentSummaries::find(m_database, payment.documentId);
    if (!document)
        return std::unexpected(document.error());
    if (document->status != DocumentStatus::Issued || document->type == DocumentType::Quote)
        return fail(ErrorCode::Conflict, tr("Only an issued invoice or credit note is paid."),
                    u"documentId"_s);
    if (stored.amount.currency() != document->totalInclusive.currency())
        return fail(ErrorCode::Validation,
                    tr("The payment is in %1, the document in %2.")
                        .arg(stored.amount.currency().code(), document->totalInclusive.currency().code()),
                    u"amount"_s);
    if (auto adjusted = checkAdjustments(stored,
                                         document->type == DocumentType::Invoice
                                             || document->type == DocumentType::PurchaseInvoice);
        !adjusted)
        return std::unexpected(adjusted.error());
    auto settlement = hasSettlement();
    if (!settlement)
        return std::unexpected(settlement.error());
    if (!*settlement
        && (!stored.bankCharges.isZero() || !stored.excess.isZero() || !stored.writeOff.isZero()))
        return fail(
            ErrorCode::Conflict,
            tr("This file is too old for bank charges, an excess or a write-off; open it to upgrade it."),
            u"amount"_s);
    if (stored.uid.isNull())
        stored.uid = QUuid::createUuid();
    stored.createdAt = StoredValue::parseTimestamp(work.timestamp());
    auto id = TableWriter(work, kTable).insert(StoredValue::uid(stored.uid), toRow(stored, *settlement));
    if (!id)
        return std::unexpected(id.error());
    stored.id = *id;
    return stored;
}

Result<void> PaymentRepository::remove(UnitOfWork& work, qint64 id)
{
    Q_ASSERT(&work.database() == &m_database);
    auto current = find(id);
    if (!current)
        return std::unexpected(current.error());
    auto settlement = hasSettlement();
    if (!settlement)
        return std::unexpected(settlement.error());
    return TableWriter(work, kTable).remove(id, StoredValue::uid(current->uid), toRow(*current, *settlement));
}

} // namespace kasboek::storage
