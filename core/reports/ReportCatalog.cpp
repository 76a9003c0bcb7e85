#include "ReportCatalog.h"

#include "AgedBalances.h"
#include "BalanceSheet.h"
#include "GeneralLedger.h"
#include "JournalListing.h"
#include "ProfitAndLoss.h"
#include "ReportCompany.h"
#include "Statement.h"
#include "TrialBalance.h"
#include "ledger/AccountRepository.h"
#include "ledger/JournalRepository.h"
#include "storage/repositories/ContactRepository.h"
#include "vat/VatReturnReport.h"

using namespace Qt::StringLiterals;

namespace kasboek::reports {

namespace {

// Builds `Report` over the request's period and presents it for the file's company.
template<typename Report, typename... Extra>
Result<ReportOutput> present(storage::Database& database, const ReportRequest& request, Extra... extra)
{
    auto company = ReportCompany::load(database);
    if (!company)
        return std::unexpected(company.error());
    auto report = Report::build(database, request.period, extra...);
    if (!report)
        return std::unexpected(report.error());
    return report->output(*company);
}

Result<ReportOutput> trialBalance(storage::Database& database, const ReportRequest& request)
{
    return present<TrialBalance>(database, request);
}

Result<ReportOutput> profitAndLoss(storage::Database& database, const ReportRequest& request)
{
    return present<ProfitAndLoss>(database, request);
}

Result<ReportOutput> balanceSheet(storage::Database& database, const ReportRequest& request)
{
    return present<BalanceSheet>(database, request);
}

Result<ReportOutput> generalLedger(storage::Database& database, const ReportRequest& request)
{
    std::optional<qint64> accountId;
    if (!request.accountCode.isEmpty()) {
        auto account = ledger::AccountRepository(database).findByCode(request.accountCode);
        if (!account)
            return std::unexpected(account.error());
        accountId = account->id;
    }
    return present<GeneralLedger>(database, request, accountId);
}

Result<ReportOutput> journal(storage::Database& database, const ReportRequest& request)
{
    std::optional<qint64> journalId;
    if (!request.journalCode.isEmpty()) {
        auto found = ledger::JournalRepository(database).findByCode(request.journalCode);
        if (!found)
            return std::unexpected(found.error());
        journalId = found->id;
    }
    return present<JournalListing>(database, request, journalId);
}

Result<ReportOutput> aged(storage::Database& database, const ReportRequest& request, AgedBalances::Side side)
{
    auto company = ReportCompany::load(database);
    if (!company)
        return std::unexpected(company.error());
    auto report = AgedBalances::build(database, side, request.period.to(), company->currency());
    if (!report)
        return std::unexpected(report.error());
    return report->output(*company);
}

Result<ReportOutput> agedReceivables(storage::Database& database, const ReportRequest& request)
{
    return aged(database, request, AgedBalances::Side::Receivables);
}

Result<ReportOutput> agedPayables(storage::Database& database, const ReportRequest& request)
{
    return aged(database, request, AgedBalances::Side::Payables);
}

// The contact a request names by its id or its uid; NotFound (field "contact") otherwise.
Result<qint64> contactOf(storage::Database& database, const QString& reference)
{
    const QString text = reference.trimmed();
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    const QUuid uid = QUuid::fromString(text);
    if ((isNumber && id > 0) || !uid.isNull()) {
        storage::ContactRepository contacts(database);
        auto contact = isNumber ? contacts.find(id) : contacts.findByUid(uid);
        if (contact)
            return contact->id;
        if (contact.error().code != ErrorCode::NotFound)
            return std::unexpected(contact.error());
    }
    return fail(ErrorCode::NotFound,
                ReportCatalog::tr("No contact has the id or uid \"%1\".").arg(text.left(64)), u"contact"_s);
}

Result<ReportOutput> statement(storage::Database& database, const ReportRequest& request)
{
    auto contactId = contactOf(database, request.contact);
    if (!contactId)
        return std::unexpected(contactId.error());
    auto company = ReportCompany::load(database);
    if (!company)
        return std::unexpected(company.error());
    auto report = Statement::build(database, request.period, *contactId, company->currency());
    if (!report)
        return std::unexpected(report.error());
    return report->output(*company);
}

Result<ReportOutput> vatReturn(storage::Database& database, const ReportRequest& request)
{
    return VatReturnReport::build(database, request.period);
}

} // namespace

const QList<ReportCatalog::Entry>& ReportCatalog::entries()
{
    static const QList<Entry> all {
        { TrialBalance::key, false, &trialBalance, false },
        { ProfitAndLoss::key, false, &profitAndLoss, false },
        { BalanceSheet::key, false, &balanceSheet, false },
        { GeneralLedger::key, true, &generalLedger, false },
        { JournalListing::key, false, &journal, false },
        { AgedBalances::receivablesKey, false, &agedReceivables, false },
        { AgedBalances::payablesKey, false, &agedPayables, false },
        { VatReturnReport::key, false, &vatReturn, false },
        { Statement::key, false, &statement, true },
    };
    return all;
}

const ReportCatalog::Entry* ReportCatalog::find(const QString& name)
{
    for (const Entry& entry : entries()) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

QStringList ReportCatalog::names()
{
    QStringList names;
    for (const Entry& entry : entries())
        names.append(entry.name);
    return names;
}

} // namespace kasboek::reports
