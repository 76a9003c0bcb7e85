#pragma once

#include "Error.h"
#include "RowImage.h"

#include <QCoreApplication>
#include <QString>

namespace kasboek::storage {

class UnitOfWork;

// Writes rows of one table inside a unit of work and reports each one with
// UnitOfWork::record(), so no repository write can forget its ChangeRecord. The SQL is built
// from the table's and RowImage's column names, which are fixed in the repositories' code;
// every value is bound. Internal to the repositories.
class TableWriter final
{
    Q_DECLARE_TR_FUNCTIONS(TableWriter)
public:
    // `table` must outlive the writer (a string literal).
    TableWriter(UnitOfWork& work, const char* table);

    // Inserts every column of `row`; returns the new row id. Recorded as an Insert whose
    // `after` holds every column.
    [[nodiscard]] Result<qint64> insert(const QString& uid, const RowImage& row);

    // Writes the columns that differ between the two images, updated_at with them. When only
    // updated_at differs nothing is written or recorded, and the result is false: saving an
    // unchanged form is not a change. Recorded as an Update with the changed columns only.
    [[nodiscard]] Result<bool> update(qint64 id, const QString& uid, const RowImage& before,
                                      const RowImage& after);

    // Deletes the row; recorded as a Delete whose `before` holds every column.
    [[nodiscard]] Result<void> remove(qint64 id, const QString& uid, const RowImage& before);

private:
    [[nodiscard]] Result<void> checkOneRowChanged(qint64 id) const;

    UnitOfWork& m_work;
    const char* m_table;
};

} // namespace kasboek::storage
