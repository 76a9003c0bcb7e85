#pragma once

#include "Error.h"
#include "domain/documents/Document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kasboek::exchange::ubl {

// Exports an issued invoice or credit note as a Peppol BIS Billing 3.0 document in UBL 2.1: an
// Invoice (380) or a CreditNote (381), UTF-8, elements in the order of the UBL schemas, every
// amount from one DocumentCalculation of the document (so the file says to the cent what the
// PDF and the books say), optionally with the PDF of the document embedded.
//
// Drafts and quotes are refused, and so is anything Peppol would reject that the document can
// be blamed for (no electronic address for a party, a credit note that names no invoice, ...):
// Validation errors naming the field. Stored totals that no longer match the lines are a
// Conflict. Stateless; call from any thread.
class UblWriter final
{
    Q_DECLARE_TR_FUNCTIONS(UblWriter)
public:
    UblWriter() = delete;

    [[nodiscard]] static Result<QByteArray> write(const domain::Document& document);
    // The same with the document's PDF embedded (BG-24, base64, application/pdf). An empty
    // file name becomes the document number with ".pdf"; empty `pdf` embeds nothing. The
    // document's own attachments are embedded in either case, after the PDF.
    [[nodiscard]] static Result<QByteArray> write(const domain::Document& document, const QByteArray& pdf,
                                                  const QString& pdfFileName = {});
};

} // namespace kasboek::exchange::ubl
