#include "PaymentsRecordCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "ContactReference.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "ResultOutput.h"
#include "TablePrinter.h"
#include "books/InvoicingService.h"
#include "storage/CompanyFile.h"
#include "storage/repositories/DocumentRepository.h"
#include "storage/repositories/PaymentRepository.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;
using kasboek::domain::Document;
using kasboek::domain::DocumentType;
using kasboek::domain::DocumentTypes;

namespace kasboek::cli {

namespace {

// The document a number names: one of ours (an invoice, else a credit note), or with
// --supplier a supplier's invoice or credit note.
Result<Document> documentNamed(storage::Database& database, const QString& number, const QString& supplier)
{
    storage::DocumentRepository documents(database);
    std::optional<qint64> supplierId;
    QList<DocumentType> types { DocumentType::Invoice, DocumentType::CreditNote };
    if (!supplier.isEmpty()) {
        auto contact = ContactReference::resolve(database, supplier);
        if (!contact)
            return std::unexpected(contact.error());
        supplierId = contact->id;
        types = { DocumentType::PurchaseInvoice, DocumentType::PurchaseCreditNote };
    }
    for (const DocumentType type : types) {
        auto found = documents.findByNumber(type, number, supplierId);
        if (found || found.error().code != ErrorCode::NotFound)
            return found;
    }
    return fail(
        ErrorCode::NotFound,
        supplierId
            ? PaymentsRecordCommand::tr("The supplier has no invoice or credit note %1.")
                  .arg(number.left(100))
            : PaymentsRecordCommand::tr("No invoice or credit note has the number %1.").arg(number.left(100)),
        u"number"_s);
}

} // namespace

CommandSpec PaymentsRecordCommand::spec() const
{
    return {
        .name = u"payments record"_s,
        .summary = tr("Record a payment of an invoice or credit note."),
        .description
        = tr("Records money received for one of your invoices, refunded for one of your credit notes, or (with "
             "--supplier) paid for a supplier's invoice, and posts it to the ledger in the same step: the bank "
             "(or the cash box for --method cash) against the customer's or supplier's account. The amount is in "
             "the document's currency, as the payer sent it. More than is still due is refused with the amount "
             "due (exit code 5), unless --keep-excess keeps the rest on the customer's account as a credit; "
             "less leaves the rest due, unless --write-off settles a small shortfall (at most 1.00) as a payment "
             "difference. --bank-charges books the bank's fee (withheld from money in, charged on top of money "
             "out) as a cost. Nothing is stored when anything is refused.")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = { CommonOptions::companyFile(),
                       { .name = u"NUMBER"_s, .description = tr("The invoice or credit note number.") } },
        .options = QList<CommandSpec::Option> {
                       { .name = u"amount"_s,
                         .valueName = u"AMOUNT"_s,
                         .description = tr("The amount paid, e.g. 1210.00 (default: everything still due).") },
                       { .name = u"date"_s,
                         .valueName = u"YYYY-MM-DD"_s,
                         .description = tr("The payment date (default: today).") },
                       { .name = u"method"_s,
                         .valueName = u"METHOD"_s,
                         .description = tr("How it was paid (default: bank_transfer)."),
                         .allowedValues = { u"bank_transfer"_s, u"cash"_s, u"card"_s, u"direct_debit"_s, u"other"_s } },
                       { .name = u"reference"_s,
                         .valueName = u"TEXT"_s,
                         .description = tr("The bank's reference or the remittance text.") },
                       { .name = u"bank-charges"_s,
                         .valueName = u"AMOUNT"_s,
                         .description = tr("The bank's fee on this payment, e.g. 7.50.") },
                       { .name = u"keep-excess"_s,
                         .description = tr("Settle the invoice and keep what was paid too much as a credit.") },
                       { .name = u"write-off"_s,
                         .description = tr("Settle the document; write a small shortfall off.") },
                       { .name = u"supplier"_s,
                         .valueName = u"CONTACT"_s,
                         .description = tr("A supplier's document: the supplier's id or uid.") },
                       CommonOptions::format({ u"text"_s, u"json"_s }),
                   }
            + PassphraseSource::options(),
        .examples = u"kasboek-cli payments record books.kasboek 2026-0042 --amount 1210.00 --date 2026-03-14\n"
                    "kasboek-cli payments record books.kasboek F-1234 --supplier 7"_s,
    };
}

int PaymentsRecordCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    const QString path = arguments.argument(u"FILE"_s);
    const QString number = arguments.argument(u"NUMBER"_s);
    QDate date = QDate::currentDate();
    if (arguments.isSet(u"date"_s)) {
        date = QDate::fromString(arguments.option(u"date"_s), Qt::ISODate);
        if (!date.isValid())
            return context.report({}, CliError::usage(tr("--date needs a date as YYYY-MM-DD")));
    }
    if (arguments.isSet(u"keep-excess"_s) && arguments.isSet(u"write-off"_s))
        return context.report({}, CliError::usage(tr("--keep-excess and --write-off exclude each other")));
    auto method = storage::PaymentRepository::methodFromCode(
        arguments.option(u"method"_s, u"bank_transfer"_s).toLower());
    if (!method)
        return context.report({}, CliError::usage(tr("unknown --method")));

