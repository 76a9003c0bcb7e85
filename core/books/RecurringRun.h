#pragma once

#include "RecurringFailure.h"
#include "RecurringOccurrence.h"

#include <QList>

namespace kasboek::books {

// What RecurringInvoices::runDue() did: the invoices it made, in the order it made them
// (date order), and the occurrences that failed and will be tried again on the next run.
struct RecurringRun
{
    QList<RecurringOccurrence> made;
    QList<RecurringFailure> failed;
};

} // namespace kasboek::books
