#pragma once

#include "Error.h"
#include "domain/documents/Document.h"

#include <QCoreApplication>
#include <QString>

namespace kasboek::storage {

// The content of a recurring template as the JSON object in recurring_templates.content:
// the parts of an invoice that repeat (lines, charges, exemptions, currency, language,
// payment terms, references, notes, discount, series). Amounts, quantities, prices and
// rates are stored as the integers the documents tables use. Internal to
// RecurringTemplateRepository.
class RecurringTemplateContent final
{
    Q_DECLARE_TR_FUNCTIONS(RecurringTemplateContent)
public:
    RecurringTemplateContent() = delete;

    [[nodiscard]] static QString toJson(const domain::Document& content);
    // A draft invoice for `contactId` with the stored content. The text comes from a file:
    // anything malformed is CorruptFile, never a crash; what is well-formed but wrong (a
    // negative price) is left to the document validation every draft passes.
    [[nodiscard]] static Result<domain::Document> fromJson(const QString& json, qint64 contactId);
    // The template's content only: a document with the parts toJson() keeps.
    [[nodiscard]] static domain::Document contentOf(const domain::Document& document);
};

} // namespace kasboek::storage
