#include "PaymentRepository.h"

#include "DocumentRow.h"
#include "DocumentSummaries.h"
#include "RowImage.h"
#include "StoredValue.h"
#include "TableWriter.h"
#include "domain/FieldRules.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"

using namespace Qt::StringLiterals;
using kasboek::domain::DocumentStatus;
using kasboek::domain::DocumentType;

namespace kasboek::storage {

namespace {

constexpr const char* kTable = "payments";

RowImage toRow(const Payment& p)
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
    return row;
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

Result<QList<Payment>> PaymentRepository::select(const char* condition, qint64 value) const
{
    const QByteArray sql = QByteArray("SELECT id, uid, document_id, payment_date, amount, currency, method, "
                                      "reference, created_at FROM payments WHERE ")
        + condition + " ORDER BY payment_date, id";
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
    if (stored.uid.isNull())
        stored.uid = QUuid::createUuid();
    stored.createdAt = StoredValue::parseTimestamp(work.timestamp());
    auto id = TableWriter(work, kTable).insert(StoredValue::uid(stored.uid), toRow(stored));
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
    return TableWriter(work, kTable).remove(id, StoredValue::uid(current->uid), toRow(*current));
}

} // namespace kasboek::storage
