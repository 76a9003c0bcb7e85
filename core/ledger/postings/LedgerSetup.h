#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>

namespace kasboek::storage {
class UnitOfWork;
}

namespace kasboek::ledger {

// Makes sure a file keeps books before anything is posted to them. A file without accounts -
// new, or made before Kasboek kept a ledger - gets the chart of its company's country
// (ChartTemplate), a bank and a cash journal, and then the entries of every issued document
// and payment it already holds, in date order: its books start complete, not on the day
// they were switched on. All inside the caller's unit of work.
class LedgerSetup final
{
    Q_DECLARE_TR_FUNCTIONS(LedgerSetup)
public:
    LedgerSetup() = delete;

    // Cheap when the chart exists (one indexed look-up). `language` picks the account names
    // ("nl", "fr", "en", "de"); empty: the system's language when the chart has it. False for
    // a file whose schema predates the ledger (a file is upgraded when it is opened, so only
    // tests of old schema versions meet one): nothing is posted to it, and the first posting
    // after its upgrade posts its past.
    [[nodiscard]] static Result<bool> ensureReady(storage::UnitOfWork& work, const QString& language = {});

    enum class Source { Document, Payment };
    // Whether a document or payment still needs its entry: the ledger is ready (set up first
    // when the file has none) and holds no entry for it yet. One indexed look-up.
    [[nodiscard]] static Result<bool> needsEntry(storage::UnitOfWork& work, Source source, qint64 id);

    // Installs the chart only (no catch-up): for a new, empty file. Conflict when the file
    // has accounts already.
    [[nodiscard]] static Result<void> installChart(storage::UnitOfWork& work, const QString& language = {});
};

} // namespace kasboek::ledger
