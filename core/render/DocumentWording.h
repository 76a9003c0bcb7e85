#pragma once

#include "domain/Decimal.h"
#include "domain/VatCategory.h"
#include "domain/VatRate.h"
#include "domain/documents/DocumentType.h"

#include <QString>
#include <QStringView>
#include <array>

namespace kasboek::render {

// Every word printed on a quote, invoice or credit note, in the document's language (nl, fr,
// de or en; anything else gets English). Deliberately not tr(): a Dutch-speaking user invoices
// a Walloon customer in French whatever language the application speaks. The wording is the
// usual business wording of Belgium and the Netherlands in each language.
//
// Strings with %1/%2 take QString::arg(). The four tables live in DocumentWording.cpp, for the
// lifetime of the program; forLanguage() hands out references to them. Thread-safe.
struct DocumentWording
{
    struct Unit
    {
        QStringView code; // UN/ECE Rec 20
        QStringView one; // after a quantity of one ("1 hour"); empty: no unit printed
        QStringView many; // after any other quantity
    };
    struct Country
    {
        QStringView code; // ISO 3166-1 alpha-2
        QStringView name;
    };

    QStringView language; // "nl", "fr", "de", "en"

    QStringView invoice, creditNote, quote;
    QStringView invoiceNumber, creditNoteNumber, quoteNumber;
    QStringView invoiceDate, creditNoteDate, quoteDate;
    QStringView dueDate, deliveryDate, validUntil;
    QStringView buyerReference, orderReference, paymentTerms;

    QStringView from, customer, attention;
    QStringView vatNumber, enterpriseNumber, kvkNumber, iban, bic, email, phone;

    QStringView description, quantity, unitPrice, discount, vat, amount;

    QStringView subtotal, documentDiscount, charge, totalExclVat, vatTotal, totalInclVat;
    QStringView paidAmount, rounding, amountDue;
    QStringView vatSummary, vatRate, taxableAmount, vatAmount, vatInAccountingCurrency;

    QStringView payment;
    QStringView payByDate; // %1 amount, %2 date
    QStringView pay; // %1 amount
    QStringView structuredCommunication, creditorReference, plainReference, account, scanToPay;

    QStringView creditNoteFor; // %1 invoice number, %2 its date
    QStringView creditNoteForNumber; // %1 invoice number

    QStringView pageOf; // %1 page, %2 pages
    QStringView draft; // the mark on a draft, upper case

    // The name of a VAT category without a rate of its own (the rate is printed for S, L, M).
    QStringView zeroRated, exempt, reverseCharge, intraCommunity, exportOutsideEu, notSubject;

    std::array<Unit, 16> units;
    std::array<Country, 8> countries;

    [[nodiscard]] static const DocumentWording& forLanguage(QStringView language);

    // "Factuur", "Note de crédit", "Angebot": purchase documents are named like sales ones.
    [[nodiscard]] QString title(domain::DocumentType type) const;
    [[nodiscard]] QString numberLabel(domain::DocumentType type) const;
    [[nodiscard]] QString dateLabel(domain::DocumentType type) const;
    // The unit after a quantity: "uur", "dagen", "heures"; empty for C62 (a plain count);
    // the code itself for a code not in the list.
    [[nodiscard]] QString unitName(QStringView code, domain::Decimal count) const;
    // "Btw verlegd", "Exonéré"; empty for categories that print their rate instead.
    [[nodiscard]] QString vatCategoryName(domain::VatCategory category) const;
    // The country's name in this language, or the code when it is not one of the neighbours.
    [[nodiscard]] QString countryName(QStringView code) const;
};

} // namespace kasboek::render
