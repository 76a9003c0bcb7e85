#include "ExpensesAddCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "ContactReference.h"
#include "InputFile.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "ResultOutput.h"
#include "TablePrinter.h"
#include "books/ExpenseRecorder.h"
#include "storage/CompanyFile.h"
#include "storage/repositories/PaymentRepository.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using kasboek::books::ExpenseRecorder;

namespace kasboek::cli {

namespace {

// The option a field of books::ExpenseRecorder comes from: the command records one line.
QString optionForField(const QString& field)
{
    static const QList<std::pair<QString, QString>> options {
        { u"lines[0].account"_s, u"account"_s },
        { u"lines[0].amount"_s, u"amount"_s },
        { u"lines[0].vatRate"_s, u"vat-rate"_s },
        { u"lines[0].vat"_s, u"vat"_s },
        { u"lines[0].description"_s, u"description"_s },
        { u"receipt"_s, u"receipt"_s },
        { u"supplier"_s, u"supplier"_s },
        { u"supplierName"_s, u"supplier-name"_s },
        { u"number"_s, u"number"_s },
        { u"date"_s, u"date"_s },
    };
    for (const auto& [name, option] : options) {
        if (name == field)
            return option;
    }
    return {};
}

// The line the options describe; a value that does not parse is a usage error.
std::expected<ExpenseRecorder::Line, CliError> lineFrom(const ParsedArguments& arguments)
{
    for (const QString& required : { u"account"_s, u"amount"_s, u"vat-rate"_s }) {
        if (!arguments.isSet(required))
            return std::unexpected(CliError::usage(ExpensesAddCommand::tr("--%1 is required").arg(required)));
    }
    ExpenseRecorder::Line line;
    line.accountCode = arguments.option(u"account"_s);
    line.description = arguments.option(u"description"_s);
    auto amount = domain::Money::parse(arguments.option(u"amount"_s).trimmed(), domain::Currency::eur());
    if (!amount)
        return std::unexpected(
            CliError::usage(ExpensesAddCommand::tr("--amount needs the amount paid in EUR, such as 60.50")));
    line.amount = *amount;
    QString rate = arguments.option(u"vat-rate"_s).trimmed();
    if (rate.endsWith(u'%'))
        rate.chop(1);
    auto vatRate = domain::VatRate::parse(rate.trimmed());
    if (!vatRate)
        return std::unexpected(
            CliError::usage(ExpensesAddCommand::tr("--vat-rate needs a percentage such as 21 or 5.5")));
    line.vatRate = *vatRate;
    if (arguments.isSet(u"vat"_s)) {
        auto vat = domain::Money::parse(arguments.option(u"vat"_s).trimmed(), domain::Currency::eur());
        if (!vat)
            return std::unexpected(
                CliError::usage(ExpensesAddCommand::tr("--vat needs the VAT in EUR, such as 10.50")));
        line.vat = *vat;
    }
    return line;
}

} // namespace

CommandSpec ExpensesAddCommand::spec() const
{
    return {
        .name = u"expenses add"_s,
        .summary = tr("Record an expense from a receipt, with the receipt."),
        .description
        = tr("Records what a receipt or a supplier's paper invoice says as a purchase invoice of the supplier "
             "(an existing contact, or one found or added by name), keeps the receipt file (PDF, PNG, JPEG, "
             "WebP or HEIC, at most 10 MiB; its type is read from its content) inside the encrypted company "
             "file, and posts it to the account chosen: the amount including VAT, less the VAT the account may "
             "deduct (50 % on car costs, none on restaurants), is the cost; the deductible VAT goes to input "
             "VAT. Without --vat the VAT is worked out from the amount and the rate; with it, the receipt's "
             "own figure is kept and a cent of difference goes to the rounding account. Without --number the "
             "expense is numbered R-DATE-N. --paid records that it was paid at once, from the cash box for "
             "cash, else from the bank. Anything refused (exit code 5) stores nothing.")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = { CommonOptions::companyFile() },
        .options = QList<CommandSpec::Option> {
                       { .name = u"supplier"_s,
                         .valueName = u"CONTACT"_s,
                         .description = tr("The supplier's contact id or uid.") },
                       { .name = u"supplier-name"_s,
                         .valueName = u"NAME"_s,
                         .description = tr("The supplier by name: the contact of that name, or a new supplier "
                                           "in the company's country.") },
                       { .name = u"account"_s,
                         .valueName = u"CODE"_s,
                         .description = tr("The expense or fixed-asset account, e.g. 612200.") },
                       { .name = u"amount"_s,
                         .valueName = u"AMOUNT"_s,
                         .description = tr("The amount paid, including VAT, e.g. 60.50.") },
                       { .name = u"vat-rate"_s,
                         .valueName = u"PERCENT"_s,
                         .description = tr("The VAT rate on the receipt, e.g. 21 (0 for none).") },
                       { .name = u"vat"_s,
                         .valueName = u"AMOUNT"_s,
                         .description = tr("The VAT as the receipt prints it, e.g. 10.50.") },
                       { .name = u"date"_s,
                         .valueName = u"YYYY-MM-DD"_s,
                         .description = tr("The date of the receipt (default: today).") },
                       { .name = u"number"_s,
                         .valueName = u"NUMBER"_s,
                         .description = tr("The receipt's or invoice's number (default: R-DATE-N).") },
                       { .name = u"description"_s,
                         .valueName = u"TEXT"_s,
                         .description = tr("What was bought (default: the account's name).") },
                       { .name = u"receipt"_s,
                         .valueName = u"PATH"_s,
                         .description = tr("The receipt: a PDF, PNG, JPEG, WebP or HEIC file.") },
                       { .name = u"paid"_s,
                         .valueName = u"METHOD"_s,
                         .description = tr("Paid at once, in full."),
                         .allowedValues = { u"cash"_s, u"card"_s, u"bank_transfer"_s } },
                       CommonOptions::format({ u"text"_s, u"json"_s }),
                   }
            + PassphraseSource::options(),
        .examples = u"kasboek-cli expenses add books.kasboek --supplier-name \"Total Gent\" --account 612200 "
                    "--amount 60.50 --vat-rate 21 --date 2026-03-14 --receipt ticket.jpg --paid card\n"
                    "kasboek-cli expenses add books.kasboek --supplier 7 --number F-2026-118 --account 616900 "
                    "--amount 121.00 --vat-rate 21 --receipt invoice.pdf"_s,
    };
}

int ExpensesAddCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    const QString path = arguments.argument(u"FILE"_s);
    if (arguments.isSet(u"supplier"_s) == arguments.isSet(u"supplier-name"_s))
        return context.report({},
                              CliError::usage(tr("name the supplier with --supplier or --supplier-name")));
    auto line = lineFrom(arguments);
    if (!line)
        return context.report({}, line.error());
    ExpenseRecorder::Expense expense;
    expense.lines = { *line };
    expense.supplierName = arguments.option(u"supplier-name"_s);
    expense.number = arguments.option(u"number"_s);
    expense.date = QDate::currentDate();
    if (arguments.isSet(u"date"_s)) {
        expense.date = QDate::fromString(arguments.option(u"date"_s), Qt::ISODate);
        if (!expense.date.isValid())
            return context.report({}, CliError::usage(tr("--date needs a date as YYYY-MM-DD")));
    }
    if (arguments.isSet(u"paid"_s)) {
        auto method = storage::PaymentRepository::methodFromCode(arguments.option(u"paid"_s).toLower());
        if (!method)
            return context.report({}, CliError::usage(tr("unknown --paid")));
        expense.paidWith = *method;
    }

