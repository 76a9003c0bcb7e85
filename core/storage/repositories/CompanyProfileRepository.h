#pragma once

#include "Error.h"
#include "domain/CompanyProfile.h"

#include <QCoreApplication>

namespace kasboek::storage {

class Database;
class RowImage;
class UnitOfWork;

// The single row of the company table: the business the books belong to. It is created with
// the file (CompanyFile::create) and never deleted, so there is no insert or remove: load()
// reads it, update() changes it. update() validates first (CompanyProfileValidator) and writes
// nothing when the profile is invalid; it writes, and records as one Update ChangeRecord
// (table "company", row id 1, no uid: the table has one row and needs none), only the columns
// that changed, with updated_at; createdAt is not the update's to change.
class CompanyProfileRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CompanyProfileRepository)
public:
    explicit CompanyProfileRepository(Database& database);

    [[nodiscard]] Result<domain::CompanyProfile> load() const;
    [[nodiscard]] Result<domain::CompanyProfile> update(UnitOfWork& work,
                                                        const domain::CompanyProfile& profile);

private:
    [[nodiscard]] static RowImage toRow(const domain::CompanyProfile& profile);

    Database& m_database;
};

} // namespace kasboek::storage
