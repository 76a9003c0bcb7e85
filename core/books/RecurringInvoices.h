#pragma once

#include "Error.h"
#include "RecurringRun.h"
#include "domain/documents/Document.h"
#include "domain/documents/RecurrenceSchedule.h"
#include "storage/repositories/RecurringTemplate.h"

#include <QCoreApplication>
#include <QDate>

namespace kasboek::storage {
class CompanyFile;
}

namespace kasboek::books {

// Recurring invoices: a template (the content of an invoice for a customer) and a schedule
// that make an invoice for every occurrence. The app calls runDue() when it opens a file.
//
// create() stores a template from a document (its lines, charges, exemptions, references,
// notes, discount, currency, terms and customer; see storage::RecurringTemplateContent) and
// a schedule; update() changes one; setActive() pauses or resumes one. The template is not
// a document: it is never listed, issued or numbered itself.
//
// runDue(today) makes every occurrence due up to `today` since the last one made
// (RecurrenceSchedule::occurrencesDue: a file left closed for three months catches up three
// invoices, never more), across all active templates in date order so that automatically
// issued invoices are numbered in the order of their dates. Each occurrence is one unit of
// work: the draft (with the occurrence as its intended issue date, the template's note
// followed by the label and the period, e.g. "Hosting March 2026", and naming the template),
// its issue on the occurrence's date when the template says so, and the template's
// last_made_on. A failure rolls back that occurrence only; the template's later ones wait
// for the next run, and the other templates go on.
class RecurringInvoices final
{
    Q_DECLARE_TR_FUNCTIONS(RecurringInvoices)
public:
    explicit RecurringInvoices(storage::CompanyFile& file);

    // `content.contactId` is the customer. Validation as RecurringTemplateRepository.
    [[nodiscard]] Result<storage::RecurringTemplate> create(const domain::Document& content,
                                                            const domain::RecurrenceSchedule& schedule,
                                                            bool issueAutomatically,
                                                            const QString& label = {});
    [[nodiscard]] Result<storage::RecurringTemplate> update(const storage::RecurringTemplate& recurring);
    [[nodiscard]] Result<storage::RecurringTemplate> setActive(qint64 id, bool active);

    [[nodiscard]] Result<RecurringRun> runDue(QDate today);

    // The period an occurrence invoices, in the document's language: "March 2026",
    // "Q1 2026", "2026".
    [[nodiscard]] static QString periodText(domain::RecurrenceFrequency frequency, QDate date,
                                            const QString& language);

private:
    [[nodiscard]] Result<RecurringOccurrence> make(const storage::RecurringTemplate& recurring, QDate date);

    storage::CompanyFile& m_file;
};

} // namespace kasboek::books
