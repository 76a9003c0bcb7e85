#pragma once

#include "DocumentEvent.h"
#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QStringView>

namespace kasboek::storage {

class Database;
class UnitOfWork;

// The lifecycle facts of issued documents (document_events). Append-only: there is no update
// or remove, and the database refuses both. append() validates first and writes nothing when
// the event is invalid, assigns the uid (unless the event brings one) and createdAt, and
// records one Insert ChangeRecord.
//
// append() refuses (field named): a date that is not a date or lies before the document's
// issue date ("date"); a kind the document's type does not have ("kind": sent for sales
// documents only, accepted, declined, converted and cancelled for quotes only); a note over
// 1000 characters ("note"). The document must exist (NotFound) and be issued (Conflict, field
// "documentId"). Whether the event makes sense after the ones before it (a declined quote
// accepted) is the invoicing service's to decide.
class DocumentEventRepository final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentEventRepository)
public:
    explicit DocumentEventRepository(Database& database);

    // Stored codes: "sent", "accepted", "declined", "converted", "cancelled".
    [[nodiscard]] static QString code(DocumentEventKind kind);
    [[nodiscard]] static Result<DocumentEventKind> kindFromCode(QStringView code);

    [[nodiscard]] Result<DocumentEvent> find(qint64 id) const;
    // A document's events in the order they happened (date, then the order they were recorded).
    [[nodiscard]] Result<QList<DocumentEvent>> forDocument(qint64 documentId) const;

    [[nodiscard]] Result<DocumentEvent> append(UnitOfWork& work, const DocumentEvent& event);

private:
    [[nodiscard]] Result<QList<DocumentEvent>> select(const char* condition, qint64 value) const;

    Database& m_database;
};

} // namespace kasboek::storage
