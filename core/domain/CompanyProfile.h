#pragma once

#include <QDateTime>
#include <QString>

namespace kasboek::domain {

// The freelancer's own business, as it appears on every document it issues: the single row of
// the company table (created with the file, edited in the settings, never deleted). Text fields
// hold what was entered until CompanyProfileValidator::normalised() puts them in canonical form;
// an empty string means "not given".
//
// Personal data: for a sole trader (eenmanszaak, entreprise individuelle) the name, street,
// e-mail, phone and IBAN are often the owner's own. They are the data of the book's owner, the
// controller, not of a data subject among their contacts, so the privacy tools do not report
// or erase them; they are never logged.
struct CompanyProfile
{
    QString name;
    QString legalForm; // as written on documents: "BV", "VOF", "eenmanszaak", ...
    QString country; // ISO 3166-1 alpha-2
    QString street;
    QString postalCode;
    QString city;
    QString vatNumber; // canonical: "BE0123456749"
    QString enterpriseNumber; // "0123456749"
    QString kvkNumber; // "69599084"
    QString iban; // "BE68539007547034"
    QString bic; // "GEBABEBB"
    QString email;
    QString phone;
    QString website;
    QString currency = QStringLiteral("EUR"); // the currency the books are kept in
    QDateTime createdAt; // UTC, when the file was created
    QDateTime updatedAt; // UTC, set by the repository on every real change

    friend bool operator==(const CompanyProfile&, const CompanyProfile&) = default;
};

} // namespace kasboek::domain
