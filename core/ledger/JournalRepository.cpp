#include "JournalRepository.h"

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

constexpr const char* kTable = "journals";

} // namespace

JournalRepository::JournalRepository(storage::Database& database)
    : m_database(database)
{ }

QString JournalRepository::kindCode(JournalKind kind)
{
    switch (kind) {
    case JournalKind::Sales:
        return u"sales"_s;
    case JournalKind::Purchases:
        return u"purchases"_s;
    case JournalKind::Bank:
        return u"bank"_s;
    case JournalKind::Cash:
        return u"cash"_s;
    case JournalKind::General:
        return u"general"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<JournalKind> JournalRepository::kindFromCode(QStringView code)
{
    for (auto kind : { JournalKind::Sales, JournalKind::Purchases, JournalKind::Bank, JournalKind::Cash,
                       JournalKind::General }) {
        if (code == kindCode(kind))
            return kind;
    }
    return std::nullopt;
}

Result<QList<Journal>> JournalRepository::select(const char* condition, const QString& value) const
{
    const QByteArray sql
        = QByteArray("SELECT id, uid, code, name, kind, account_id, iban, archived FROM journals")
        + (condition ? " WHERE " : "") + (condition ? condition : "") + " ORDER BY id";
    auto statement = m_database.prepare(sql.constData());
    if (!statement)
        return std::unexpected(statement.error());
    if (condition)
        statement->bind(1, value);
    QList<Journal> journals;
    while (true) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return journals;
        Journal j;
        j.id = statement->columnInt(0);
        j.uid = QUuid::fromString(statement->columnText(1));
        j.code = statement->columnText(2);
        j.name = statement->columnText(3);
        const auto kind = kindFromCode(statement->columnText(4));
        j.accountId = statement->columnOptionalInt(5);
        j.iban = statement->columnText(6);
        j.archived = statement->columnBool(7);
        if (j.uid.isNull() || !kind)
            return std::unexpected(StoredValue::unreadable(kTable, "kind", j.id));
        j.kind = *kind;
        journals.append(j);
    }
}

Result<Journal> JournalRepository::find(qint64 id) const
{
    auto found = select("id = ?1", QString::number(id));
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, tr("The journal does not exist."), u"journal"_s);
    return found->first();
}

Result<Journal> JournalRepository::findByCode(const QString& code) const
{
    auto found = select("code = ?1", code);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, tr("There is no journal %1.").arg(code), u"journal"_s);
    return found->first();
}

Result<Journal> JournalRepository::firstOfKind(JournalKind kind) const
{
    auto found = select("kind = ?1 AND archived = 0", kindCode(kind));
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, tr("The file has no %1 journal.").arg(kindCode(kind)), u"journal"_s);
    return found->first();
}

Result<QList<Journal>> JournalRepository::list() const
{
    return select(nullptr, {});
}

Result<Journal> JournalRepository::insert(storage::UnitOfWork& work, const Journal& journal)
{
    Q_ASSERT(&work.database() == &m_database);
    static const QRegularExpression codePattern(u"^[0-9A-Za-z]{1,20}$"_s);
    Journal stored = journal;
    stored.code = stored.code.trimmed();
    stored.name = stored.name.simplified();
    if (!codePattern.match(stored.code).hasMatch())
        return fail(ErrorCode::Validation, tr("A journal code has 1 to 20 letters or digits."), u"code"_s);
    if (stored.name.isEmpty() || stored.name.size() > 100)
        return fail(ErrorCode::Validation, tr("Give the journal a name of at most 100 characters."),
                    u"name"_s);
    const bool holdsMoney = stored.kind == JournalKind::Bank || stored.kind == JournalKind::Cash;
    if (holdsMoney != stored.accountId.has_value())
        return fail(ErrorCode::Validation,
                    holdsMoney ? tr("A bank or cash journal needs the account its money is on.")
                               : tr("Only a bank or cash journal has an account of its own."),
                    u"account"_s);
    if (auto same = findByCode(stored.code); same)
        return fail(ErrorCode::Conflict, tr("Journal %1 already exists.").arg(stored.code), u"code"_s);
    if (stored.uid.isNull())
        stored.uid = QUuid::createUuid();
    RowImage row;
    row.text("uid", StoredValue::uid(stored.uid))
        .text("code", stored.code)
        .text("name", stored.name)
        .text("kind", kindCode(stored.kind));
    if (stored.accountId)
        row.integer("account_id", *stored.accountId);
    row.text("iban", stored.iban)
        .flag("archived", stored.archived)
        .text("created_at", work.timestamp())
        .text("updated_at", work.timestamp());
    auto id = storage::TableWriter(work, kTable).insert(StoredValue::uid(stored.uid), row);
    if (!id)
        return std::unexpected(id.error());
    stored.id = *id;
    return stored;
}

Result<Journal> JournalRepository::assignIban(storage::UnitOfWork& work, const Journal& journal,
                                              const QString& iban)
{
    Q_ASSERT(&work.database() == &m_database);
    if (journal.kind != JournalKind::Bank)
        return fail(ErrorCode::Validation, tr("Only a bank journal has an IBAN."), u"iban"_s);
    RowImage before;
    before.text("iban", journal.iban).text("updated_at", {});
    RowImage after;
    after.text("iban", iban).text("updated_at", work.timestamp());
    auto written
        = storage::TableWriter(work, kTable).update(journal.id, StoredValue::uid(journal.uid), before, after);
    if (!written)
        return std::unexpected(written.error());
    Journal stored = journal;
    stored.iban = iban;
    return stored;
}

} // namespace kasboek::ledger
