#pragma once

#include <QString>
#include <QtGlobal>

namespace kasboek::storage {

// Which contacts ContactRepository::list() and count() return, in which order, and which page
// of them: what the contacts list in the UI, the invoice's customer picker and the CLI ask.
struct ContactQuery
{
    enum class Role {
        Any,
        Customers, // is_customer: includes contacts that are also suppliers
        Suppliers, // is_supplier
    };
    enum class Archived { Exclude, Include, Only };
    enum class SortColumn { Name, City, Country, Email, VatNumber, CreatedAt, UpdatedAt };

    // Matched, as a substring, against name, e-mail, city and VAT number (the VAT number also
    // as typed with spaces or dots: "0123.456" finds BE0123456749). Case-insensitive for
    // ASCII letters only (SQLite's LIKE): "müller" does not find "MÜLLER".
    QString search;
    Role role = Role::Any;
    Archived archived = Archived::Exclude;
    SortColumn sortBy = SortColumn::Name; // ties are broken by id, so pages never overlap
    Qt::SortOrder order = Qt::AscendingOrder;
    qint64 offset = 0; // rows to skip; not negative
    qint64 limit = -1; // rows to return at most; negative for all
};

} // namespace kasboek::storage
