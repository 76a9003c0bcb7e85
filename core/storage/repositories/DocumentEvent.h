#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace kasboek::storage {

// What happened to an issued document. Sent: any sales document went to the customer (again).
// The rest are a quote's outcome: accepted or declined by the customer, converted into an
// invoice, cancelled (withdrawn) by the freelancer.
enum class DocumentEventKind { Sent, Accepted, Declined, Converted, Cancelled };

// One fact in document_events: append-only, never changed or removed (the database refuses).
struct DocumentEvent
{
    qint64 id = 0; // row id; 0 until stored
    QUuid uid; // assigned on append when null
    qint64 documentId = 0;
    DocumentEventKind kind = DocumentEventKind::Sent;
    QDate date; // when it happened, as the user says; not before the issue date
    QString note; // optional; may hold personal data
    QDateTime createdAt; // UTC, set by the repository

    friend bool operator==(const DocumentEvent&, const DocumentEvent&) = default;
};

} // namespace kasboek::storage
