#include "PurchaseImporter.h"

#include "domain/Contact.h"
#include "domain/VatNumber.h"
#include "exchange/ubl/UblReader.h"
#include "ledger/postings/DocumentPosting.h"
#include "storage/CompanyFile.h"
#include "storage/repositories/CompanyProfileRepository.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/DocumentRepository.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;
using kasboek::domain::Contact;
using kasboek::domain::Document;
using kasboek::domain::DocumentParty;

namespace kasboek::books {

namespace {

// Identifiers are compared in canonical form: "BE 0123.456.749" is "BE0123456749".
QString compact(const QString& identifier)
{
    QString result;
    for (QChar c : identifier) {
        if (c.isLetterOrNumber())
            result.append(c.toUpper());
    }
    return result;
}

// The supplier among the contacts: the same VAT number, else the same enterprise or KvK number.
Result<std::optional<Contact>> findSupplier(const storage::ContactRepository& contacts,
                                            const DocumentParty& seller)
{
    const QList<std::pair<QString, QString Contact::*>> keys {
        { compact(seller.vatNumber), &Contact::vatNumber },
        { compact(seller.enterpriseNumber), &Contact::enterpriseNumber },
        { compact(seller.kvkNumber), &Contact::kvkNumber },
    };
    for (const auto& [value, member] : keys) {
        if (value.isEmpty())
            continue;
        storage::ContactQuery query;
        query.search = value;
        query.archived = storage::ContactQuery::Archived::Include;
        auto candidates = contacts.list(query);
        if (!candidates)
            return std::unexpected(candidates.error());
        for (const Contact& candidate : *candidates) {
            if (compact(candidate.*member) == value)
                return std::optional<Contact>(candidate);
        }
        // The search only looks at names, e-mail, city and VAT numbers: scan for the others.
        if (member != &Contact::vatNumber) {
            storage::ContactQuery everyone;
            everyone.archived = storage::ContactQuery::Archived::Include;
            auto all = contacts.list(everyone);
            if (!all)
                return std::unexpected(all.error());
            for (const Contact& candidate : *all) {
                if (compact(candidate.*member) == value)
                    return std::optional<Contact>(candidate);
            }
        }
    }
    return std::optional<Contact>();
}

// A new supplier contact from what the supplier's file says about itself. Identifiers that do
// not pass their checks are left out (UblReader has warned about them) rather than refusing
// the whole import.
Contact supplierFrom(const DocumentParty& seller, const QString& currency)
{
    Contact contact;
    contact.kind = domain::ContactKind::Company;
    contact.isCustomer = false;
    contact.isSupplier = true;
    contact.name = seller.name;
    contact.contactPerson = seller.contactPerson;
    contact.email = seller.email;
    contact.phone = seller.phone;
    contact.street = seller.street;
    contact.postalCode = seller.postalCode;
    contact.city = seller.city;
    contact.country = seller.country;
    contact.vatNumber = domain::VatNumber::isValid(seller.vatNumber) ? seller.vatNumber : QString();
    contact.enterpriseNumber = seller.enterpriseNumber;
    contact.kvkNumber = seller.kvkNumber;
    contact.peppolId = seller.peppolId;
    contact.iban = seller.iban;
    contact.bic = seller.bic;
    contact.currency = currency;
    contact.language = u"en"_s;
    return contact;
}

} // namespace

PurchaseImporter::PurchaseImporter(storage::CompanyFile& file)
    : m_file(file)
{ }

Result<PurchaseImporter::Imported> PurchaseImporter::importUbl(const QByteArray& xml,
                                                               const QString& sourceName)
{
    auto read = exchange::ubl::UblReader::read(xml);
    if (!read)
        return std::unexpected(read.error());
    Imported imported;
    imported.warnings = read->warnings;
    Document document = read->document;

    auto company = storage::CompanyProfileRepository(m_file.database()).load();
    if (!company)
        return std::unexpected(company.error());
    const QString ours = compact(company->vatNumber);
    const QString addressee = compact(document.buyer.vatNumber);
    if (!ours.isEmpty() && !addressee.isEmpty() && ours != addressee)
        return fail(ErrorCode::Validation,
                    tr("This document is addressed to %1 (VAT number %2), not to %3.")
                        .arg(document.buyer.name, document.buyer.vatNumber, company->name),
                    u"buyer.vatNumber"_s);

    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    storage::ContactRepository contacts(m_file.database());
    auto supplier = findSupplier(contacts, document.seller);
    if (!supplier)
        return std::unexpected(supplier.error());
    if (!*supplier) {
        auto added = contacts.insert(*work, supplierFrom(document.seller, document.currency.code()));
        if (!added)
            return std::unexpected(added.error());
        *supplier = *added;
        imported.supplierAdded = true;
    } else if (!(*supplier)->isSupplier) {
        Contact marked = **supplier;
        marked.isSupplier = true;
        auto updated = contacts.update(*work, marked);
        if (!updated)
            return std::unexpected(updated.error());
    }
    document.contactId = (*supplier)->id;

    domain::DocumentAttachment original;
    original.fileName = QFileInfo(sourceName).fileName();
    if (original.fileName.isEmpty())
        original.fileName = u"%1.xml"_s.arg(document.number);
    original.mimeType = u"application/xml"_s;
    original.description = tr("The supplier's original UBL file");
    original.content = xml;
    document.attachments.prepend(original);

    auto stored = storage::DocumentRepository(m_file.database()).insertIssuedPurchase(*work, document);
    if (!stored)
        return std::unexpected(stored.error());
    if (auto posted = ledger::DocumentPosting::post(*work, stored->id); !posted)
        return std::unexpected(posted.error());
    if (auto committed = work->commit(); !committed)
        return std::unexpected(committed.error());
    imported.document = *stored;
    return imported;
}

} // namespace kasboek::books
