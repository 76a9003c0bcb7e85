#pragma once

#include "domain/Money.h"
#include "domain/documents/DocumentType.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>
#include <optional>

namespace kasboek::storage {

// One row of a document list: what a list shows without loading lines, parties or files.
// Amounts are in the document's currency; for a draft the totals are those of its last save.
struct DocumentSummary
{
    qint64 id = 0;
    QUuid uid;
    domain::DocumentType type = domain::DocumentType::Invoice;
    domain::DocumentStatus status = domain::DocumentStatus::Draft;
    QString number; // empty for a sales draft
    std::optional<qint64> seriesId;
    QDate issueDate; // invalid for a sales draft
    QDate dueDate;
    std::optional<QDate> validUntil; // quotes
    qint64 contactId = 0;
    QString counterpartyName; // the buyer of a sales document, the supplier of a purchase
    domain::Money totalExclusive;
    domain::Money totalVat;
    domain::Money totalInclusive;
    domain::Money paid; // the sum of its payments
    std::optional<qint64> correctedDocumentId;
    std::optional<qint64> sourceQuoteId;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime issuedAt;

    friend bool operator==(const DocumentSummary&, const DocumentSummary&) = default;
};

} // namespace kasboek::storage
