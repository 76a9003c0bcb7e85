#pragma once

#include "Error.h"
#include "RowImage.h"
#include "domain/documents/Document.h"

#include <QByteArray>

namespace kasboek::storage {

class Statement;

// A documents row and its Document: the header with both party snapshots and the stored
// totals, without lines, charges, exemptions or attachments (DocumentChildren). Internal to
// DocumentRepository.
class DocumentRow final
{
public:
    DocumentRow() = delete;

    // "SELECT <every column> FROM documents": the columns fromRow() reads, in its order.
    [[nodiscard]] static const QByteArray& select();
    // Every column but id, as written: empty text as NULL, absent options as NULL.
    [[nodiscard]] static RowImage toRow(const domain::Document& document);
    [[nodiscard]] static Result<domain::Document> fromRow(const Statement& row);

    // Stored dates: "2026-03-01", or NULL.
    [[nodiscard]] static QString date(QDate date);
    [[nodiscard]] static QDate parseDate(const QString& text);
    // An integer column that may be NULL: RowImage holds a null QVariant for it.
    static void optionalInteger(RowImage& row, const char* column, std::optional<qint64> value);
};

} // namespace kasboek::storage
