#pragma once

#include "Error.h"

#include <QDate>

namespace kasboek::books {

// An occurrence a recurring template could not make (its customer's data is incomplete, an
// invoice was issued by hand with a later date, ...). Nothing of it was stored, and the
// template's later occurrences wait until it succeeds: invoices are made in date order.
struct RecurringFailure
{
    qint64 templateId = 0;
    QDate date;
    Error error;
};

} // namespace kasboek::books
