#include "EpcQrPayload.h"

#include "domain/Bic.h"
#include "domain/CreditorReference.h"
#include "domain/Iban.h"
#include "domain/StructuredCommunication.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace kasboek::render {

namespace {

// Code points, not UTF-16 units: the standard counts characters.
qsizetype characterCount(const QString& text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate())
            ++count;
    }
    return count;
}

bool hasControlCharacter(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

// "EUR1", "EUR12.3", "EUR123.45": the shortest form, as in the standard's own examples.
QString amountField(const domain::Money& amount)
{
    const qint64 cents = amount.minorUnits();
    QString text = u"EUR"_s + QString::number(cents / 100);
    const qint64 fraction = cents % 100;
    if (fraction == 0)
        return text;
    if (fraction % 10 == 0)
        return text + u'.' + QString::number(fraction / 10);
    return text + u'.' + QString::number(fraction).rightJustified(2, u'0');
}

bool isPurposeCode(const QString& code)
{
    if (code.size() != 4)
        return false;
    for (const QChar c : code) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            return false;
    }
    return true;
}

} // namespace

Result<QByteArray> EpcQrPayload::build(const EpcCreditTransfer& transfer)
{
    if (transfer.version != 1 && transfer.version != 2)
        return fail(ErrorCode::Validation, tr("An EPC QR code is of version 1 or 2."), u"version"_s);

    QString bic;
    if (!transfer.bic.trimmed().isEmpty()) {
        const auto parsed = domain::Bic::parse(transfer.bic);
        if (!parsed)
            return fail(ErrorCode::Validation, parsed.error().message, u"bic"_s, parsed.error().detail);
        bic = parsed->toString();
    } else if (transfer.version == 1) {
        return fail(ErrorCode::Validation, tr("A version 1 EPC QR code needs the BIC of the payee's bank."),
                    u"bic"_s);
    }

    const QString name = transfer.payeeName.trimmed();
    if (name.isEmpty())
        return fail(ErrorCode::Validation, tr("The payee's name is missing."), u"payeeName"_s);
    if (characterCount(name) > MaxNameLength)
        return fail(ErrorCode::Validation,
                    tr("The payee's name has more than %1 characters, the most a payment QR code carries.")
                        .arg(MaxNameLength),
                    u"payeeName"_s);
    if (hasControlCharacter(name))
        return fail(ErrorCode::Validation, tr("The payee's name must be on one line."), u"payeeName"_s);

    if (transfer.iban.trimmed().isEmpty())
        return fail(ErrorCode::Validation, tr("The payee's IBAN is missing."), u"iban"_s);
    const auto iban = domain::Iban::parse(transfer.iban);
    if (!iban)
        return fail(ErrorCode::Validation, iban.error().message, u"iban"_s, iban.error().detail);
    if (!iban->isSepa())
        return fail(ErrorCode::Validation,
                    tr("A payment QR code is for SEPA transfers; this IBAN is outside SEPA."), u"iban"_s);

    QString amount;
    if (transfer.amount) {
        if (transfer.amount->currency() != domain::Currency::eur())
            return fail(ErrorCode::Validation, tr("A payment QR code can only ask for an amount in euro."),
                        u"amount"_s);
        const qint64 cents = transfer.amount->minorUnits();
        if (cents < MinAmountCents || cents > MaxAmountCents)
            return fail(ErrorCode::Validation, tr("A payment QR code asks for 0.01 to 999,999,999.99 euro."),
                        u"amount"_s);
        amount = amountField(*transfer.amount);
    }

    const QString purpose = transfer.purpose.trimmed();
    if (!purpose.isEmpty() && !isPurposeCode(purpose))
        return fail(ErrorCode::Validation,
                    tr("A purpose code has four capital letters or digits, such as GDDS."), u"purpose"_s);

    QString structured;
    const QString structuredInput = transfer.structuredReference.trimmed();
    const QString unstructured = transfer.unstructuredText.trimmed();
    if (!structuredInput.isEmpty()) {
        if (!unstructured.isEmpty())
            return fail(ErrorCode::Validation,
                        tr("A payment QR code carries a structured reference or a free text, not both."),
                        u"unstructuredText"_s);
        if (structuredInput.startsWith(u"RF"_s, Qt::CaseInsensitive)) {
            const auto rf = domain::CreditorReference::parse(structuredInput);
            if (!rf)
                return fail(ErrorCode::Validation, rf.error().message, u"structuredReference"_s,
                            rf.error().detail);
            structured = rf->toString();
        } else {
            const auto ogm = domain::StructuredCommunication::parse(structuredInput);
            if (!ogm)
                return fail(ErrorCode::Validation, ogm.error().message, u"structuredReference"_s,
                            ogm.error().detail);
            structured = ogm->digits();
        }
    }
    if (characterCount(unstructured) > MaxUnstructuredLength)
        return fail(ErrorCode::Validation,
                    tr("The payment text has more than %1 characters, the most a payment QR code carries.")
                        .arg(MaxUnstructuredLength),
                    u"unstructuredText"_s);
    if (hasControlCharacter(unstructured))
        return fail(ErrorCode::Validation, tr("The payment text must be on one line."),
                    u"unstructuredText"_s);

    const QString information = transfer.information.trimmed();
    if (characterCount(information) > MaxInformationLength)
        return fail(ErrorCode::Validation,
                    tr("The note to the payer has more than %1 characters.").arg(MaxInformationLength),
                    u"information"_s);
    if (hasControlCharacter(information))
        return fail(ErrorCode::Validation, tr("The note to the payer must be on one line."),
                    u"information"_s);

    QStringList fields { u"BCD"_s,   transfer.version == 1 ? u"001"_s : u"002"_s,
                         u"1"_s, // UTF-8
                         u"SCT"_s,   bic,
                         name,       iban->toString(),
                         amount,     purpose,
                         structured, unstructured,
                         information };
    while (fields.last().isEmpty())
        fields.removeLast();
    QByteArray payload = fields.join(u'\n').toUtf8();
    if (payload.size() > MaxBytes)
        return fail(ErrorCode::Validation,
                    tr("The payment details are too long for a payment QR code (%1 bytes, at most %2).")
                        .arg(payload.size())
                        .arg(MaxBytes),
                    u"unstructuredText"_s);
    return payload;
}

