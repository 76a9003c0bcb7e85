#pragma once

#include "Error.h"
#include "ReportOutput.h"
#include "ReportPeriod.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kasboek::storage {
class Database;
}

namespace kasboek::reports {

// What a report is asked for: its period (a balance sheet or an aged balance is at its end),
// and the account or journal code, or the contact, that some reports take.
struct ReportRequest
{
    ReportPeriod period;
    QString accountCode; // ledger: that account; empty for every account
    QString journalCode; // journal: that journal; empty for every journal
    // statement: the contact, by the id `kasboek-cli contacts list` shows ("12") or its uid
    QString contact;
};

// Every report by its name, as the command line and the desktop ask for it: adding a report is
// one entry in entries(). Each builder reads the books and returns the table and the JSON.
class ReportCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(ReportCatalog)
public:
    using Builder = Result<ReportOutput> (*)(storage::Database& database, const ReportRequest& request);

    struct Entry
    {
        QString name; // "trial-balance": the command line's NAME, stable
        bool needsAccount = false; // the command line asks for --account
        Builder build = nullptr;
        bool needsContact = false; // the command line asks for --contact
    };

    ReportCatalog() = delete;

    [[nodiscard]] static const QList<Entry>& entries();
    // nullptr when there is no report of that name.
    [[nodiscard]] static const Entry* find(const QString& name);
    [[nodiscard]] static QStringList names();
};

} // namespace kasboek::reports
