#pragma once

#include "DocumentQuery.h"
#include "DocumentSummary.h"
#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace kasboek::storage {

class Database;

// The document lists: DocumentQuery turned into one SELECT over documents (with the sum of
// each document's payments from its index), rows turned into DocumentSummary. Internal to
// DocumentRepository.
class DocumentSummaries final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSummaries)
public:
    DocumentSummaries() = delete;

    [[nodiscard]] static Result<QList<DocumentSummary>> list(Database& database, const DocumentQuery& query);
    [[nodiscard]] static Result<qint64> count(Database& database, const DocumentQuery& query);
    [[nodiscard]] static Result<DocumentSummary> find(Database& database, qint64 id);
    // SQLite's plan for list(query), one line per step (EXPLAIN QUERY PLAN): what the tests
    // read to keep every sorted list on an index (no "USE TEMP B-TREE FOR ORDER BY").
    [[nodiscard]] static Result<QStringList> listPlan(Database& database, const DocumentQuery& query);
};

} // namespace kasboek::storage
