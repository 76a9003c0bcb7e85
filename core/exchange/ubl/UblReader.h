#pragma once

#include "Error.h"
#include "UblReaderLimits.h"
#include "domain/documents/Document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace kasboek::exchange::ubl {

// What UblReader makes of a supplier's file: the purchase document and what the user should
// know about it (a CIUS other than Peppol, an attachment left out, an identifier that did not
// pass its check, an exchange rate still to enter). Warnings are translated sentences.
struct UblImport
{
    domain::Document document;
    QStringList warnings;
};

// Reads a supplier's Peppol BIS Billing 3.0 (or other EN 16931) UBL 2.1 Invoice or CreditNote
// into a PurchaseInvoice or PurchaseCreditNote: seller = the supplier, buyer = the recipient.
// The file is hostile until proven otherwise: no DTD, capped sizes (UblReaderLimits), strict
// types, and every stated amount must equal what DocumentCalculation computes from the lines,
// allowances and charges. Any failure is an ErrorCode::Validation naming the element (XPath and
// business term in Error::field, "line L, column C" in Error::detail) and nothing is imported.
//
// The document comes back as a draft without id or uid: the caller stores it. Stateless and
// thread-safe.
class UblReader final
{
    Q_DECLARE_TR_FUNCTIONS(UblReader)
public:
    UblReader() = delete;

    [[nodiscard]] static Result<UblImport> read(const QByteArray& xml, const UblReaderLimits& limits = {});
};

} // namespace kasboek::exchange::ubl
