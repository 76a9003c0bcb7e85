#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace kasboek::domain {

enum class ContactKind {
    Company, // an enterprise, association or public body
    Person, // a natural person: everything identifying about them is personal data (GDPR)
};

// A customer or supplier (or both), as the contact form edits it and the contacts table
// stores it. Text fields hold what was entered until ContactValidator::normalised() puts
// them in canonical form (VAT number "BE0123456749", IBAN without spaces, e-mail domain
// in lower case); an empty string means "not given" and is stored as NULL.
//
// Personal data. For a natural person (kind Person) the personal data lives only in these
// fields, and nowhere else (not in derived tables, logs or search keys), so that subject
// access and erasure find all of it:
//   name, givenName, familyName, email, phone, street, iban, notes
// For a company, contactPerson, email and phone may name or reach a person (the "attention
// of") and count as personal data too; notes may hold some for either kind. The remaining
// fields (postal code, city, country, VAT, enterprise, KvK and Peppol numbers, BIC, language,
// currency, payment terms) are not personal data on their own. Keep new personal fields in
// this list and in the schema comments of the contacts table.
struct Contact
{
    qint64 id = 0; // the row id; 0 until stored
    QUuid uid; // stable across devices and exports; assigned on insert when null
    ContactKind kind = ContactKind::Company;
    bool isCustomer = true;
    bool isSupplier = false;

    // A company's name; for a person, derived from givenName and familyName on validation.
    QString name;
    QString givenName; // persons only
    QString familyName; // persons only
    QString contactPerson; // "attention of", for companies

    QString email;
    QString phone;
    QString street; // street and number, one line
    QString postalCode;
    QString city;
    QString country; // ISO 3166-1 alpha-2

    QString vatNumber; // an EU VAT number (or XI), canonical: "BE0123456749"
    QString enterpriseNumber; // Belgian KBO/BCE number: "0123456749"
    QString kvkNumber; // Dutch KvK number: "69599084"
    QString peppolId; // "0208:0123456749"
    QString iban; // "BE68539007547034"
    QString bic; // "GEBABEBB"

    QString language = QStringLiteral("nl"); // of the documents sent to them: nl, fr, en or de
    QString currency = QStringLiteral("EUR"); // their default invoice currency, ISO 4217
    int paymentTermsDays = 30;
    QString notes;

    bool archived = false; // hidden from pickers and default lists, kept for the books
    QDateTime createdAt; // UTC, set by the repository
    QDateTime updatedAt; // UTC, set by the repository on every real change

    friend bool operator==(const Contact&, const Contact&) = default;
};

} // namespace kasboek::domain
