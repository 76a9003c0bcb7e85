#pragma once

#include "domain/documents/DocumentType.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace kasboek::storage {

// Which documents DocumentRepository::list() and count() return, in which order, and which
// page of them: the document lists of the UI, the CLI's `list`, a contact's history, the
// credit notes of an invoice.
struct DocumentQuery
{
    enum class SortColumn { IssueDate, Number, Counterparty, DueDate, TotalInclusive, CreatedAt };

    QList<domain::DocumentType> types; // empty: every type
    std::optional<domain::DocumentStatus> status;
    std::optional<qint64> contactId;
    // Issue dates from `from` to `to`, both included; an invalid date leaves that end open.
    // Drafts have no issue date: a range leaves them out.
    QDate from;
    QDate to;
    // Matched, as a substring, against the number and the counterparty's name (the buyer of a
    // sales document, the supplier of a purchase). Case-insensitive for ASCII letters only.
    QString search;
    std::optional<qint64> correctedDocumentId; // the credit notes of this invoice
    std::optional<qint64> sourceQuoteId; // the invoices made from this quote
    SortColumn sortBy = SortColumn::IssueDate; // ties are broken by id, so pages never overlap
    Qt::SortOrder order = Qt::DescendingOrder;
    qint64 offset = 0; // rows to skip; not negative
    qint64 limit = -1; // rows to return at most; negative for all
};

} // namespace kasboek::storage
