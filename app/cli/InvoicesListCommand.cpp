#include "InvoicesListCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "ContactReference.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "TablePrinter.h"
#include "storage/CompanyFile.h"
#include "storage/repositories/DocumentRepository.h"

using namespace Qt::StringLiterals;
using kasboek::domain::DocumentType;
using kasboek::domain::DocumentTypes;
using kasboek::storage::DocumentSummary;

namespace kasboek::cli {

namespace {

constexpr qint64 kDefaultLimit = 100;

reports::ReportTable tableOf(const QList<DocumentSummary>& documents)
{
    using reports::ColumnKind;
    reports::ReportTable table;
    table.key = u"documents"_s;
    table.title = InvoicesListCommand::tr("Documents");
    table.columns = {
        { u"id"_s, InvoicesListCommand::tr("Id"), ColumnKind::Count },
        { u"type"_s, InvoicesListCommand::tr("Type"), ColumnKind::Text },
        { u"status"_s, InvoicesListCommand::tr("Status"), ColumnKind::Text },
        { u"number"_s, InvoicesListCommand::tr("Number"), ColumnKind::Text },
        { u"issue_date"_s, InvoicesListCommand::tr("Date"), ColumnKind::Date },
        { u"due_date"_s, InvoicesListCommand::tr("Due"), ColumnKind::Date },
        { u"contact_id"_s, InvoicesListCommand::tr("Contact"), ColumnKind::Count },
        { u"counterparty"_s, InvoicesListCommand::tr("Name"), ColumnKind::Text },
        { u"currency"_s, InvoicesListCommand::tr("Currency"), ColumnKind::Text },
        { u"total_inclusive"_s, InvoicesListCommand::tr("Total"), ColumnKind::Text },
        { u"paid"_s, InvoicesListCommand::tr("Paid"), ColumnKind::Text },
    };
    for (const DocumentSummary& d : documents)
        table.rows.append(
            { reports::RowStyle::Detail,
              0,
              { d.id, DocumentTypes::code(d.type), DocumentTypes::code(d.status), d.number, d.issueDate,
                d.dueDate, d.contactId, d.counterpartyName, d.totalInclusive.currency().code(),
                TablePrinter::money(d.totalInclusive), TablePrinter::money(d.paid) } });
    return table;
}

} // namespace

CommandSpec InvoicesListCommand::spec() const
{
    return {
        .name = u"invoices list"_s,
        .summary = tr("List invoices, credit notes, quotes and purchase documents."),
        .description = tr("Prints documents by issue date, newest first (drafts, which have no date yet, last): "
                          "id, type, status, number, issue and due date, contact id and name, currency, total "
                          "including VAT and what was paid. --limit bounds the list (default 100; 0 for all).")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = { CommonOptions::companyFile() },
        .options = QList<CommandSpec::Option> {
                       { .name = u"type"_s,
                         .valueName = u"TYPE"_s,
                         .description = tr("Only documents of this type."),
                         .allowedValues = { u"invoice"_s, u"credit_note"_s, u"quote"_s, u"purchase_invoice"_s,
                                            u"purchase_credit_note"_s } },
                       { .name = u"from"_s, .valueName = u"YYYY-MM-DD"_s, .description = tr("Issued on or after.") },
                       { .name = u"to"_s, .valueName = u"YYYY-MM-DD"_s, .description = tr("Issued on or before.") },
                       { .name = u"contact"_s, .valueName = u"CONTACT"_s, .description = tr("Only this contact's (id or uid).") },
                       { .name = u"search"_s,
                         .valueName = u"TEXT"_s,
                         .description = tr("Only documents whose number or counterparty contains TEXT.") },
                       { .name = u"limit"_s, .valueName = u"N"_s, .description = tr("At most N documents.") },
                       CommonOptions::format({ u"text"_s, u"csv"_s, u"json"_s }),
                   }
            + PassphraseSource::options(),
        .examples = u"kasboek-cli invoices list books.kasboek --type invoice --from 2026-01-01\n"
                    "kasboek-cli invoices list books.kasboek --contact 12 --format csv --limit 0"_s,
    };
}

int InvoicesListCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    const QString path = arguments.argument(u"FILE"_s);
    storage::DocumentQuery query;
    if (arguments.isSet(u"type"_s)) {
        auto type = DocumentTypes::fromCode(arguments.option(u"type"_s).toLower());
        if (!type)
            return context.report({}, CliError::usage(tr("unknown --type")));
        query.types = { *type };
    }
    for (const auto& [name, into] :
         { std::pair { u"from"_s, &query.from }, std::pair { u"to"_s, &query.to } }) {
        if (!arguments.isSet(name))
            continue;
        *into = QDate::fromString(arguments.option(name), Qt::ISODate);
        if (!into->isValid())
            return context.report({}, CliError::usage(tr("--%1 needs a date as YYYY-MM-DD").arg(name)));
    }
    query.search = arguments.option(u"search"_s);
    query.limit = kDefaultLimit;
    if (arguments.isSet(u"limit"_s)) {
        bool ok = false;
        const qint64 limit = arguments.option(u"limit"_s).toLongLong(&ok);
        if (!ok || limit < 0)
            return context.report({}, CliError::usage(tr("--limit needs a number, 0 for all")));
        query.limit = limit == 0 ? -1 : limit;
    }

    auto file = context.openOrReport(path, arguments);
    if (!file)
        return file.error();
    if (arguments.isSet(u"contact"_s)) {
        auto contact = ContactReference::resolve((*file)->database(), arguments.option(u"contact"_s));
        if (!contact) {
            CliError error = CliError::fromCore(contact.error());
            error.exitCode = ExitCode::InputRejected;
            return context.report(path, error);
        }
        query.contactId = contact->id;
    }
    auto documents = storage::DocumentRepository((*file)->database()).list(query);
    if (!documents)
        return context.report(path, CliError::fromCore(documents.error()));
    return TablePrinter::print(context, tableOf(*documents), arguments.option(u"format"_s, u"text"_s));
}

} // namespace kasboek::cli
