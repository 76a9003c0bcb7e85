#pragma once

#include "Error.h"
#include "ReportOutput.h"
#include "ReportPeriod.h"
#include "ledger/Account.h"
#include "ledger/Journal.h"
#include "ledger/JournalEntry.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace kasboek::storage {
class Database;
}

namespace kasboek::reports {

class ReportCompany;

// The journal listing of a period: every entry posted in it (in one journal, or in all), by
// date and id, with its lines, and the totals of debit and credit, which are equal. Read
// through JournalPageQuery, page by page.
class JournalListing final
{
    Q_DECLARE_TR_FUNCTIONS(JournalListing)
public:
    static inline const QString key = QStringLiteral("journal");

    // `journalId`: that journal only; NotFound when it does not exist.
    [[nodiscard]] static Result<JournalListing> build(storage::Database& database, const ReportPeriod& period,
                                                      std::optional<qint64> journalId = std::nullopt);

    [[nodiscard]] const ReportPeriod& period() const { return m_period; }
    [[nodiscard]] const QList<ledger::JournalEntry>& entries() const { return m_entries; }
    [[nodiscard]] qint64 debit() const { return m_debit; }
    [[nodiscard]] qint64 credit() const { return m_credit; }

    [[nodiscard]] ReportOutput output(const ReportCompany& company) const;

private:
    explicit JournalListing(ReportPeriod period)
        : m_period(period)
    { }

    ReportPeriod m_period;
    std::optional<ledger::Journal> m_journal;
    QList<ledger::JournalEntry> m_entries;
    QHash<qint64, ledger::Account> m_accounts;
    QHash<qint64, QString> m_journalCodes;
    qint64 m_debit = 0;
    qint64 m_credit = 0;
};

} // namespace kasboek::reports
