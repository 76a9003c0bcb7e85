#pragma once

#include "DocumentDescription.h"
#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>

namespace kasboek::exchange::documentjson {

// Reads the JSON description of a sales document (docs/cli.md, `invoices issue`). Input
// from a script is hostile: anything but the documented object is refused with Validation,
// the field being the JSON path ("lines[1].unit_price") and the message saying what is
// wrong. Unknown keys are refused too, so that a typo never silently drops a field.
// Amounts, quantities and rates are decimal strings ("75.00") or JSON numbers; strings are
// exact, numbers are read as the shortest decimal they print as.
class DocumentDescriptionReader final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentDescriptionReader)
public:
    // A larger description is not an invoice: refused before parsing.
    static constexpr qsizetype maxBytes = 4 * 1024 * 1024;

    DocumentDescriptionReader() = delete;

    [[nodiscard]] static Result<DocumentDescription> read(const QByteArray& json);
};

} // namespace kasboek::exchange::documentjson
