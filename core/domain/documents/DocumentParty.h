#pragma once

#include <QString>

namespace kasboek::domain {

// A party as a document shows it: the seller (from the company profile) or the buyer (from
// the contact), copied into the document when it is issued, so that an issued document keeps
// saying what it said even after the contact or the company moves. While a document is a
// draft the snapshot is refreshed from the profile and the contact on every save.
//
// For a purchase document the seller is the supplier and the buyer is the company.
// The same personal-data rules as Contact apply to a natural person's snapshot.
struct DocumentParty
{
    QString name; // registration or trade name (BT-27 / BT-44)
    QString legalForm; // BT-33 "additional legal information", e.g. "BV"
    QString contactPerson; // "attention of"
    QString street; // BT-35 / BT-50
    QString postalCode; // BT-38 / BT-53
    QString city; // BT-37 / BT-52
    QString country; // ISO 3166-1 alpha-2 (BT-40 / BT-55)
    QString vatNumber; // canonical: "BE0123456749" (BT-31 / BT-48)
    QString enterpriseNumber; // Belgian KBO/BCE: "0123456749" (legal id, scheme 0208)
    QString kvkNumber; // Dutch KvK: "69599084" (legal id, scheme 0106)
    QString peppolId; // "0208:0123456749" (BT-34 / BT-49), derived when empty
    QString email;
    QString phone;
    QString iban; // the seller's account for payment instructions (BT-84)
    QString bic; // BT-86

    friend bool operator==(const DocumentParty&, const DocumentParty&) = default;
};

} // namespace kasboek::domain
