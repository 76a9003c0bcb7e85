#pragma once

#include "Error.h"
#include "UblDocumentContext.h"
#include "UblXmlWriter.h"

#include <QCoreApplication>

namespace kasboek::exchange::ubl {

// Writes one InvoiceLine or CreditNoteLine (BG-25): quantity and unit, the net amount the
// calculation gave, the buyer's accounting reference, the line discount as an allowance with
// its percentage and base, the item with its VAT category, and the net unit price.
class UblLineWriter final
{
    Q_DECLARE_TR_FUNCTIONS(UblLineWriter)
public:
    UblLineWriter() = delete;

    // Checks what Peppol requires of a line (a name, a unit) before anything is written.
    [[nodiscard]] static Result<void> check(const domain::DocumentLine& line, qsizetype index);
    [[nodiscard]] static Result<void> write(UblXmlWriter& xml, const UblDocumentContext& context,
                                            qsizetype index);
};

} // namespace kasboek::exchange::ubl
