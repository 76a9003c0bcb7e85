#pragma once

#include "Error.h"
#include "Payment.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringView>
#include <optional>

namespace kasboek::storage {

class Database;
class UnitOfWork;

// Payments of issued invoices and credit notes (payments). insert() validates first and
// writes nothing when the payment is invalid, assigns the uid (unless the payment brings one)
// and createdAt, and records one Insert ChangeRecord; remove() records one Delete.
//
// insert() refuses (field named): an amount that is not positive or not in the document's
// currency ("amount"); a date that is not a date ("date"); a reference over 140 characters
// ("reference"); bank charges, an excess or a write-off that is negative or in another
// currency (its field); a write-off above maxWriteOff, not less than the amount, or with an
// excess ("writeOff"); an excess on a credit note ("excess"); bank charges not less than what
// was paid of the document, amount - writeOff ("bankCharges"). The document must exist
// (NotFound) and be an issued invoice or credit note (Conflict, field "documentId"). Whether
// the amount is more than is still due is the invoicing service's to decide (it knows about
// credit notes). The schema (006_payment_settlement.sql) holds the same rules but the
// tolerance of a write-off, which is policy and may change.
class PaymentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PaymentRepository)
public:
    static constexpr qsizetype maxReferenceLength = 140;
    // The largest payment difference written off, in minor units: 1.00 in a currency with
    // cents. Enough for a customer's rounding or a forgotten cent; a larger shortfall is
    // either still due or settled with a credit note.
    static constexpr qint64 maxWriteOff = 100;

    explicit PaymentRepository(Database& database);

    // Stored codes: "bank_transfer", "cash", "card", "direct_debit", "other".
    [[nodiscard]] static QString code(PaymentMethod method);
    [[nodiscard]] static Result<PaymentMethod> methodFromCode(QStringView code);

    [[nodiscard]] Result<Payment> find(qint64 id) const;
    // A document's payments by date, then in the order they were recorded.
    [[nodiscard]] Result<QList<Payment>> forDocument(qint64 documentId) const;

    [[nodiscard]] Result<Payment> insert(UnitOfWork& work, const Payment& payment);
    // A payment recorded by mistake; NotFound when there is none.
    [[nodiscard]] Result<void> remove(UnitOfWork& work, qint64 id);

private:
    [[nodiscard]] Result<QList<Payment>> select(const char* condition, qint64 value) const;
    // Whether the file's schema has the columns of bank charges, excess and write-offs.
    [[nodiscard]] Result<bool> hasSettlement() const;

    Database& m_database;
};

} // namespace kasboek::storage
