#pragma once

#include "Error.h"
#include "books/RecurringRun.h"

#include <QCoreApplication>
#include <QString>

namespace kasboek::ui {

// One short paragraph telling the user what opening the file did with the recurring
// invoices: which were issued (by number), how many drafts wait to be checked, and which
// could not be made and why (they are tried again the next time). Empty when nothing
// happened, so the page shows no notice at all.
class RecurringRunText final
{
    Q_DECLARE_TR_FUNCTIONS(RecurringRunText)
public:
    RecurringRunText() = delete;

    [[nodiscard]] static QString describe(const Result<books::RecurringRun>& run);
};

} // namespace kasboek::ui
