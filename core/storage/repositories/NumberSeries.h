#pragma once

#include "domain/documents/DocumentType.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace kasboek::storage {

// A numbering series of sales documents, as the number_series table stores it: which type it
// numbers and the pattern of its numbers (see NumberPattern). Each sales type has one default
// series, the one a draft is issued in unless it names another; a new file starts with
// "{year}-{seq:4}" for invoices, "CN{year}-{seq:4}" for credit notes and "Q{year}-{seq:4}" for
// quotes.
struct NumberSeries
{
    qint64 id = 0; // row id; 0 until stored
    QUuid uid; // assigned on insert when null
    domain::DocumentType documentType = domain::DocumentType::Invoice; // a sales type
    QString name; // the user's label; may be empty
    QString pattern = QStringLiteral("{year}-{seq:4}");
    bool isDefault = false;
    bool archived = false; // no longer offered; its documents keep it
    QDateTime createdAt; // UTC, set by the repository
    QDateTime updatedAt; // UTC, set by the repository on every real change

    friend bool operator==(const NumberSeries&, const NumberSeries&) = default;
};

} // namespace kasboek::storage
