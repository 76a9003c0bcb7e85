#include "Migrations.h"

#include "Database.h"

#include <QFile>

namespace kasboek::storage {

MigrationSet::MigrationSet(QList<Migration> steps)
    : m_steps(std::move(steps))
{
    for (qsizetype i = 0; i < m_steps.size(); ++i)
        Q_ASSERT_X(m_steps[i].version == i + 1, "MigrationSet", "versions must be 1, 2, 3, ... in order");
}

const MigrationSet& MigrationSet::standard()
{
    static const MigrationSet set({
        fromResource(1, QStringLiteral("company, settings, contacts, products"),
                     QStringLiteral(":/kasboek/migrations/001_initial.sql")),
        fromResource(2, QStringLiteral("quotes, invoices, credit notes, numbering, payments"),
                     QStringLiteral(":/kasboek/migrations/002_documents.sql")),
        fromResource(3, QStringLiteral("recurring invoices, reminders"),
                     QStringLiteral(":/kasboek/migrations/003_recurring_reminders.sql")),
        fromResource(4, QStringLiteral("an index for issuing, the interest rate on reminders"),
                     QStringLiteral(":/kasboek/migrations/004_issuing_index_reminder_rate.sql")),
        fromResource(5, QStringLiteral("the ledger: accounts, journals, entries, fiscal years"),
                     QStringLiteral(":/kasboek/migrations/005_ledger.sql")),
        fromResource(6, QStringLiteral("payments: bank charges, excess, write-offs; a contact's entries"),
                     QStringLiteral(":/kasboek/migrations/006_payment_settlement.sql")),
        fromResource(7, QStringLiteral("indexes for the document lists and the open documents of a date"),
                     QStringLiteral(":/kasboek/migrations/007_document_list_indexes.sql")),
        fromResource(8, QStringLiteral("bank statements and their lines"),
                     QStringLiteral(":/kasboek/migrations/008_bank_statements.sql")),
    });
    return set;
}

Migration MigrationSet::fromResource(int version, QString description, QString resourcePath)
{
    return Migration { version, std::move(description), [resourcePath](Database& database) -> Result<void> {
                          QFile script(resourcePath);
                          if (!script.open(QIODevice::ReadOnly))
                              return fail(ErrorCode::Database, tr("A schema upgrade script is missing."), {},
                                          resourcePath);
                          const QByteArray sql = script.readAll();
                          return database.execute(sql.constData());
                      } };
}

int MigrationSet::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.last().version;
}

Result<void> MigrationSet::applyAfter(Database& database, int fromVersion) const
{
    for (const Migration& step : m_steps) {
        if (step.version <= fromVersion)
            continue;
        if (auto applied = step.apply(database); !applied) {
            Error error = applied.error();
            error.detail = QStringLiteral("migration %1 (%2): %3")
                               .arg(step.version)
                               .arg(step.description, error.detail);
            return std::unexpected(std::move(error));
        }
    }
    // PRAGMA takes no bound parameters; the value is our own integer, not input.
    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(latestVersion());
    return database.execute(setVersion.constData());
}

} // namespace kasboek::storage