    // The receipt is read and checked before the passphrase is asked for.
    if (arguments.isSet(u"receipt"_s)) {
        const QString receiptPath = arguments.option(u"receipt"_s);
        auto content = InputFile::read(receiptPath, ExpenseRecorder::maxReceiptBytes);
        if (!content) {
            CliError error = content.error();
            error.message = u"--receipt: "_s + error.message;
            return context.report(receiptPath, error);
        }
        if (auto type = ExpenseRecorder::receiptType(*content); !type) {
            CliError error = CliError::fromCore(type.error());
            error.message = u"--receipt: "_s + error.message;
            return context.report(receiptPath, error);
        }
        expense.receipt = *content;
        expense.receiptName = receiptPath == u"-" ? QString() : QFileInfo(receiptPath).fileName();
    }

    auto file = context.openOrReport(path, arguments);
    if (!file)
        return file.error();
    auto rejected = [&](const Error& error) {
        CliError cliError = CliError::inputRejected(error);
        if (const QString option = optionForField(error.field); !option.isEmpty())
            cliError.message = u"--"_s + option + u": "_s + cliError.message;
        return context.report(path, cliError);
    };
    if (arguments.isSet(u"supplier"_s)) {
        auto contact = ContactReference::resolve((*file)->database(), arguments.option(u"supplier"_s));
        if (!contact)
            return rejected(Error { contact.error().code, contact.error().message, u"supplier"_s });
        expense.supplierId = contact->id;
    }
    auto recorded = ExpenseRecorder(**file).record(expense);
    if (!recorded)
        return rejected(recorded.error());
    (*file)->close();

