#pragma once

#include "Error.h"
#include "Journal.h"

#include <QCoreApplication>
#include <QList>
#include <QStringView>

namespace kasboek::storage {
class Database;
class Statement;
class UnitOfWork;
} // namespace kasboek::storage

namespace kasboek::ledger {

// The journals table. A file starts with a sales (SAL), purchases (PUR) and general (GEN)
// journal; installing a chart adds a bank and a cash journal.
class JournalRepository final
{
    Q_DECLARE_TR_FUNCTIONS(JournalRepository)
public:
    explicit JournalRepository(storage::Database& database);

    // Stored codes: "sales", "purchases", "bank", "cash", "general".
    [[nodiscard]] static QString kindCode(JournalKind kind);
    [[nodiscard]] static std::optional<JournalKind> kindFromCode(QStringView code);

    [[nodiscard]] Result<Journal> find(qint64 id) const;
    [[nodiscard]] Result<Journal> findByCode(const QString& code) const;
    // The first journal of that kind that is not archived (lowest id); NotFound if none.
    [[nodiscard]] Result<Journal> firstOfKind(JournalKind kind) const;
    [[nodiscard]] Result<QList<Journal>> list() const;

    // Validates (code of 1-20 letters and digits, unique; a name; an account for bank and cash
    // journals and for no other) and inserts.
    [[nodiscard]] Result<Journal> insert(storage::UnitOfWork& work, const Journal& journal);
    // Records the IBAN of a bank journal's account (as IBANs are stored: no spaces, upper case),
    // so that its statements find it.
    [[nodiscard]] Result<Journal> assignIban(storage::UnitOfWork& work, const Journal& journal,
                                             const QString& iban);

private:
    [[nodiscard]] Result<QList<Journal>> select(const char* condition, const QString& value) const;

    storage::Database& m_database;
};

} // namespace kasboek::ledger
