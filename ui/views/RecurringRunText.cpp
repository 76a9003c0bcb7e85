#include "views/RecurringRunText.h"

#include <QLocale>
#include <QStringList>

namespace kasboek::ui {

QString RecurringRunText::describe(const Result<books::RecurringRun>& run)
{
    if (!run)
        return tr("The recurring invoices could not be checked: %1").arg(run.error().message);

    QStringList issuedNumbers;
    int drafts = 0;
    for (const books::RecurringOccurrence& made : run->made) {
        if (made.issued)
            issuedNumbers.append(made.number);
        else
            ++drafts;
    }

    QStringList sentences;
    if (!issuedNumbers.isEmpty())
        sentences.append(tr("Issued %n recurring invoice(s): %1.", nullptr, int(issuedNumbers.size()))
                             .arg(QLocale().createSeparatedList(issuedNumbers)));
    if (drafts > 0)
        sentences.append(
            tr("Made %n recurring invoice draft(s) for you to check and issue.", nullptr, drafts));
    if (!run->failed.isEmpty()) {
        // The first reason is the one to act on: later occurrences of a template wait for it.
        const books::RecurringFailure& first = run->failed.constFirst();
        sentences.append(tr("%n recurring invoice(s) could not be made (%1); opening the file tries again.",
                            nullptr, int(run->failed.size()))
                             .arg(first.error.message));
    }
    return sentences.join(QLatin1Char(' '));
}

} // namespace kasboek::ui
