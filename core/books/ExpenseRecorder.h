#pragma once

#include "Error.h"
#include "domain/Contact.h"
#include "domain/Money.h"
#include "domain/VatRate.h"
#include "domain/documents/Document.h"
#include "storage/repositories/DocumentValidator.h"
#include "storage/repositories/Payment.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace kasboek::storage {
class CompanyFile;
class UnitOfWork;
} // namespace kasboek::storage

namespace kasboek::books {

// Records an expense from a receipt or a supplier's paper invoice: an issued purchase invoice
// of the supplier, its lines booked to the accounts the user chose (EN 16931 BT-133, see
// ledger::DocumentPosting: each account with its own deductible share of the VAT), the receipt
// kept as its attachment inside the encrypted file, its entry posted and, when it was paid at
// once, the payment recorded and posted too - all in one unit of work, so that anything refused
// leaves nothing behind. What the UI and `kasboek-cli expenses add` call.
//
// A line is what the receipt prints: an amount including VAT and a rate, and optionally the
// VAT amount as printed. Without it the VAT is worked out from the amount (60.50 at 21 %:
// 50.00 + 10.50). The document keeps the receipt's totals; where the supplier rounded
// otherwise than the VAT on the group's base, the posting leaves the cent on the rounding
// account.
//
// Refused (Validation unless said otherwise, nothing stored), with the field named:
// - "supplier": no supplier named, or no contact with that id (NotFound); "supplierName": a
//   name the contact rules refuse;
// - "date": no date; "number": a number too long, or one of this supplier's already in the
//   books (Conflict);
// - "lines": none; "lines[i].account": no such account, archived, or one that takes no
//   purchases (neither an expense account nor an asset account outside the automatic
//   postings); "lines[i].amount": not above zero, not in euro, too large;
//   "lines[i].vatRate": above 100 %; "lines[i].vat": negative, more than the amount, or VAT
//   at 0 %; "lines[i].description": too long;
// - "receipt": more than maxReceiptBytes, or not a PDF, PNG, JPEG, WebP or HEIC file;
// - a date in a closed period (ReadOnly, from the ledger).
class ExpenseRecorder final
{
    Q_DECLARE_TR_FUNCTIONS(ExpenseRecorder)
public:
    // A receipt is stored as a document attachment, and takes that limit.
    static constexpr qsizetype maxReceiptBytes = storage::DocumentValidator::maxAttachmentBytes;
    static constexpr qsizetype maxLines = 100;

    struct Line
    {
        QString description; // empty: the account's name
        QString accountCode; // an expense or asset account, e.g. "612200"
        domain::Money amount; // including VAT, in euro, as printed
        domain::VatRate vatRate;
        std::optional<domain::Money> vat; // the VAT as printed, when the receipt shows it
    };

    struct Expense
    {
        std::optional<qint64> supplierId; // an existing contact
        QString supplierName; // else: the contact of this name, or a new supplier
        QString supplierCountry; // of a new supplier; empty: the company's country
        QDate date;
        QString number; // the supplier's number; empty: R-YYYY-MM-DD-N
        QList<Line> lines;
        QByteArray receipt; // the file's bytes; empty when there is none
        QString receiptName; // its file name; empty: "receipt" with the type's extension
        std::optional<storage::PaymentMethod> paidWith; // paid at once, in full, on `date`
    };

    struct Recorded
    {
        domain::Document document; // as stored, with its id and attachment
        std::optional<storage::Payment> payment;
        bool supplierAdded = false; // a new contact was made for the supplier
    };

    explicit ExpenseRecorder(storage::CompanyFile& file);

    [[nodiscard]] Result<Recorded> record(const Expense& expense);

    // The MIME type of a receipt, from its content (never its name): application/pdf,
    // image/png, image/jpeg, image/webp, image/heic or image/heif. Validation (field
    // "receipt") for anything else, an empty file or one larger than maxReceiptBytes.
    [[nodiscard]] static Result<QString> receiptType(const QByteArray& content);

private:
    [[nodiscard]] Result<domain::Contact> supplier(storage::UnitOfWork& work, const Expense& expense,
                                                   bool& added) const;
    [[nodiscard]] Result<QList<domain::DocumentLine>> documentLines(const Expense& expense,
                                                                    domain::Document& document) const;
    [[nodiscard]] Result<QString> freeNumber(QDate date) const;

    storage::CompanyFile& m_file;
};

} // namespace kasboek::books
