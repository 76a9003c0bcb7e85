#include "InvoicesIssueCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "ContactReference.h"
#include "InputFile.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "ResultOutput.h"
#include "TablePrinter.h"
#include "books/DocumentDrafts.h"
#include "books/InvoicingService.h"
#include "exchange/documentjson/DocumentDescriptionReader.h"
#include "storage/CompanyFile.h"
#include "storage/repositories/DocumentRepository.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;
using kasboek::domain::Document;
using kasboek::domain::DocumentType;
using kasboek::domain::DocumentTypes;
using kasboek::exchange::documentjson::DocumentDescription;

namespace kasboek::cli {

namespace {

QJsonObject toJson(const Document& d)
{
    const bool issued = d.status == domain::DocumentStatus::Issued;
    const auto dateOrNull = [](const QDate& date) {
        return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    };
    return {
        { u"id"_s, d.id },
        { u"uid"_s, d.uid.toString(QUuid::WithoutBraces) },
        { u"type"_s, DocumentTypes::code(d.type) },
        { u"status"_s, DocumentTypes::code(d.status) },
        { u"number"_s, issued ? QJsonValue(d.number) : QJsonValue(QJsonValue::Null) },
        { u"issue_date"_s, dateOrNull(d.issueDate) },
        { u"due_date"_s, dateOrNull(d.dueDate) },
        { u"contact_id"_s, d.contactId },
        { u"customer"_s, d.buyer.name },
        { u"currency"_s, d.currency.code() },
        { u"total_exclusive"_s, TablePrinter::money(d.totalExclusive) },
        { u"total_vat"_s, TablePrinter::money(d.totalVat) },
        { u"total_inclusive"_s, TablePrinter::money(d.totalInclusive) },
        { u"payment_reference"_s,
          d.paymentReference.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.paymentReference) },
        { u"corrects"_s,
          d.correctedDocumentNumber.isEmpty() ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(d.correctedDocumentNumber) },
    };
}

// A script's document that fails a rule is input to correct: exit code 5, with the field.
CliError rejected(const Error& error)
{
    CliError cliError = CliError::fromCore(error);
    if (error.code == ErrorCode::Validation || error.code == ErrorCode::Conflict
        || error.code == ErrorCode::NotFound || error.code == ErrorCode::ReadOnly)
        cliError.exitCode = ExitCode::InputRejected;
    if (!error.field.isEmpty() && !cliError.message.contains(error.field))
        cliError.message = error.field + u": "_s + cliError.message;
    return cliError;
}

// The draft the description starts from: a credit note repeats the invoice it corrects (of
// the same customer); anything else starts from the contact's defaults.
Result<Document> startingDraft(storage::Database& database, const DocumentDescription& description,
                               const domain::Contact& contact)
{
    if (description.type != DocumentType::CreditNote)
        return books::DocumentDrafts::forContact(database, description.type, contact.id);
    auto invoice
        = storage::DocumentRepository(database).findByNumber(DocumentType::Invoice, description.corrects);
    if (!invoice || invoice->status != domain::DocumentStatus::Issued)
        return fail(ErrorCode::Validation,
                    InvoicesIssueCommand::tr("No issued invoice has the number \"%1\".")
                        .arg(description.corrects.left(100)),
                    u"corrects"_s);
    if (invoice->contactId != contact.id)
        return fail(ErrorCode::Validation,
                    InvoicesIssueCommand::tr("Invoice %1 is not addressed to contact %2.")
                        .arg(invoice->number, QString::number(contact.id)),
                    u"corrects"_s);
    return books::DocumentDrafts::creditNoteFor(*invoice);
}

} // namespace

CommandSpec InvoicesIssueCommand::spec() const
{
    return {
        .name = u"invoices issue"_s,
        .summary = tr("Issue an invoice, credit note or quote described in JSON."),
        .description
        = tr("Reads the document's JSON description (docs/cli.md has the format; '-' reads it from standard "
             "input): its type, the contact (id or uid, see 'contacts list'), the dates, what differs from the "
             "contact's defaults, and the lines. A credit note names the invoice it corrects and repeats its "
             "lines unless it lists its own. The document is checked as the editor checks it, then issued with "
             "the next number of its series and posted to the ledger, all in one step: when anything is wrong, "
             "the error names the JSON field (exit code 5) and nothing is stored, no number is used. "
             "--draft stores it as a draft instead.")
            + u"\n\n"_s
            + tr("Prints the number and totals (--format json: the stored document, amounts as decimal strings).")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = {
            CommonOptions::companyFile(),
            { .name = u"JSON"_s, .description = tr("The description, or - for standard input.") },
        },
        .options = QList<CommandSpec::Option> {
                       { .name = u"draft"_s, .description = tr("Store a draft; do not issue it.") },
                       CommonOptions::format({ u"text"_s, u"json"_s }),
                   }
            + PassphraseSource::options(),
        .examples = u"kasboek-cli invoices issue books.kasboek invoice.json\n"
                    "generate-invoice | kasboek-cli invoices issue books.kasboek - --passphrase-fd 3 --format json"_s,
    };
}

int InvoicesIssueCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    const QString path = arguments.argument(u"FILE"_s);
    const QString jsonPath = arguments.argument(u"JSON"_s);
    if (jsonPath == u"-" && arguments.isSet(u"passphrase-fd"_s)
        && arguments.option(u"passphrase-fd"_s) == u"0")
        return context.report(
            {}, CliError::usage(tr("standard input cannot carry both the description and the passphrase")));
    // Read and checked before the passphrase: nobody should type it for a broken description.
    auto json = InputFile::read(jsonPath, exchange::documentjson::DocumentDescriptionReader::maxBytes);
    if (!json)
        return context.report(jsonPath, json.error());
    auto description = exchange::documentjson::DocumentDescriptionReader::read(*json);
    if (!description)
        return context.report(jsonPath, rejected(description.error()));

    auto file = context.openOrReport(path, arguments);
    if (!file)
        return file.error();
    storage::Database& database = (*file)->database();

    auto contact = ContactReference::resolve(database, description->contact);
    if (!contact)
        return context.report(jsonPath, rejected(contact.error()));
    auto draft = startingDraft(database, *description, *contact);
    if (!draft)
        return context.report(jsonPath, rejected(draft.error()));
    if (auto applied = description->applyTo(*draft); !applied)
        return context.report(jsonPath, rejected(applied.error()));

    books::InvoicingService invoicing(**file);
    auto stored = arguments.isSet(u"draft"_s)
        ? invoicing.saveDraft(*draft)
        : invoicing.issueNew(*draft, description->issueDate.value_or(QDate::currentDate()));
    if (!stored)
        return context.report(jsonPath, rejected(stored.error()));
    (*file)->close();

    const QString text = stored->status == domain::DocumentStatus::Issued
        ? tr("Issued %1 %2 to %3: %4 %5 (VAT %6), due %7")
              .arg(DocumentTypes::displayName(stored->type), stored->number, stored->buyer.name,
                   TablePrinter::money(stored->totalInclusive), stored->currency.code(),
                   TablePrinter::money(stored->totalVat), stored->dueDate.toString(Qt::ISODate))
        : tr("Stored draft %1 (%2) for %3")
              .arg(QString::number(stored->id), DocumentTypes::displayName(stored->type), stored->buyer.name);
    return ResultOutput::print(context, arguments.option(u"format"_s), toJson(*stored), text + u'\n');
}

} // namespace kasboek::cli