    const domain::Document& d = recorded->document;
    const QString paid
        = recorded->payment ? storage::PaymentRepository::code(recorded->payment->method) : QString();
    QJsonValue receipt(QJsonValue::Null);
    if (!expense.receipt.isEmpty())
        receipt = QJsonObject {
            { u"file_name"_s, d.attachments.isEmpty() ? QString() : d.attachments.first().fileName },
            { u"mime_type"_s, *ExpenseRecorder::receiptType(expense.receipt) },
            { u"size"_s, expense.receipt.size() },
            { u"sha256"_s,
              QString::fromLatin1(
                  QCryptographicHash::hash(expense.receipt, QCryptographicHash::Sha256).toHex()) },
        };
    const QJsonObject json {
        { u"id"_s, d.id },
        { u"uid"_s, d.uid.toString(QUuid::WithoutBraces) },
        { u"type"_s, u"purchase_invoice"_s },
        { u"number"_s, d.number },
        { u"date"_s, d.issueDate.toString(Qt::ISODate) },
        { u"due_date"_s, d.dueDate.toString(Qt::ISODate) },
        { u"supplier_id"_s, d.contactId },
        { u"supplier"_s, d.seller.name },
        { u"supplier_added"_s, recorded->supplierAdded },
        { u"account"_s, line->accountCode.trimmed() },
        { u"currency"_s, d.currency.code() },
        { u"total_exclusive"_s, TablePrinter::money(d.totalExclusive) },
        { u"total_vat"_s, TablePrinter::money(d.totalVat) },
        { u"total_inclusive"_s, TablePrinter::money(d.totalInclusive) },
        { u"receipt"_s, receipt },
        { u"paid"_s, recorded->payment ? QJsonValue(paid) : QJsonValue(QJsonValue::Null) },
        { u"payment_id"_s,
          recorded->payment ? QJsonValue(recorded->payment->id) : QJsonValue(QJsonValue::Null) },
    };
    const QString how
        = recorded->payment ? tr("paid (%1)").arg(paid) : tr("due %1").arg(d.dueDate.toString(Qt::ISODate));
    return ResultOutput::print(context, arguments.option(u"format"_s), json,
                               tr("Recorded expense %1 from %2 on %3: %4 %5 (VAT %6), %7%8")
                                       .arg(d.number, d.seller.name, d.issueDate.toString(Qt::ISODate),
                                            TablePrinter::money(d.totalInclusive), d.currency.code(),
                                            TablePrinter::money(d.totalVat), how,
                                            recorded->supplierAdded ? tr(" (new supplier)") : QString())
                                   + u'\n');
}

} // namespace kasboek::cli
