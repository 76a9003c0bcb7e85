#pragma once

#include "Error.h"
#include "domain/documents/Document.h"

#include <QCoreApplication>
#include <QList>

namespace kasboek::storage {

// The rules every document meets before DocumentRepository stores it, draft or issued, and
// its canonical form. They are about what can be stored and read back as it was meant, not
// about whether the document may be issued (that is domain::InvoiceRequirements): a draft may
// still lack lines, a customer's address or a line's name. Errors are ErrorCode::Validation
// with Error::field the Document member ("language", "lines[2].vatRate",
// "attachments[0].fileName"; indexes count from 0).
//
// The rules:
// - contactId set; language nl, fr, en or de; paymentTermsDays 0 to 365;
// - exchangeRate only for a currency other than the euro;
// - paymentReference as its kind says: none without text, a valid structured communication
//   (stored as its 12 digits), a valid RF creditor reference, or plain text of at most 140
//   characters;
// - discounts (document and line) above 0 and at most 100 %; 0 % means none;
// - dates in the years 1900 to 9999; dueDate and validUntil not before issueDate;
// - validUntil only on quotes, the corrected invoice only on credit notes, the source quote
//   only on invoices, a series only on sales documents;
// - totals in the document's currency, totalInclusive = totalExclusive + totalVat;
// - lines: at most maxLines; unit price not negative (BR-27); a unit code Kasboek knows (any
//   one to three letters or digits on a supplier's document); a VAT rate that fits the
//   category;
// - charges: a positive amount in the document's currency, a reason or reason code, a rate
//   that fits the category;
// - exemptions: only for categories without VAT (E, AE, K, G, O), once each, with a code or text;
// - attachments: at most maxAttachments, each a plain file name (no folders), a MIME type
//   ("application/pdf") and 1 byte to maxAttachmentBytes of content.
// Text is tidied as the contact form tidies it: one-line fields trimmed with inner white
// space collapsed, notes only trimmed.
class DocumentValidator final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentValidator)
public:
    static constexpr qsizetype maxLines = 10'000;
    static constexpr qsizetype maxCharges = 100;
    static constexpr qsizetype maxAttachments = 20;
    static constexpr qsizetype maxAttachmentBytes = 10 * 1024 * 1024;
    static constexpr qsizetype maxPlainReferenceLength = 140;

    DocumentValidator() = delete;

    // Every problem, in the order of the document's fields; empty when it may be stored.
    [[nodiscard]] static QList<Error> validate(const domain::Document& document);
    // The document in canonical form, or its first problem.
    [[nodiscard]] static Result<domain::Document> normalised(const domain::Document& document);
    // One attachment in canonical form; `index` names it in the error's field.
    [[nodiscard]] static Result<domain::DocumentAttachment>
    normalised(const domain::DocumentAttachment& attachment, qsizetype index);

private:
    static domain::Document normalise(const domain::Document& document, QList<Error>& problems);
    static void normaliseLines(domain::Document& document, QList<Error>& problems);
    static void normaliseChargesAndExemptions(domain::Document& document, QList<Error>& problems);
    static domain::DocumentAttachment normaliseAttachment(const domain::DocumentAttachment& attachment,
                                                          qsizetype index, QList<Error>& problems);
};

} // namespace kasboek::storage
