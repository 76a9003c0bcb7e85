#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace kasboek::storage {
class CompanyFile;
}

namespace kasboek::books {

// Fills a new company file with a realistic year of a freelancer's books, for `kasboek-cli
// demo` and as the sample a newcomer opens first: the company profile, customers and suppliers
// (DemoCatalog), a price list, and the twelve months up to `today` of quotes (accepted,
// declined, still open), invoices in every VAT situation Kasboek supports (domestic at the
// standard, reduced and catering rates, discounts and a charge, domestic and intra-EU reverse
// charge, a US customer in dollars), credit notes (in full and in part), and payments (on
// time, late, in part, not yet).
//
// Everything goes through the same services the app uses (InvoicingService and the
// repositories), so the sample obeys every rule a user's data does. Deterministic: the same
// country and date give the same books, so tests can count on them.
class DemoBook final
{
    Q_DECLARE_TR_FUNCTIONS(DemoBook)
public:
    struct Summary
    {
        int customers = 0;
        int suppliers = 0;
        int products = 0;
        int quotes = 0;
        int invoices = 0;
        int creditNotes = 0;
        int payments = 0;
        QDate closedThrough; // the books are locked through the end of the previous quarter
    };

    DemoBook() = delete;

    // `country` is "BE" or "NL". The file should be empty (just created); InvalidArgument
    // when it already holds contacts.
    [[nodiscard]] static Result<Summary> fill(storage::CompanyFile& file, const QString& country,
                                              QDate today);
};

} // namespace kasboek::books
