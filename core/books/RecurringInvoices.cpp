#include "RecurringInvoices.h"

#include "DocumentDrafts.h"
#include "DocumentIssuer.h"
#include "storage/CompanyFile.h"
#include "storage/UnitOfWork.h"
#include "storage/repositories/DocumentRepository.h"
#include "storage/repositories/RecurringTemplateRepository.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace kasboek::domain;
using kasboek::storage::RecurringTemplate;
using kasboek::storage::RecurringTemplateRepository;

namespace kasboek::books {

namespace {

struct Due
{
    QDate date;
    qsizetype index = 0; // into the templates list
};

} // namespace

RecurringInvoices::RecurringInvoices(storage::CompanyFile& file)
    : m_file(file)
{ }

Result<RecurringTemplate> RecurringInvoices::create(const Document& content,
                                                    const RecurrenceSchedule& schedule,
                                                    bool issueAutomatically, const QString& label)
{
    if (content.type != DocumentType::Invoice)
        return fail(ErrorCode::Validation, tr("Only invoices recur."), u"type"_s);
    RecurringTemplate recurring;
    recurring.contactId = content.contactId;
    recurring.label = label;
    recurring.content = content;
    recurring.frequency = schedule.frequency();
    recurring.startDate = schedule.start();
    recurring.endDate = schedule.end();
    recurring.issueAutomatically = issueAutomatically;
    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    auto stored = RecurringTemplateRepository(m_file.database()).insert(*work, recurring);
    if (!stored)
        return stored;
    if (auto done = work->commit(); !done)
        return std::unexpected(done.error());
    return stored;
}

Result<RecurringTemplate> RecurringInvoices::update(const RecurringTemplate& recurring)
{
    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    auto stored = RecurringTemplateRepository(m_file.database()).update(*work, recurring);
    if (!stored)
        return stored;
    if (auto done = work->commit(); !done)
        return std::unexpected(done.error());
    return stored;
}

Result<RecurringTemplate> RecurringInvoices::setActive(qint64 id, bool active)
{
    auto current = RecurringTemplateRepository(m_file.database()).find(id);
    if (!current)
        return current;
    current->active = active;
    return update(*current);
}

QString RecurringInvoices::periodText(RecurrenceFrequency frequency, QDate date, const QString& language)
{
    switch (frequency) {
    case RecurrenceFrequency::Monthly:
        return QLocale(language).standaloneMonthName(date.month()) + u' ' + QString::number(date.year());
    case RecurrenceFrequency::Quarterly:
        return u"Q%1 %2"_s.arg((date.month() - 1) / 3 + 1).arg(date.year());
    case RecurrenceFrequency::Yearly:
        return QString::number(date.year());
    }
    Q_UNREACHABLE();
    return {};
}

Result<RecurringOccurrence> RecurringInvoices::make(const RecurringTemplate& recurring, QDate date)
{
    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    storage::Database& database = work->database();
    auto draft = DocumentDrafts::forContact(database, DocumentType::Invoice, recurring.contactId);
    if (!draft)
        return std::unexpected(draft.error());
    const Document& c = recurring.content;
    draft->seriesId = c.seriesId;
    draft->language = c.language;
    draft->currency = c.currency;
    draft->paymentTermsDays = c.paymentTermsDays;
    draft->buyerReference = c.buyerReference;
    draft->orderReference = c.orderReference;
    draft->paymentTerms = c.paymentTerms;
    draft->discountPercent = c.discountPercent;
    draft->lines = c.lines;
    draft->charges = c.charges;
    draft->exemptions = c.exemptions;
    draft->notes = c.notes;
    if (!recurring.label.isEmpty()) {
        const QString period = recurring.label + u' ' + periodText(recurring.frequency, date, c.language);
        draft->notes = draft->notes.isEmpty() ? period : draft->notes + u'\n' + period;
    }
    draft->issueDate = date;
    draft->recurringTemplateId = recurring.id;
    if (auto parties = DocumentDrafts::refreshParties(database, *draft); !parties)
        return std::unexpected(parties.error());
    DocumentDrafts::refreshTotals(*draft);

    auto stored = storage::DocumentRepository(database).insertDraft(*work, *draft);
    if (!stored)
        return std::unexpected(stored.error());
    RecurringOccurrence made { recurring.id, date, stored->id, false, {} };
    if (recurring.issueAutomatically) {
        auto issued = DocumentIssuer::issue(*work, stored->id, date);
        if (!issued)
            return std::unexpected(issued.error());
        made.issued = true;
        made.number = issued->number;
    }
    RecurringTemplate advanced = recurring;
    advanced.lastMadeOn = date;
    if (auto saved = RecurringTemplateRepository(database).update(*work, advanced); !saved)
        return std::unexpected(saved.error());
    if (auto done = work->commit(); !done)
        return std::unexpected(done.error());
    return made;
}

Result<RecurringRun> RecurringInvoices::runDue(QDate today)
{
    if (!today.isValid())
        return fail(ErrorCode::InvalidArgument, tr("Enter today's date."), u"today"_s);
    auto templates = RecurringTemplateRepository(m_file.database()).list(true);
    if (!templates)
        return std::unexpected(templates.error());

    RecurringRun run;
    QList<Due> due;
    for (qsizetype i = 0; i < templates->size(); ++i) {
        const RecurringTemplate& t = templates->at(i);
        auto schedule = RecurrenceSchedule::create(t.frequency, t.startDate, t.endDate);
        if (!schedule) {
            run.failed.append({ t.id, t.startDate, schedule.error() });
            continue;
        }
        for (const QDate& date : schedule->occurrencesDue(t.lastMadeOn, today))
            due.append({ date, i });
    }
    // Across templates by date, so that issued invoices take their numbers in date order.
    std::stable_sort(due.begin(), due.end(), [](const Due& a, const Due& b) { return a.date < b.date; });

    QList<bool> stopped(templates->size(), false);
    for (const Due& occurrence : std::as_const(due)) {
        if (stopped[occurrence.index])
            continue;
        RecurringTemplate& t = (*templates)[occurrence.index];
        auto made = make(t, occurrence.date);
        if (!made) {
            run.failed.append({ t.id, occurrence.date, made.error() });
            stopped[occurrence.index] = true;
            continue;
        }
        t.lastMadeOn = occurrence.date;
        run.made.append(*made);
    }
    return run;
}

} // namespace kasboek::books
