#pragma once

#include "domain/Money.h"
#include "domain/documents/ReminderPolicy.h"

#include <QDate>
#include <QDateTime>
#include <QUuid>
#include <optional>

namespace kasboek::storage {

// A payment reminder sent for an issued sales invoice, as the reminders table keeps it: what
// the letter claimed on its date. Append-only: never changed or removed once stored. All
// amounts are in the invoice's currency (the fixed compensation is only claimed in the
// books' own currency, so it is zero otherwise).
struct Reminder
{
    qint64 id = 0; // row id; 0 until stored
    QUuid uid; // assigned on insert when null
    qint64 documentId = 0;
    domain::ReminderLevel level = domain::ReminderLevel::First;
    QDate date;
    domain::Money outstanding;
    domain::Money interest;
    domain::Money compensation;
    int daysLate = 0;
    // The annual interest rate (basis points) `interest` was computed at; 0 without interest.
    // Unknown for reminders stored before schema version 4.
    std::optional<int> annualInterestBasisPoints;
    QDateTime createdAt; // UTC, set by the repository

    friend bool operator==(const Reminder&, const Reminder&) = default;
};

} // namespace kasboek::storage
