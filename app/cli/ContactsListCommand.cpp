#include "ContactsListCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "TablePrinter.h"
#include "storage/repositories/ContactRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using kasboek::domain::Contact;
using kasboek::storage::ContactQuery;

namespace kasboek::cli {

namespace {

QString roleText(const Contact& contact)
{
    if (contact.isCustomer && contact.isSupplier)
        return u"both"_s;
    return contact.isSupplier ? u"supplier"_s : u"customer"_s;
}

reports::ReportTable tableOf(const QList<Contact>& contacts)
{
    reports::ReportTable table;
    table.key = u"contacts"_s;
    table.title = ContactsListCommand::tr("Contacts");
    using reports::ColumnKind;
    table.columns = {
        { u"id"_s, ContactsListCommand::tr("Id"), ColumnKind::Count },
        { u"uid"_s, ContactsListCommand::tr("Uid"), ColumnKind::Text },
        { u"kind"_s, ContactsListCommand::tr("Kind"), ColumnKind::Text },
        { u"role"_s, ContactsListCommand::tr("Role"), ColumnKind::Text },
        { u"name"_s, ContactsListCommand::tr("Name"), ColumnKind::Text },
        { u"country"_s, ContactsListCommand::tr("Country"), ColumnKind::Text },
        { u"vat_number"_s, ContactsListCommand::tr("VAT number"), ColumnKind::Text },
        { u"email"_s, ContactsListCommand::tr("E-mail"), ColumnKind::Text },
        { u"archived"_s, ContactsListCommand::tr("Archived"), ColumnKind::Text },
    };
    for (const Contact& contact : contacts) {
        table.rows.append({ reports::RowStyle::Detail,
                            0,
                            { contact.id, contact.uid.toString(QUuid::WithoutBraces),
                              contact.kind == domain::ContactKind::Person ? u"person"_s : u"company"_s,
                              roleText(contact), contact.name, contact.country, contact.vatNumber,
                              contact.email, contact.archived ? u"yes"_s : u"no"_s } });
    }
    return table;
}

} // namespace

CommandSpec ContactsListCommand::spec() const
{
    return {
        .name = u"contacts list"_s,
        .summary = tr("List the contacts, with the ids other commands take."),
        .description = tr("Prints the customers and suppliers by name: id, uid, kind (company or person), role "
                          "(customer, supplier or both), name, country, VAT number, e-mail, and whether the "
                          "contact is archived. Other commands name a contact by its id or its uid; the uid is "
                          "the same on every device and in every export. Archived contacts are left out unless "
                          "--archived is given.")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = { CommonOptions::companyFile() },
        .options = QList<CommandSpec::Option> {
                       { .name = u"search"_s,
                         .valueName = u"TEXT"_s,
                         .description = tr("Only contacts whose name, e-mail, city or VAT number contains TEXT.") },
                       { .name = u"role"_s,
                         .valueName = u"ROLE"_s,
                         .description = tr("Only customers or only suppliers."),
                         .allowedValues = { u"customers"_s, u"suppliers"_s } },
                       { .name = u"archived"_s, .description = tr("Include archived contacts.") },
                       CommonOptions::format({ u"text"_s, u"csv"_s, u"json"_s }),
                   }
            + PassphraseSource::options(),
        .examples = u"kasboek-cli contacts list books.kasboek\n"
                    "kasboek-cli contacts list books.kasboek --search acme --format json"_s,
    };
}

int ContactsListCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    const QString path = arguments.argument(u"FILE"_s);
    auto file = context.openOrReport(path, arguments);
    if (!file)
        return file.error();

    ContactQuery query;
    query.search = arguments.option(u"search"_s);
    const QString role = arguments.option(u"role"_s).toLower();
    query.role = role == u"customers" ? ContactQuery::Role::Customers
        : role == u"suppliers"        ? ContactQuery::Role::Suppliers
                                      : ContactQuery::Role::Any;
    query.archived
        = arguments.isSet(u"archived"_s) ? ContactQuery::Archived::Include : ContactQuery::Archived::Exclude;
    auto contacts = storage::ContactRepository((*file)->database()).list(query);
    if (!contacts)
        return context.report(path, CliError::fromCore(contacts.error()));
    const QString format = arguments.option(u"format"_s, u"text"_s).toLower();
    if (format != u"json")
        return TablePrinter::print(context, tableOf(*contacts), format);
    // Scripts get true and false where people read yes and no.
    QJsonArray rows = TablePrinter::rows(tableOf(*contacts));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows.at(i).toObject();
        row.insert(u"archived"_s, contacts->at(i).archived);
        rows.replace(i, row);
    }
    context.out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    context.out().flush();
    return static_cast<int>(ExitCode::Success);
}

} // namespace kasboek::cli
