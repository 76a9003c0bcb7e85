#pragma once

#include "Error.h"
#include "domain/documents/Document.h"

#include <QCoreApplication>

namespace kasboek::storage {

class Database;
class UnitOfWork;

// The rows that belong to one document: document_lines, document_charges,
// document_exemptions and document_attachments, each in its list's order (position 1, 2, ...).
// Every write is recorded with UnitOfWork::record() like any other row; these tables have no
// uid of their own, so their ChangeRecords carry none and name the document by document_id.
// Internal to DocumentRepository.
class DocumentChildren final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentChildren)
public:
    DocumentChildren() = delete;

    // Fills the four lists of `document` (its id set) from the file. An attachment whose bytes
    // no longer match their SHA-256 is reported as a damaged file, never returned.
    [[nodiscard]] static Result<void> load(Database& database, domain::Document& document);

    // Replaces each list that differs from `stored` (ids aside) by the one in `next`: the old
    // rows are deleted and the new ones inserted. Returns whether anything was written.
    [[nodiscard]] static Result<bool> replace(UnitOfWork& work, const domain::Document& stored,
                                              const domain::Document& next);
    // Deletes every child row of `stored`.
    [[nodiscard]] static Result<void> removeAll(UnitOfWork& work, const domain::Document& stored);

    // Appends one attachment after the document's others; returns it with its id.
    [[nodiscard]] static Result<domain::DocumentAttachment>
    appendAttachment(UnitOfWork& work, qint64 documentId, const domain::DocumentAttachment& attachment);
};

} // namespace kasboek::storage
