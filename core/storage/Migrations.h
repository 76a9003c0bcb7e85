#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

namespace kasboek::storage {

class Database;

// One forward-only schema step, from version - 1 to version.
struct Migration
{
    int version = 0;
    QString description;
    std::function<Result<void>(Database&)> apply;
};

// The ordered steps that build a file's schema. Kasboek uses standard(); tests
// build their own sets to exercise upgrades and the newer-file refusal.
class MigrationSet final
{
    Q_DECLARE_TR_FUNCTIONS(MigrationSet)
public:
    explicit MigrationSet(QList<Migration> steps);

    [[nodiscard]] static const MigrationSet& standard();
    // A step that runs the SQL script in a Qt resource (":/kasboek/migrations/...").
    [[nodiscard]] static Migration fromResource(int version, QString description, QString resourcePath);

    [[nodiscard]] int latestVersion() const;
    [[nodiscard]] const QList<Migration>& steps() const { return m_steps; }

    // Applies every step after `fromVersion`, in order, and sets PRAGMA user_version.
    // The caller holds the transaction: all steps land together or none does.
    [[nodiscard]] Result<void> applyAfter(Database& database, int fromVersion) const;

private:
    QList<Migration> m_steps;
};

} // namespace kasboek::storage
