#include "ExpenseRecorder.h"

#include "PartySnapshots.h"
#include "domain/FieldRules.h"
#include "ledger/AccountRepository.h"
#include "ledger/postings/DocumentPosting.h"
#include "ledger/postings/LedgerSetup.h"
#include "ledger/postings/PaymentPosting.h"
#include "storage/CompanyFile.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"
#include "storage/repositories/CompanyProfileRepository.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/DocumentRepository.h"
#include "storage/repositories/PaymentRepository.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using kasboek::domain::Contact;
using kasboek::domain::Document;
using kasboek::domain::DocumentLine;
using kasboek::domain::Money;

namespace kasboek::books {

namespace {

// A billion euro: far above any receipt, and far below where amount × 10000 could overflow.
constexpr qint64 kMaxAmount = 100'000'000'000;

// The net amount in an amount including VAT at `basisPoints`, half away from zero.
qint64 netOf(qint64 inclusive, int basisPoints)
{
    const qint64 divisor = 10000 + basisPoints;
    return (inclusive * 10000 * 2 + divisor) / (2 * divisor);
}

QString extensionOf(const QString& mimeType)
{
    if (mimeType == u"application/pdf")
        return u"pdf"_s;
    if (mimeType == u"image/jpeg")
        return u"jpg"_s;
    return mimeType.mid(mimeType.indexOf(u'/') + 1);
}

// The receipt's own name without any folder (a path from another system included), or
// "receipt.EXT" when nothing is left of it.
QString attachmentName(const QString& given, const QString& mimeType)
{
    QString name = domain::FieldRules::singleLine(given);
    name = name.mid(std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\')) + 1);
    name.remove(u':');
    if (name.isEmpty() || name == u"." || name == u"..")
        name = u"receipt."_s + extensionOf(mimeType);
    return name.right(255);
}

// What the document's own checks call a field, as the expense names it.
Error asExpenseField(Error error)
{
    static const QRegularExpression lineName(u"^lines\\[(\\d+)\\]\\.name$"_s);
    if (error.field == u"issueDate" || error.field == u"dueDate")
        error.field = u"date"_s;
    else if (error.field.startsWith(u"attachments"))
        error.field = u"receipt"_s;
    else if (const auto match = lineName.match(error.field); match.hasMatch())
        error.field = u"lines[%1].description"_s.arg(match.captured(1));
    return error;
}

} // namespace

ExpenseRecorder::ExpenseRecorder(storage::CompanyFile& file)
    : m_file(file)
{ }

Result<QString> ExpenseRecorder::receiptType(const QByteArray& content)
{
    if (content.isEmpty())
        return fail(ErrorCode::Validation, tr("The receipt file is empty."), u"receipt"_s);
    if (content.size() > maxReceiptBytes)
        return fail(ErrorCode::Validation,
                    tr("A receipt has at most %1 MiB.").arg(maxReceiptBytes / (1024 * 1024)), u"receipt"_s);
    if (content.startsWith("%PDF-"))
        return u"application/pdf"_s;
    if (content.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (content.startsWith("\xff\xd8\xff"))
        return u"image/jpeg"_s;
    if (content.size() >= 12 && content.startsWith("RIFF") && content.mid(8, 4) == "WEBP")
        return u"image/webp"_s;
    // ISO base media file: a box size, "ftyp", then the major brand.
    if (content.size() >= 12 && content.mid(4, 4) == "ftyp") {
        const QByteArray brand = content.mid(8, 4);
        for (const char* heic : { "heic", "heix", "hevc", "hevx", "heim", "heis" }) {
            if (brand == heic)
                return u"image/heic"_s;
        }
        if (brand == "mif1" || brand == "msf1")
            return u"image/heif"_s;
    }
    return fail(ErrorCode::Validation,
                tr("A receipt is a PDF, PNG, JPEG, WebP or HEIC file; this one is not."), u"receipt"_s);
}

Result<Contact> ExpenseRecorder::supplier(storage::UnitOfWork& work, const Expense& expense,
                                          bool& added) const
{
    storage::ContactRepository contacts(work.database());
    std::optional<Contact> found;
    if (expense.supplierId) {
        auto byId = contacts.find(*expense.supplierId);
        if (!byId && byId.error().code == ErrorCode::NotFound)
            return fail(ErrorCode::NotFound, tr("No contact has the id %1.").arg(*expense.supplierId),
                        u"supplier"_s);
        if (!byId)
            return byId;
        found = *byId;
    } else {
        const QString name = domain::FieldRules::singleLine(expense.supplierName);
        if (name.isEmpty())
            return fail(ErrorCode::Validation, tr("Name the supplier."), u"supplierName"_s);
        // The same shop twice is one supplier: a contact of exactly this name is reused.
        storage::ContactQuery query;
        query.search = name;
        query.archived = storage::ContactQuery::Archived::Include;
        auto candidates = contacts.list(query);
        if (!candidates)
            return std::unexpected(candidates.error());
        for (const Contact& candidate : std::as_const(*candidates)) {
            if (candidate.name.compare(name, Qt::CaseInsensitive) == 0) {
                found = candidate;
                break;
            }
        }
        if (!found) {
            Contact made;
            made.kind = domain::ContactKind::Company;
            made.isCustomer = false;
            made.isSupplier = true;
            made.name = name;
            made.country = expense.supplierCountry.trimmed().toUpper();
            if (made.country.isEmpty()) {
                auto company = storage::CompanyProfileRepository(work.database()).load();
                if (!company)
                    return std::unexpected(company.error());
                made.country = company->country;
            }
            auto inserted = contacts.insert(work, made);
            if (!inserted) {
                Error error = inserted.error();
                if (error.field == u"name")
                    error.field = u"supplierName"_s;
                else if (error.field == u"country")
                    error.field = u"supplierCountry"_s;
                return std::unexpected(error);
            }
            added = true;
            return inserted;
        }
    }
    if (found->isSupplier)
        return *found;
    Contact marked = *found;
    marked.isSupplier = true;
    return contacts.update(work, marked);
}

Result<QList<DocumentLine>> ExpenseRecorder::documentLines(const Expense& expense, Document& document) const
{
    if (expense.lines.isEmpty())
        return fail(ErrorCode::Validation, tr("An expense has at least one line."), u"lines"_s);
    if (expense.lines.size() > maxLines)
        return fail(ErrorCode::Validation, tr("An expense has at most %1 lines.").arg(maxLines), u"lines"_s);
    ledger::AccountRepository accounts(m_file.database());
    QList<DocumentLine> lines;
    qint64 exclusive = 0;
    qint64 vatTotal = 0;
    for (qsizetype i = 0; i < expense.lines.size(); ++i) {
        const Line& given = expense.lines[i];
        const QString prefix = u"lines[%1]."_s.arg(i);
        const qint64 inclusive = given.amount.minorUnits();
        if (given.amount.currency() != domain::Currency::eur())
            return fail(ErrorCode::Validation, tr("Expenses are recorded in euro."), prefix + u"amount"_s);
        if (inclusive <= 0)
            return fail(ErrorCode::Validation, tr("Enter the amount paid, including VAT, above zero."),
                        prefix + u"amount"_s);
        if (inclusive > kMaxAmount)
            return fail(ErrorCode::Validation, tr("The amount is too large."), prefix + u"amount"_s);
        const int rate = given.vatRate.basisPoints();
        if (rate < 0 || rate > domain::VatRate::MaxBasisPoints)
            return fail(ErrorCode::Validation, tr("A VAT rate lies between 0 and 100 %."),
                        prefix + u"vatRate"_s);
        qint64 vat = inclusive - netOf(inclusive, rate);
        if (given.vat) {
            vat = given.vat->minorUnits();
            if (given.vat->currency() != domain::Currency::eur() || vat < 0 || vat > inclusive)
                return fail(ErrorCode::Validation,
                            tr("The VAT lies between zero and the amount including VAT, in euro."),
                            prefix + u"vat"_s);
            if (rate == 0 && vat != 0)
                return fail(ErrorCode::Validation, tr("At a rate of 0 % there is no VAT."),
                            prefix + u"vat"_s);
        }

        const QString code = given.accountCode.trimmed();
        auto account = accounts.findByCode(code);
        if (!account && account.error().code == ErrorCode::NotFound)
            return fail(ErrorCode::Validation, tr("There is no account %1.").arg(code.left(20)),
                        prefix + u"account"_s);
        if (!account)
            return std::unexpected(account.error());
        if (!ledger::DocumentPosting::takesPurchases(*account))
            return fail(ErrorCode::Validation,
                        tr("Account %1 (%2) takes no expenses: choose an expense account or a fixed asset.")
                            .arg(account->code, account->name),
                        prefix + u"account"_s);
        if (account->archived)
            return fail(ErrorCode::Validation,
                        tr("Account %1 (%2) is archived.").arg(account->code, account->name),
                        prefix + u"account"_s);

        DocumentLine line;
        line.name = domain::FieldRules::singleLine(given.description);
        if (line.name.isEmpty())
            line.name = account->name;
        line.quantity = domain::Decimal::fromScaled(domain::Decimal::Scale);
        // Cents to four decimals.
        line.unitPrice = domain::Decimal::fromScaled((inclusive - vat) * (domain::Decimal::Scale / 100));
        line.vatRate = given.vatRate;
        line.vatCategory = rate > 0 ? domain::VatCategory::StandardRate : domain::VatCategory::ZeroRated;
        line.buyerAccountingReference = account->code;
        lines.append(line);
        exclusive += inclusive - vat;
        vatTotal += vat;
    }
    // The receipt's totals, as printed: the posting takes a supplier's other rounding.
    document.totalExclusive = Money::fromMinorUnits(exclusive, document.currency);
    document.totalVat = Money::fromMinorUnits(vatTotal, document.currency);
    document.totalInclusive = Money::fromMinorUnits(exclusive + vatTotal, document.currency);
    return lines;
}

Result<QString> ExpenseRecorder::freeNumber(QDate date) const
{
    // R-2026-03-14-1, -2, ...: one more than the highest of that day, for any supplier, so the
    // number alone finds the receipt.
    const QString prefix = u"R-%1-"_s.arg(date.toString(Qt::ISODate));
    auto statement = m_file.database().prepare(
        "SELECT number FROM documents WHERE type = 'purchase_invoice' AND substr(number, 1, ?2) = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, prefix).bind(2, static_cast<qint64>(prefix.size()));
    qint64 highest = 0;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        bool isNumber = false;
        const qint64 sequence = statement->columnText(0).mid(prefix.size()).toLongLong(&isNumber);
        if (isNumber && sequence > highest)
            highest = sequence;
    }
    return prefix + QString::number(highest + 1);
}

Result<ExpenseRecorder::Recorded> ExpenseRecorder::record(const Expense& expense)
{
    // What needs no file first: a refused receipt costs nothing.
    QString mimeType;
    if (!expense.receipt.isEmpty()) {
        auto type = receiptType(expense.receipt);
        if (!type)
            return std::unexpected(type.error());
        mimeType = *type;
    }
    if (!expense.date.isValid())
        return fail(ErrorCode::Validation, tr("Enter the date of the expense."), u"date"_s);

    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    // The accounts are checked against the chart, which a new file gets here.
    if (auto ready = ledger::LedgerSetup::ensureReady(*work); !ready)
        return std::unexpected(ready.error());

    Document document;
    document.type = domain::DocumentType::PurchaseInvoice;
    document.currency = domain::Currency::eur();
    document.issueDate = expense.date;
    auto lines = documentLines(expense, document);
    if (!lines)
        return std::unexpected(lines.error());
    document.lines = *lines;

    Recorded recorded;
    auto contact = supplier(*work, expense, recorded.supplierAdded);
    if (!contact)
        return std::unexpected(contact.error());
    auto company = storage::CompanyProfileRepository(work->database()).load();
    if (!company)
        return std::unexpected(company.error());
    document.contactId = contact->id;
    document.seller = PartySnapshots::ofSupplier(*contact);
    document.buyer = PartySnapshots::ofCompany(*company);
    document.language = contact->language;
    document.paymentTermsDays = expense.paidWith ? 0 : contact->paymentTermsDays;
    document.dueDate = expense.date.addDays(document.paymentTermsDays);
    document.number = domain::FieldRules::singleLine(expense.number);
    if (document.number.isEmpty()) {
        auto number = freeNumber(expense.date);
        if (!number)
            return std::unexpected(number.error());
        document.number = *number;
    }
    if (!expense.receipt.isEmpty()) {
        domain::DocumentAttachment receipt;
        receipt.fileName = attachmentName(expense.receiptName, mimeType);
        receipt.mimeType = mimeType;
        receipt.description = tr("Receipt");
        receipt.content = expense.receipt;
        document.attachments = { receipt };
    }

    auto stored = storage::DocumentRepository(work->database()).insertIssuedPurchase(*work, document);
    if (!stored)
        return std::unexpected(asExpenseField(stored.error()));
    if (auto posted = ledger::DocumentPosting::post(*work, stored->id); !posted)
        return std::unexpected(posted.error());
    if (expense.paidWith) {
        storage::Payment payment;
        payment.documentId = stored->id;
        payment.date = expense.date;
        payment.amount = stored->totalInclusive;
        payment.method = *expense.paidWith;
        auto paid = storage::PaymentRepository(work->database()).insert(*work, payment);
        if (!paid)
            return std::unexpected(paid.error());
        if (auto posted = ledger::PaymentPosting::post(*work, paid->id); !posted)
            return std::unexpected(posted.error());
        recorded.payment = *paid;
    }
    if (auto committed = work->commit(); !committed)
        return std::unexpected(committed.error());
    recorded.document = *stored;
    return recorded;
}

} // namespace kasboek::books
