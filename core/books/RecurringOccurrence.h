#pragma once

#include <QDate>
#include <QString>

namespace kasboek::books {

// One invoice a recurring template made: for which occurrence, and whether it was issued
// (then with its number) or left as a draft for the user to check.
struct RecurringOccurrence
{
    qint64 templateId = 0;
    QDate date; // the occurrence: the invoice's issue date, or the draft's intended one
    qint64 documentId = 0;
    bool issued = false;
    QString number; // empty for a draft

    friend bool operator==(const RecurringOccurrence&, const RecurringOccurrence&) = default;
};

} // namespace kasboek::books
