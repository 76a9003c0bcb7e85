#pragma once

#include <QString>
#include <QtGlobal>

namespace kasboek::storage {

// Which products ProductRepository::list() and count() return, in which order, and which page
// of them: the products list in the UI, the invoice line's product picker and the CLI.
struct ProductQuery
{
    enum class Archived { Exclude, Include, Only };
    enum class SortColumn { Name, Code, UnitPrice, CreatedAt, UpdatedAt };

    // Matched, as a substring, against code, name and description; case-insensitive for ASCII
    // letters only (SQLite's LIKE).
    QString search;
    Archived archived = Archived::Exclude;
    SortColumn sortBy = SortColumn::Name; // ties are broken by id, so pages never overlap
    Qt::SortOrder order = Qt::AscendingOrder;
    qint64 offset = 0; // rows to skip; not negative
    qint64 limit = -1; // rows to return at most; negative for all
};

} // namespace kasboek::storage
