#pragma once

#include "Error.h"
#include "domain/Decimal.h"
#include "domain/ExchangeRate.h"
#include "domain/documents/Document.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace kasboek::exchange::documentjson {

// A quote, invoice or credit note as a script describes it (docs/cli.md, `invoices issue`):
// who it is for, what it says where it differs from the contact's defaults, and its lines.
// Everything optional stays as the draft for the contact has it.
struct DocumentDescription
{
    Q_DECLARE_TR_FUNCTIONS(DocumentDescription)

public:
    domain::DocumentType type = domain::DocumentType::Invoice;
    QString contact; // the contact's id or uid, as `contacts list` shows them
    std::optional<QDate> issueDate; // today when absent
    std::optional<QDate> dueDate;
    std::optional<QDate> deliveryDate;
    std::optional<QDate> validUntil; // quotes
    QString corrects; // credit notes: the number of the invoice they correct

    std::optional<QString> language;
    std::optional<domain::Currency> currency;
    std::optional<domain::ExchangeRate> exchangeRate;
    std::optional<int> paymentTermsDays;
    std::optional<QString> paymentTerms;
    std::optional<QString> buyerReference;
    std::optional<QString> orderReference;
    std::optional<QString> notes;
    std::optional<domain::Decimal> discountPercent;

    // Absent lines: a credit note repeats its invoice's lines; anything else needs some.
    std::optional<QList<domain::DocumentLine>> lines;
    // Charges keep their amount as text until the document's currency is known.
    struct Charge
    {
        QString amount;
        domain::VatCategory vatCategory = domain::VatCategory::StandardRate;
        domain::VatRate vatRate = domain::VatRate::fromBasisPoints(2100);
        QString reason;
        QString reasonCode;
    };
    QList<Charge> charges;
    QList<domain::DocumentVatExemption> exemptions;

    // Lays what was described over `draft` (a fresh draft for the contact): the header fields
    // given, the lines, charges and exemptions. A charge whose amount has more decimals than
    // the document's currency is refused (Validation, field "charges[N].amount").
    [[nodiscard]] Result<void> applyTo(domain::Document& draft) const;
};

} // namespace kasboek::exchange::documentjson
