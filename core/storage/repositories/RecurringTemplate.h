#pragma once

#include "domain/documents/Document.h"
#include "domain/documents/RecurrenceSchedule.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>
#include <optional>

namespace kasboek::storage {

// A recurring invoice as the recurring_templates table stores it: the invoice to make again
// (`content`: a draft invoice for `contactId` whose lines, charges, exemptions, references,
// notes, discount, currency and terms are copied into every occurrence; its id, number,
// dates and parties are not kept) and the schedule that says when.
struct RecurringTemplate
{
    qint64 id = 0; // row id; 0 until stored
    QUuid uid; // assigned on insert when null
    qint64 contactId = 0;
    QString label; // e.g. "Hosting": with the period, the note on each invoice; optional
    domain::Document content;
    domain::RecurrenceFrequency frequency = domain::RecurrenceFrequency::Monthly;
    QDate startDate;
    std::optional<QDate> endDate;
    bool issueAutomatically = false; // issue each occurrence on its date, or leave a draft
    std::optional<QDate> lastMadeOn; // the last occurrence made; none yet: std::nullopt
    bool active = true; // a paused template makes nothing
    QDateTime createdAt; // UTC, set by the repository
    QDateTime updatedAt;

    friend bool operator==(const RecurringTemplate&, const RecurringTemplate&) = default;
};

} // namespace kasboek::storage
