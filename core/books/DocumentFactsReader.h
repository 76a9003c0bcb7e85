#pragma once

#include "DocumentFacts.h"
#include "Error.h"

namespace kasboek::storage {
class Database;
}

namespace kasboek::books {

// Reads what DocumentState needs about one document from the company file: the document's
// summary, its events and payments, and the credit notes that settle it (for an invoice) or
// the invoice it settles (for a credit note). A handful of indexed queries; no lines or files.
class DocumentFactsReader final
{
public:
    DocumentFactsReader() = delete;

    [[nodiscard]] static Result<DocumentFacts> read(storage::Database& database, qint64 documentId);
};

} // namespace kasboek::books
