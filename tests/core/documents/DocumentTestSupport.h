#pragma once

#include "../storage/repositories/RepositoryTestSupport.h"
#include "domain/documents/Document.h"
#include "storage/repositories/CompanyProfileRepository.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/ProductRepository.h"

namespace kasboek::test {

// Schema version 2 exactly: the initial tables and the documents tables, so that these tests
// keep describing that version (the upgrade tests of later versions start from it).
inline const storage::MigrationSet& documentMigrations()
{
    static const storage::MigrationSet set = [] {
        QList<storage::Migration> steps = storage::MigrationSet::standard().steps().mid(0, 1);
        steps.append(
            storage::MigrationSet::fromResource(2, QStringLiteral("documents, numbering, events, payments"),
                                                QStringLiteral(":/kasboek/migrations/002_documents.sql")));
        return storage::MigrationSet(steps);
    }();
    return set;
}

inline std::unique_ptr<storage::CompanyFile> createDocumentsFile(const QString& path)
{
    return createFile(path, documentMigrations());
}

// Runs `write` in a unit of work and commits when it succeeds.
template<typename Write>
auto committed(storage::CompanyFile& file, Write write)
    -> decltype(write(std::declval<storage::UnitOfWork&>()))
{
    auto work = file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    auto result = write(*work);
    if (!result)
        return result;
    if (auto done = work->commit(); !done)
        return std::unexpected(done.error());
    return result;
}

// A Belgian company with everything an invoice must show.
inline domain::CompanyProfile belgianCompany()
{
    domain::CompanyProfile p;
    p.name = QStringLiteral("Atelier Verhaegen");
    p.legalForm = QStringLiteral("BV");
    p.country = QStringLiteral("BE");
    p.street = QStringLiteral("Veldstraat 12");
    p.postalCode = QStringLiteral("9000");
    p.city = QStringLiteral("Gent");
    p.vatNumber = QStringLiteral("BE0123456749");
    p.enterpriseNumber = QStringLiteral("0123456749");
    p.iban = QStringLiteral("BE68539007547034");
    p.bic = QStringLiteral("GEBABEBB");
    p.email = QStringLiteral("facturen@verhaegen.be");
    return p;
}

inline domain::CompanyProfile dutchCompany()
{
    domain::CompanyProfile p;
    p.name = QStringLiteral("Studio Ijsselstein");
    p.country = QStringLiteral("NL");
    p.street = QStringLiteral("Oudegracht 100");
    p.postalCode = QStringLiteral("3511 AX");
    p.city = QStringLiteral("Utrecht");
    p.vatNumber = QStringLiteral("NL000099998B57");
    p.kvkNumber = QStringLiteral("69599084");
    p.iban = QStringLiteral("NL91ABNA0417164300");
    return p;
}

inline void setCompany(storage::CompanyFile& file, const domain::CompanyProfile& profile)
{
    KASBOEK_VERIFY_OK(committed(file, [&](storage::UnitOfWork& work) {
        return storage::CompanyProfileRepository(file.database()).update(work, profile);
    }));
}

inline domain::Contact customer(const QString& name, const QString& city = QStringLiteral("Brugge"))
{
    domain::Contact c;
    c.name = name;
    c.street = QStringLiteral("Walplein 26");
    c.postalCode = QStringLiteral("8000");
    c.city = city;
    c.country = QStringLiteral("BE");
    c.vatNumber = QStringLiteral("BE0566988259");
    c.language = QStringLiteral("nl");
    c.paymentTermsDays = 14;
    return c;
}

inline domain::Contact insertContact(storage::CompanyFile& file, const domain::Contact& contact)
{
    auto stored = committed(file, [&](storage::UnitOfWork& work) {
        return storage::ContactRepository(file.database()).insert(work, contact);
    });
    if (!stored)
        qFatal("inserting a test contact failed: %s", qPrintable(stored.error().toString()));
    return *stored;
}

// `quantity` and `price` as typed ("1.5", "80"); `rate` in basis points.
inline domain::DocumentLine line(const QString& name, const QString& quantity, const QString& price,
                                 int rate = 2100)
{
    domain::DocumentLine l;
    l.name = name;
    l.quantity = domain::Decimal::parse(quantity).value();
    l.unitPrice = domain::Decimal::parse(price).value();
    l.vatRate = domain::VatRate::fromBasisPoints(rate);
    l.vatCategory = rate == 0 ? domain::VatCategory::ZeroRated : domain::VatCategory::StandardRate;
    return l;
}

inline domain::Money euro(const char* amount)
{
    return domain::Money::parse(QString::fromLatin1(amount), domain::Currency::eur()).value();
}

} // namespace kasboek::test

namespace kasboek::domain {

inline char* toString(const Money& money)
{
    return qstrdup((money.toDecimalString() + u' ' + money.currency().code()).toUtf8().constData());
}

} // namespace kasboek::domain
