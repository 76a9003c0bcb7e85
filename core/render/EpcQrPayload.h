#pragma once

#include "Error.h"
#include "domain/Money.h"
#include "domain/documents/Document.h"
#include "render/EpcCreditTransfer.h"

#include <QByteArray>
#include <QCoreApplication>

namespace kasboek::render {

// The text inside an EPC QR code ("GiroCode", EPC069-12): twelve LF-separated fields in UTF-8,
// service tag BCD, identification SCT, at most 331 bytes. Banking apps in Belgium, the
// Netherlands, Germany and Austria read it to pre-fill a SEPA credit transfer, so every field
// is checked here: a wrong code on a printed invoice would send money astray or be refused.
// Stateless; call from any thread.
class EpcQrPayload final
{
    Q_DECLARE_TR_FUNCTIONS(EpcQrPayload)
public:
    static constexpr int MaxBytes = 331;
    static constexpr int MaxNameLength = 70;
    static constexpr int MaxUnstructuredLength = 140;
    static constexpr int MaxStructuredLength = 35;
    static constexpr int MaxInformationLength = 70;
    static constexpr qint64 MinAmountCents = 1;
    static constexpr qint64 MaxAmountCents = 99'999'999'999; // 999 999 999.99

    EpcQrPayload() = delete;

    // The payload, fields in the order of the standard, trailing empty fields dropped.
    // Failure: ErrorCode::Validation with Error::field naming the transfer field ("iban",
    // "payeeName", "amount", "bic", "purpose", "structuredReference", "unstructuredText",
    // "information", "version").
    [[nodiscard]] static Result<QByteArray> build(const EpcCreditTransfer& transfer);

    // The transfer that pays `amountDue` of a sales document to its seller: version 002, the
    // seller's name, IBAN and BIC, and the document's payment reference (an OGM or RF
    // reference as structured remittance, plain text as unstructured; without one, the
    // document number). Fails with Validation when the document is not in euro ("currency")
    // or the seller has no IBAN ("iban").
    [[nodiscard]] static Result<EpcCreditTransfer> transferFor(const domain::Document& document,
                                                               const domain::Money& amountDue);
    // build(transferFor(document, amountDue)).
    [[nodiscard]] static Result<QByteArray> forDocument(const domain::Document& document,
                                                        const domain::Money& amountDue);
};

} // namespace kasboek::render
