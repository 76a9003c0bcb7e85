#pragma once

#include "domain/DocumentTotals.h"
#include "domain/DocumentTotalsInput.h"
#include "domain/documents/Document.h"

#include <QString>

namespace kasboek::exchange::ubl {

// What the parts of the UBL writer share while they write one document: the document, its
// EN16931 totals and the calculator's input they came from (for the allowances' reasons), all
// computed once by UblWriter so that every amount in the file comes from the same calculation.
struct UblDocumentContext
{
    const domain::Document& document;
    domain::DocumentTotalsInput totalsInput;
    domain::DocumentTotals totals;
    QString discountReason; // in the document's language
    bool creditNote = false;
};

} // namespace kasboek::exchange::ubl
