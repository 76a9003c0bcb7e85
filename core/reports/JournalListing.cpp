#include "JournalListing.h"

#include "JournalPageQuery.h"
#include "ReportCompany.h"
#include "ledger/AccountRepository.h"
#include "ledger/JournalRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kasboek::reports {

namespace {

constexpr int kPageSize = 2000;

} // namespace

Result<JournalListing> JournalListing::build(storage::Database& database, const ReportPeriod& period,
                                             std::optional<qint64> journalId)
{
    JournalListing report(period);
    ledger::JournalRepository journals(database);
    if (journalId) {
        auto journal = journals.find(*journalId);
        if (!journal)
            return std::unexpected(journal.error());
        report.m_journal = *journal;
    }
    auto allJournals = journals.list();
    if (!allJournals)
        return std::unexpected(allJournals.error());
    for (const ledger::Journal& journal : std::as_const(*allJournals))
        report.m_journalCodes.insert(journal.id, journal.code);
    auto accounts = ledger::AccountRepository(database).list();
    if (!accounts)
        return std::unexpected(accounts.error());
    for (const ledger::Account& account : std::as_const(*accounts))
        report.m_accounts.insert(account.id, account);

    const JournalPageQuery query(database);
    std::optional<JournalKey> after;
    do {
        auto page = query.page(journalId, period.from(), period.to(), after, kPageSize);
        if (!page)
            return std::unexpected(page.error());
        for (const ledger::JournalEntry& entry : std::as_const(page->entries)) {
            for (const ledger::EntryLine& line : entry.lines) {
                report.m_debit += line.debit;
                report.m_credit += line.credit;
            }
        }
        report.m_entries += page->entries;
        after = page->next;
    } while (after);
    return report;
}

ReportOutput JournalListing::output(const ReportCompany& company) const
{
    ReportOutput out;
    QStringList subtitle { m_period.label() };
    subtitle.append(m_journal ? tr("Journal %1 (%2).").arg(m_journal->code, m_journal->name)
                              : tr("All journals."));
    out.table = company.table(key, tr("Journal"), subtitle);
    out.table.columns = {
        { u"date"_s, tr("Date"), ColumnKind::Date },
        { u"entry"_s, tr("Entry"), ColumnKind::Count },
        { u"journal"_s, tr("Journal"), ColumnKind::Text },
        { u"reference"_s, tr("Reference"), ColumnKind::Text },
        { u"account"_s, tr("Account"), ColumnKind::Text },
        { u"description"_s, tr("Description"), ColumnKind::Text },
        { u"debit"_s, tr("Debit"), ColumnKind::Amount },
        { u"credit"_s, tr("Credit"), ColumnKind::Amount },
    };
    QJsonArray entries;
    for (const ledger::JournalEntry& entry : m_entries) {
        const QString journal = m_journalCodes.value(entry.journalId);
        out.table.rows.append(
            { RowStyle::Heading,
              0,
              { entry.date, entry.id, journal, entry.reference, QString(), entry.description } });
        QJsonArray lines;
        for (const ledger::EntryLine& line : entry.lines) {
            const ledger::Account account = m_accounts.value(line.accountId);
            const QString text
                = line.description.isEmpty() ? account.name : account.name + u" – "_s + line.description;
            out.table.rows.append({ RowStyle::Detail,
                                    1,
                                    { std::monostate(), std::monostate(), QString(), QString(), account.code,
                                      text, ReportAmount { line.debit }, ReportAmount { line.credit } } });
            lines.append(QJsonObject {
                { u"account"_s, account.code },
                { u"account_name"_s, account.name },
                { u"description"_s, line.description },
                { u"debit"_s, company.amount(line.debit) },
                { u"credit"_s, company.amount(line.credit) },
            });
        }
        entries.append(QJsonObject {
            { u"id"_s, entry.id },
            { u"date"_s, entry.date.toString(Qt::ISODate) },
            { u"journal"_s, journal },
            { u"kind"_s, ledger::entryKindCode(entry.kind) },
            { u"reference"_s, entry.reference },
            { u"description"_s, entry.description },
            { u"lines"_s, lines },
        });
    }
    out.table.rows.append({ RowStyle::Total,
                            0,
                            { std::monostate(), std::monostate(), QString(), QString(), QString(),
                              tr("Total"), ReportAmount { m_debit }, ReportAmount { m_credit } } });

    out.json = company.json(key);
    out.json.insert(u"from"_s, m_period.from().toString(Qt::ISODate));
    out.json.insert(u"to"_s, m_period.to().toString(Qt::ISODate));
    out.json.insert(u"journal"_s, m_journal ? QJsonValue(m_journal->code) : QJsonValue(QJsonValue::Null));
    out.json.insert(u"entries"_s, entries);
    out.json.insert(u"debit"_s, company.amount(m_debit));
    out.json.insert(u"credit"_s, company.amount(m_credit));
    return out;
}

} // namespace kasboek::reports
