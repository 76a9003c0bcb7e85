#include "AccountRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"
#include "storage/repositories/RowImage.h"
#include "storage/repositories/StoredValue.h"
#include "storage/repositories/TableWriter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using kasboek::storage::RowImage;
using kasboek::storage::StoredValue;

namespace kasboek::ledger {

namespace {

constexpr const char* kTable = "accounts";
constexpr const char* kColumns = "id, uid, code, name, type, role, rgs_code, vat_kind, vat_rate, "
                                 "deductible_percent, archived";

RowImage toRow(const Account& a)
{
    RowImage row;
    row.text("uid", StoredValue::uid(a.uid))
        .text("code", a.code)
        .text("name", a.name)
        .text("type", accountTypeCode(a.type))
        .text("role", a.role ? accountRoleCode(*a.role) : QString())
        .text("rgs_code", a.rgsCode)
        .text("vat_kind", a.vatKind ? vatKindCode(*a.vatKind) : QString());
    if (a.vatRateBasisPoints)
        row.integer("vat_rate", *a.vatRateBasisPoints);
    else
        row.text("vat_rate", {});
    if (a.deductiblePercent)
        row.integer("deductible_percent", *a.deductiblePercent);
    else
        row.text("deductible_percent", {});
    row.flag("archived", a.archived);
    return row;
}

Result<Account> fromRow(const storage::Statement& s)
{
    Account a;
    a.id = s.columnInt(0);
    a.uid = QUuid::fromString(s.columnText(1));
    a.code = s.columnText(2);
    a.name = s.columnText(3);
    const auto type = accountTypeFromCode(s.columnText(4));
    if (!s.columnIsNull(5)) {
        a.role = accountRoleFromCode(s.columnText(5));
        if (!a.role)
            return std::unexpected(StoredValue::unreadable(kTable, "role", a.id));
    }
    a.rgsCode = s.columnText(6);
    if (!s.columnIsNull(7)) {
        a.vatKind = vatKindFromCode(s.columnText(7));
        if (!a.vatKind)
            return std::unexpected(StoredValue::unreadable(kTable, "vat_kind", a.id));
    }
    if (const auto rate = s.columnOptionalInt(8))
        a.vatRateBasisPoints = static_cast<int>(*rate);
    if (const auto share = s.columnOptionalInt(9))
        a.deductiblePercent = static_cast<int>(*share);
    a.archived = s.columnBool(10);
    if (a.uid.isNull() || !type)
        return std::unexpected(StoredValue::unreadable(kTable, "type", a.id));
    a.type = *type;
    return a;
}

bool isValidCode(const QString& code)
{
    static const QRegularExpression pattern(u"^[0-9A-Za-z.]{1,20}$"_s);
    return pattern.match(code).hasMatch();
}

} // namespace

AccountRepository::AccountRepository(storage::Database& database)
    : m_database(database)
{ }

Result<QList<Account>> AccountRepository::select(const char* condition, const QString& value) const
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM accounts" + (condition ? " WHERE " : "")
        + (condition ? condition : "") + " ORDER BY code";
    auto statement = m_database.prepare(sql.constData());
    if (!statement)
        return std::unexpected(statement.error());
    if (condition)
        statement->bind(1, value);
    QList<Account> accounts;
    while (true) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return accounts;
        auto account = fromRow(*statement);
        if (!account)
            return std::unexpected(account.error());
        accounts.append(*account);
    }
}

Result<Account> AccountRepository::one(const char* condition, const QString& value, const char* field,
                                       const QString& notFound) const
{
    auto found = select(condition, value);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, notFound, QString::fromLatin1(field));
    return found->first();
}

Result<Account> AccountRepository::find(qint64 id) const
{
    return one("id = ?1", QString::number(id), "id", tr("The account does not exist."));
}

Result<Account> AccountRepository::findByCode(const QString& code) const
{
    return one("code = ?1", code, "code", tr("There is no account %1.").arg(code));
}

Result<Account> AccountRepository::findByRole(AccountRole role) const
{
    return one("role = ?1", accountRoleCode(role), "role",
               tr("The chart of accounts has no account for \"%1\".").arg(accountRoleCode(role)));
}

Result<QList<Account>> AccountRepository::list() const
{
    return select(nullptr, {});
}

Result<bool> AccountRepository::hasPostings(qint64 id) const
{
    auto statement = m_database.prepare("SELECT EXISTS (SELECT 1 FROM journal_lines WHERE account_id = ?1)");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return statement->columnBool(0);
}

