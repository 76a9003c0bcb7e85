#include "LedgerSetup.h"

#include "DocumentPosting.h"
#include "PaymentPosting.h"
#include "ledger/AccountRepository.h"
#include "ledger/ChartTemplate.h"
#include "ledger/JournalRepository.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"
#include "storage/repositories/CompanyProfileRepository.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace kasboek::ledger {

namespace {

// The schema version that added the ledger (005_ledger.sql).
constexpr qint64 kLedgerSchemaVersion = 5;

Result<bool> hasAccounts(storage::Database& db)
{
    auto statement = db.prepare("SELECT EXISTS (SELECT 1 FROM accounts)");
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return statement->columnBool(0);
}

QString pickLanguage(const ChartTemplate& chart, const QString& wanted)
{
    const QString system = QLocale::system().name().left(2);
    for (const QString& candidate : { wanted, system }) {
        if (chart.languages().contains(candidate))
            return candidate;
    }
    return chart.languages().value(0);
}

Result<QList<qint64>> ids(storage::Database& db, const char* sql)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    QList<qint64> found;
    while (true) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return found;
        found.append(statement->columnInt(0));
    }
}

Result<void> postWhatIsThere(storage::UnitOfWork& work)
{
    storage::Database& db = work.database();
    auto documents = ids(db,
                         "SELECT id FROM documents WHERE status = 'issued' AND type <> 'quote' "
                         "ORDER BY issue_date, id");
    if (!documents)
        return std::unexpected(documents.error());
    for (const qint64 id : std::as_const(*documents)) {
        if (auto posted = DocumentPosting::post(work, id); !posted)
            return posted;
    }
    auto payments = ids(db, "SELECT id FROM payments ORDER BY payment_date, id");
    if (!payments)
        return std::unexpected(payments.error());
    for (const qint64 id : std::as_const(*payments)) {
        if (auto posted = PaymentPosting::post(work, id); !posted)
            return posted;
    }
    return {};
}

} // namespace

Result<void> LedgerSetup::installChart(storage::UnitOfWork& work, const QString& language)
{
    storage::Database& db = work.database();
    auto existing = hasAccounts(db);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(ErrorCode::Conflict, tr("The file has a chart of accounts already."), u"chart"_s);
    auto company = storage::CompanyProfileRepository(db).load();
    if (!company)
        return std::unexpected(company.error());
    auto chart = ChartTemplate::forCountry(company->country);
    if (!chart)
        return std::unexpected(chart.error());
    const QString names = pickLanguage(*chart, language);

    AccountRepository accounts(db);
    std::optional<qint64> bank;
    std::optional<qint64> cash;
    for (const ChartAccount& template_ : chart->accounts()) {
        Account account;
        account.code = template_.code;
        account.name = chart->nameIn(template_, names);
        account.type = template_.type;
        account.role = template_.role;
        account.rgsCode = template_.rgsCode;
        account.vatKind = template_.vatKind;
        account.vatRateBasisPoints = template_.vatRateBasisPoints;
        account.deductiblePercent = template_.deductiblePercent;
        auto stored = accounts.insert(work, account);
        if (!stored)
            return std::unexpected(stored.error());
        if (account.role == AccountRole::Bank)
            bank = stored->id;
        if (account.role == AccountRole::Cash)
            cash = stored->id;
    }
    JournalRepository journals(db);
    if (bank) {
        Journal journal;
        journal.code = u"BNK"_s;
        journal.name = tr("Bank");
        journal.kind = JournalKind::Bank;
        journal.accountId = bank;
        journal.iban = company->iban;
        if (auto added = journals.insert(work, journal); !added)
            return std::unexpected(added.error());
    }
    if (cash) {
        Journal journal;
        journal.code = u"CSH"_s;
        journal.name = tr("Cash");
        journal.kind = JournalKind::Cash;
        journal.accountId = cash;
        if (auto added = journals.insert(work, journal); !added)
            return std::unexpected(added.error());
    }
    return {};
}

Result<bool> LedgerSetup::ensureReady(storage::UnitOfWork& work, const QString& language)
{
    auto version = work.database().queryInt("PRAGMA user_version");
    if (!version)
        return std::unexpected(version.error());
    if (*version < kLedgerSchemaVersion)
        return false;
    auto existing = hasAccounts(work.database());
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return true;
    if (auto installed = installChart(work, language); !installed)
        return std::unexpected(installed.error());
    if (auto posted = postWhatIsThere(work); !posted)
        return std::unexpected(posted.error());
    return true;
}

Result<bool> LedgerSetup::needsEntry(storage::UnitOfWork& work, Source source, qint64 id)
{
    auto ready = ensureReady(work);
    if (!ready || !*ready)
        return ready;
    // The unique partial indexes on journal_entries answer both.
    auto posted = work.database().prepare(
        source == Source::Document
            ? "SELECT EXISTS (SELECT 1 FROM journal_entries WHERE document_id = ?1 AND kind = 'document')"
            : "SELECT EXISTS (SELECT 1 FROM journal_entries WHERE payment_id = ?1)");
    if (!posted)
        return std::unexpected(posted.error());
    posted->bind(1, id);
    if (auto row = posted->step(); !row)
        return std::unexpected(row.error());
    return !posted->columnBool(0);
}

} // namespace kasboek::ledger