Result<EpcCreditTransfer> EpcQrPayload::transferFor(const domain::Document& document,
                                                    const domain::Money& amountDue)
{
    if (document.currency != domain::Currency::eur() || amountDue.currency() != domain::Currency::eur())
        return fail(ErrorCode::Validation, tr("A payment QR code is only for documents in euro."),
                    u"currency"_s);
    if (document.seller.iban.trimmed().isEmpty())
        return fail(ErrorCode::Validation,
                    tr("The company has no IBAN, so the document cannot carry a payment QR code."),
                    u"iban"_s);

    EpcCreditTransfer transfer;
    transfer.version = 2;
    transfer.bic = document.seller.bic;
    transfer.payeeName = document.seller.name;
    transfer.iban = document.seller.iban;
    transfer.amount = amountDue;
    switch (document.paymentReferenceKind) {
    case domain::PaymentReferenceKind::Structured:
    case domain::PaymentReferenceKind::Creditor:
        transfer.structuredReference = document.paymentReference;
        break;
    case domain::PaymentReferenceKind::Plain:
        transfer.unstructuredText = document.paymentReference;
        break;
    case domain::PaymentReferenceKind::None:
        transfer.unstructuredText = document.number;
        break;
    }
    return transfer;
}

Result<QByteArray> EpcQrPayload::forDocument(const domain::Document& document, const domain::Money& amountDue)
{
    const auto transfer = transferFor(document, amountDue);
    if (!transfer)
        return std::unexpected(transfer.error());
    return build(*transfer);
}

} // namespace kasboek::render