Result<Account> AccountRepository::validated(const Account& account, qint64 exceptId) const
{
    Account a = account;
    a.code = a.code.trimmed();
    a.name = a.name.simplified();
    a.rgsCode = a.rgsCode.trimmed();
    if (!isValidCode(a.code))
        return fail(ErrorCode::Validation,
                    tr("An account code has 1 to 20 letters, digits or dots (for example 700000)."),
                    u"code"_s);
    if (a.name.isEmpty() || a.name.size() > 200)
        return fail(ErrorCode::Validation, tr("Give the account a name of at most 200 characters."),
                    u"name"_s);
    if (a.rgsCode.size() > 40)
        return fail(ErrorCode::Validation, tr("An RGS code has at most 40 characters."), u"rgsCode"_s);
    if (a.vatRateBasisPoints && (*a.vatRateBasisPoints < 0 || *a.vatRateBasisPoints > 10000))
        return fail(ErrorCode::Validation, tr("A VAT rate lies between 0 % and 100 %."), u"vatRate"_s);
    if (a.deductiblePercent && (*a.deductiblePercent < 0 || *a.deductiblePercent > 100))
        return fail(ErrorCode::Validation, tr("The deductible share of VAT lies between 0 % and 100 %."),
                    u"deductiblePercent"_s);
    if (auto same = findByCode(a.code); same && same->id != exceptId)
        return fail(ErrorCode::Conflict, tr("Account %1 already exists.").arg(a.code), u"code"_s);
    if (a.role) {
        if (auto holder = findByRole(*a.role); holder && holder->id != exceptId)
            return fail(
                ErrorCode::Conflict,
                tr("Account %1 already has this role; give it to one account only.").arg(holder->code),
                u"role"_s);
    }
    return a;
}

Result<Account> AccountRepository::insert(storage::UnitOfWork& work, const Account& account)
{
    Q_ASSERT(&work.database() == &m_database);
    auto valid = validated(account, 0);
    if (!valid)
        return std::unexpected(valid.error());
    Account stored = *valid;
    if (stored.uid.isNull())
        stored.uid = QUuid::createUuid();
    RowImage row = toRow(stored);
    row.text("created_at", work.timestamp()).text("updated_at", work.timestamp());
    auto id = storage::TableWriter(work, kTable).insert(StoredValue::uid(stored.uid), row);
    if (!id)
        return std::unexpected(id.error());
    stored.id = *id;
    return stored;
}

Result<Account> AccountRepository::update(storage::UnitOfWork& work, const Account& account)
{
    Q_ASSERT(&work.database() == &m_database);
    auto before = find(account.id);
    if (!before)
        return std::unexpected(before.error());
    auto valid = validated(account, account.id);
    if (!valid)
        return std::unexpected(valid.error());
    Account stored = *valid;
    stored.uid = before->uid;
    if (stored.code != before->code || stored.type != before->type) {
        auto used = hasPostings(stored.id);
        if (!used)
            return std::unexpected(used.error());
        if (*used)
            return fail(ErrorCode::ReadOnly,
                        tr("Account %1 has postings: it keeps its code and type. Rename it, or archive it "
                           "and make a new one.")
                            .arg(before->code),
                        stored.code != before->code ? u"code"_s : u"type"_s);
    }
    RowImage oldRow = toRow(*before);
    RowImage newRow = toRow(stored);
    oldRow.text("updated_at", {});
    newRow.text("updated_at", work.timestamp());
    auto written
        = storage::TableWriter(work, kTable).update(stored.id, StoredValue::uid(stored.uid), oldRow, newRow);
    if (!written)
        return std::unexpected(written.error());
    return stored;
}

Result<void> AccountRepository::remove(storage::UnitOfWork& work, qint64 id)
{
    Q_ASSERT(&work.database() == &m_database);
    auto account = find(id);
    if (!account)
        return std::unexpected(account.error());
    auto used = hasPostings(id);
    if (!used)
        return std::unexpected(used.error());
    auto inJournal = m_database.prepare("SELECT EXISTS (SELECT 1 FROM journals WHERE account_id = ?1)");
    if (!inJournal)
        return std::unexpected(inJournal.error());
    inJournal->bind(1, id);
    auto journalRow = inJournal->step();
    if (!journalRow)
        return std::unexpected(journalRow.error());
    if (*used || inJournal->columnBool(0))
        return fail(ErrorCode::Conflict,
                    tr("Account %1 is in use and cannot be deleted; archive it instead.").arg(account->code),
                    u"id"_s);
    RowImage row = toRow(*account);
    return storage::TableWriter(work, kTable).remove(id, StoredValue::uid(account->uid), row);
}

} // namespace kasboek::ledger
