#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace kasboek::storage {

class Database;
class UnitOfWork;

// The file's own settings: the key/value rows of the settings table (document template,
// reminder rules, ...), which travel with the books, unlike the app's QSettings. Keys are
// dotted names owned by the module that reads them ("template.accent_color"). Every change is
// recorded with UnitOfWork::record(), like any other row.
class SettingsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)
public:
    explicit SettingsRepository(Database& database);

    // The value, or std::nullopt when the key is not set.
    [[nodiscard]] Result<std::optional<QString>> value(const QString& key) const;
    // The value, or `fallback` when the key is not set.
    [[nodiscard]] Result<QString> value(const QString& key, const QString& fallback) const;
    // Inserts or replaces; writes and records nothing when the value is already that.
    [[nodiscard]] Result<void> setValue(UnitOfWork& work, const QString& key, const QString& value);
    // Idempotent.
    [[nodiscard]] Result<void> remove(UnitOfWork& work, const QString& key);

private:
    Database& m_database;
};

} // namespace kasboek::storage
