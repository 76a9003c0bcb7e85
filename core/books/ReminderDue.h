#pragma once

#include "domain/Money.h"
#include "domain/documents/ReminderPolicy.h"

#include <QDate>
#include <QString>

namespace kasboek::books {

// An overdue invoice that is due for its next reminder, with what that reminder would claim.
struct ReminderDue
{
    qint64 invoiceId = 0;
    QString number;
    qint64 contactId = 0;
    QString customerName;
    QDate dueDate;
    domain::ReminderLevel level = domain::ReminderLevel::First;
    domain::Money outstanding;
    domain::LatePaymentCharges charges;

    friend bool operator==(const ReminderDue&, const ReminderDue&) = default;
};

} // namespace kasboek::books
