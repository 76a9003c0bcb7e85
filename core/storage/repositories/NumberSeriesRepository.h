#pragma once

#include "AllocatedNumber.h"
#include "Error.h"
#include "NumberSeries.h"
#include "RecordMessage.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QUuid>
#include <optional>

namespace kasboek::storage {

class Database;
template<typename Repository, typename Entity> class RecordStore;
class RowImage;
class Statement;
class UnitOfWork;

// The numbering series of sales documents (number_series) and their counters
// (number_counters). The same write contract as ContactRepository (validate first and write
// nothing when invalid, one ChangeRecord per changed row, no-op updates write nothing), plus:
//
// - insert()/update(): the pattern must parse (NumberPattern; Validation, field "pattern"),
//   the type must be a sales type (field "documentType") and stays what it was on update.
//   Saving a series as the default takes that role from the type's previous default (recorded
//   as an Update of that row); the default cannot give up the role by itself (field
//   "isDefault") nor be archived (field "archived"): make another series the default first.
// - remove(): only a series no document uses (Conflict otherwise; archive it instead).
// - allocate(): the next number of a series for a document issued on a date, written to the
//   counter of the date's period inside the caller's unit of work. Rolling the unit back gives
//   the number back, so numbering is gapless. An archived series allocates nothing (Conflict).
// - setNextSequence(): when numbering continues from another program, the number the next
//   allocate() in the date's period gives. Counters only move forward (Validation, field
//   "nextSequence"): a number once given out is never given again.
class NumberSeriesRepository final
{
    Q_DECLARE_TR_FUNCTIONS(NumberSeriesRepository)
public:
    explicit NumberSeriesRepository(Database& database);

    [[nodiscard]] Result<NumberSeries> find(qint64 id) const;
    [[nodiscard]] Result<NumberSeries> findByUid(const QUuid& uid) const;
    // The default series of a sales type; NotFound when it has none.
    [[nodiscard]] Result<NumberSeries> defaultFor(domain::DocumentType type) const;
    // The series of one type (or all), defaults first; archived ones only when asked.
    [[nodiscard]] Result<QList<NumberSeries>> list(std::optional<domain::DocumentType> type = std::nullopt,
                                                   bool includeArchived = false) const;

    [[nodiscard]] Result<NumberSeries> insert(UnitOfWork& work, const NumberSeries& series);
    [[nodiscard]] Result<NumberSeries> update(UnitOfWork& work, const NumberSeries& series);
    [[nodiscard]] Result<NumberSeries> archive(UnitOfWork& work, qint64 id);
    [[nodiscard]] Result<NumberSeries> unarchive(UnitOfWork& work, qint64 id);
    [[nodiscard]] Result<void> remove(UnitOfWork& work, qint64 id);

    // The number the next allocate() for `date` would give; allocates nothing.
    [[nodiscard]] Result<AllocatedNumber> peek(qint64 seriesId, QDate date) const;
    [[nodiscard]] Result<AllocatedNumber> allocate(UnitOfWork& work, qint64 seriesId, QDate date);
    [[nodiscard]] Result<void> setNextSequence(UnitOfWork& work, qint64 seriesId, QDate date, qint64 next);

private:
    friend class RecordStore<NumberSeriesRepository, NumberSeries>;
    [[nodiscard]] RecordStore<NumberSeriesRepository, NumberSeries> store() const;

    struct Counter
    {
        qint64 id = 0; // 0: the period has no counter yet
        qint64 lastSequence = 0;
    };
    [[nodiscard]] Result<Counter> counter(qint64 seriesId, const QString& period) const;
    [[nodiscard]] Result<void> writeCounter(UnitOfWork& work, qint64 seriesId, const QString& period,
                                            const Counter& current, qint64 lastSequence);
    // Takes the default role from the type's current default, unless that is `keepId`.
    [[nodiscard]] Result<void> clearDefault(UnitOfWork& work, domain::DocumentType type, qint64 keepId);

    [[nodiscard]] Result<void> checkRemovable(UnitOfWork& work, const NumberSeries& series) const;
    [[nodiscard]] Result<void> checkUnique(const NumberSeries& series, qint64 id) const;
    [[nodiscard]] static Result<NumberSeries> normalised(const NumberSeries& series);
    [[nodiscard]] static QString message(RecordMessage message);
    [[nodiscard]] static RowImage toRow(const NumberSeries& series);
    [[nodiscard]] static Result<NumberSeries> fromRow(const Statement& row);

    Database& m_database;
};

} // namespace kasboek::storage
