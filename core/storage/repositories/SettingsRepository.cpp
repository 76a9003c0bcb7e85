#include "SettingsRepository.h"

#include "storage/ChangeRecord.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"

using namespace Qt::StringLiterals;

namespace kasboek::storage {

namespace {

Result<void> checkKey(const QString& key)
{
    if (key.trimmed().isEmpty() || key != key.trimmed() || key.size() > 200)
        return fail(ErrorCode::InvalidArgument, SettingsRepository::tr("A setting needs a name."),
                    QStringLiteral("key"));
    return {};
}

} // namespace

SettingsRepository::SettingsRepository(Database& database)
    : m_database(database)
{ }

Result<std::optional<QString>> SettingsRepository::value(const QString& key) const
{
    auto statement = m_database.prepare("SELECT value FROM settings WHERE key = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, key);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<QString>();
    return std::optional<QString>(statement->columnText(0));
}

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback) const
{
    auto stored = value(key);
    if (!stored)
        return std::unexpected(stored.error());
    return stored->value_or(fallback);
}

Result<void> SettingsRepository::setValue(UnitOfWork& work, const QString& key, const QString& value)
{
    Q_ASSERT(&work.database() == &m_database);
    if (auto valid = checkKey(key); !valid)
        return valid;
    auto before = this->value(key);
    if (!before)
        return std::unexpected(before.error());
    if (*before == value)
        return {};
    auto statement = m_database.prepare(*before ? "UPDATE settings SET value = ?2 WHERE key = ?1"
                                                : "INSERT INTO settings (key, value) VALUES (?1, ?2)");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, key).bind(2, value);
    if (auto written = statement->run(); !written)
        return written;
    ChangeRecord change;
    change.table = u"settings"_s;
    change.uid = key;
    change.kind = *before ? ChangeKind::Update : ChangeKind::Insert;
    if (*before)
        change.before.insert(u"value"_s, **before);
    change.after.insert(u"key"_s, key);
    change.after.insert(u"value"_s, value);
    return work.record(change);
}

Result<void> SettingsRepository::remove(UnitOfWork& work, const QString& key)
{
    Q_ASSERT(&work.database() == &m_database);
    auto before = value(key);
    if (!before)
        return std::unexpected(before.error());
    if (!*before)
        return {};
    auto statement = m_database.prepare("DELETE FROM settings WHERE key = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, key);
    if (auto deleted = statement->run(); !deleted)
        return deleted;
    ChangeRecord change;
    change.table = u"settings"_s;
    change.uid = key;
    change.kind = ChangeKind::Delete;
    change.before.insert(u"key"_s, key);
    change.before.insert(u"value"_s, **before);
    return work.record(change);
}

} // namespace kasboek::storage
