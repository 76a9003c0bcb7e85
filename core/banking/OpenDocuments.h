#pragma once

#include "Error.h"
#include "OpenDocument.h"

#include <QList>

namespace kasboek::storage {
class Database;
} // namespace kasboek::storage

namespace kasboek::banking {

// Every issued document money is still expected to move for, read in two queries (however many
// documents the file holds), for the bank matching:
// - an invoice (a customer's or a supplier's) whose payments and credit notes leave some of it
//   due;
// - a credit note whose refund is due: one that corrects no invoice, less what was refunded of
//   it; and, for an invoice its credit notes take below zero (it was paid, then credited), the
//   difference, as a refund of its latest credit note, less what was refunded of its credit
//   notes.
class OpenDocuments final
{
public:
    OpenDocuments() = delete;

    [[nodiscard]] static Result<QList<OpenDocument>> load(storage::Database& database);
};

} // namespace kasboek::banking