    auto file = context.openOrReport(path, arguments);
    if (!file)
        return file.error();
    auto rejected = [&](const Error& error) { return context.report(path, CliError::inputRejected(error)); };
    auto document = documentNamed((*file)->database(), number, arguments.option(u"supplier"_s));
    if (!document)
        return rejected(document.error());

    books::InvoicingService invoicing(**file);
    storage::Payment payment;
    payment.documentId = document->id;
    payment.date = date;
    payment.method = *method;
    payment.reference = arguments.option(u"reference"_s);
    if (arguments.isSet(u"amount"_s)) {
        auto amount = domain::Money::parse(arguments.option(u"amount"_s).trimmed(), document->currency);
        if (!amount)
            return context.report(
                {},
                CliError::usage(
                    tr("--amount needs an amount in %1 such as 1210.00").arg(document->currency.code())));
        payment.amount = *amount;
    } else {
        auto state = invoicing.state(document->id, date);
        if (!state)
            return context.report(path, CliError::fromCore(state.error()));
        if (state->outstanding.isZero())
            return rejected(Error { ErrorCode::Validation,
                                    tr("%1 %2 is settled already; nothing more is due.")
                                        .arg(DocumentTypes::displayName(document->type), document->number) });
        payment.amount = state->outstanding;
    }
    if (arguments.isSet(u"bank-charges"_s)) {
        auto charges
            = domain::Money::parse(arguments.option(u"bank-charges"_s).trimmed(), document->currency);
        if (!charges || charges->minorUnits() < 0)
            return context.report(
                {},
                CliError::usage(
                    tr("--bank-charges needs an amount in %1 such as 7.50").arg(document->currency.code())));
        payment.bankCharges = *charges;
    }
    const auto difference = arguments.isSet(u"keep-excess"_s)
        ? books::InvoicingService::PaymentDifference::KeepExcess
        : arguments.isSet(u"write-off"_s) ? books::InvoicingService::PaymentDifference::WriteOff
                                          : books::InvoicingService::PaymentDifference::None;
    auto recorded = invoicing.recordPayment(payment, difference);
    if (!recorded)
        return rejected(recorded.error());
    auto after = invoicing.state(document->id, date);
    (*file)->close();

    const QString outstanding = after ? TablePrinter::money(after->outstanding) : QString();
    const QJsonObject json {
        { u"id"_s, recorded->id },
        { u"uid"_s, recorded->uid.toString(QUuid::WithoutBraces) },
        { u"document"_s, document->number },
        { u"date"_s, recorded->date.toString(Qt::ISODate) },
        { u"amount"_s, TablePrinter::money(recorded->amount) },
        { u"currency"_s, recorded->amount.currency().code() },
        { u"method"_s, storage::PaymentRepository::code(recorded->method) },
        { u"bank_charges"_s, TablePrinter::money(recorded->bankCharges) },
        { u"excess"_s, TablePrinter::money(recorded->excess) },
        { u"write_off"_s, TablePrinter::money(recorded->writeOff) },
        { u"outstanding"_s, after ? QJsonValue(outstanding) : QJsonValue(QJsonValue::Null) },
    };
    return ResultOutput::print(
        context, arguments.option(u"format"_s), json,
        tr("Recorded %1 %2 on %3 for %4; still due: %5 %2.")
                .arg(TablePrinter::money(recorded->amount), recorded->amount.currency().code(),
                     recorded->date.toString(Qt::ISODate), document->number, outstanding)
            + u'\n');
}

} // namespace kasboek::cli
