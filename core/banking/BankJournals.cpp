#include "BankJournals.h"

#include "domain/Iban.h"
#include "ledger/AccountRepository.h"
#include "ledger/JournalRepository.h"
#include "storage/UnitOfWork.h"

using namespace Qt::StringLiterals;
using kasboek::ledger::Journal;
using kasboek::ledger::JournalKind;

namespace kasboek::banking {

BankJournals::BankJournals(storage::UnitOfWork& work)
    : m_work(work)
{ }

Result<Journal> BankJournals::forIban(const QString& iban, bool* created)
{
    if (created)
        *created = false;
    ledger::JournalRepository journals(m_work.database());
    auto all = journals.list();
    if (!all)
        return std::unexpected(all.error());
    const auto sameAccount = [&](const Journal& journal) {
        return journal.kind == JournalKind::Bank
            && QString(journal.iban).remove(u' ').compare(iban, Qt::CaseInsensitive) == 0;
    };
    for (const Journal& journal : *all) {
        if (sameAccount(journal))
            return journal;
    }
    if (created)
        *created = true;
    for (const Journal& journal : *all) {
        if (journal.kind == JournalKind::Bank && !journal.archived && journal.iban.trimmed().isEmpty())
            return journals.assignIban(m_work, journal, iban);
    }
    return createFor(iban);
}

Result<Journal> BankJournals::createFor(const QString& iban)
{
    ledger::AccountRepository accounts(m_work.database());
    auto bank = accounts.findByRole(ledger::AccountRole::Bank);
    if (!bank)
        return fail(ErrorCode::NotFound,
                    tr("The chart of accounts has no bank account, so the bank account %1 cannot be given a "
                       "ledger account beside it.")
                        .arg(iban),
                    u"account"_s, bank.error().detail);
    auto code = nextAccountCode(bank->code);
    if (!code)
        return std::unexpected(code.error());
    auto formatted = domain::Iban::parse(iban);
    const QString shown = formatted ? formatted->formatted() : iban;

    ledger::Account account;
    account.code = *code;
    account.name = tr("Bank %1").arg(shown);
    account.type = bank->type;
    account.rgsCode = bank->rgsCode;
    auto stored = accounts.insert(m_work, account);
    if (!stored)
        return std::unexpected(stored.error());

    auto journalCode = nextJournalCode();
    if (!journalCode)
        return std::unexpected(journalCode.error());
    Journal journal;
    journal.code = *journalCode;
    journal.name = tr("Bank %1").arg(shown);
    journal.kind = JournalKind::Bank;
    journal.accountId = stored->id;
    journal.iban = iban;
    return ledger::JournalRepository(m_work.database()).insert(m_work, journal);
}

Result<QString> BankJournals::nextAccountCode(const QString& bankCode) const
{
    // The numbers after the chart's bank account (550000 → 550001, 1100 → 1101), keeping its
    // length, so that the accounts sort together and an accountant reads them as bank accounts.
    bool numeric = false;
    const qulonglong base = bankCode.toULongLong(&numeric);
    if (!numeric)
        return fail(ErrorCode::Validation,
                    tr("The code of the chart's bank account, %1, is not a number, so no further bank "
                       "account can be numbered after it.")
                        .arg(bankCode),
                    u"account"_s);
    ledger::AccountRepository accounts(m_work.database());
    for (qulonglong next = base + 1; next <= base + 99; ++next) {
        const QString code = QString::number(next).rightJustified(bankCode.size(), u'0');
        if (code.size() != bankCode.size())
            break;
        auto existing = accounts.findByCode(code);
        if (!existing && existing.error().code == ErrorCode::NotFound)
            return code;
        if (!existing)
            return std::unexpected(existing.error());
    }
    return fail(ErrorCode::Conflict,
                tr("There is no free account number after %1 for another bank account.").arg(bankCode),
                u"account"_s);
}

Result<QString> BankJournals::nextJournalCode() const
{
    ledger::JournalRepository journals(m_work.database());
    for (int number = 2; number < 1000; ++number) {
        const QString code = u"BNK"_s + QString::number(number);
        auto existing = journals.findByCode(code);
        if (!existing && existing.error().code == ErrorCode::NotFound)
            return code;
        if (!existing)
            return std::unexpected(existing.error());
    }
    return fail(ErrorCode::Conflict, tr("There is no free code for another bank journal."), u"journal"_s);
}

} // namespace kasboek::banking
