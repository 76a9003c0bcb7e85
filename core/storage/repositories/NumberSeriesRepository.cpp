#include "NumberSeriesRepository.h"

#include "NumberPattern.h"
#include "RecordStore.h"
#include "domain/FieldRules.h"

#include <limits>

using namespace Qt::StringLiterals;
using kasboek::domain::DocumentType;
using kasboek::domain::DocumentTypes;

namespace kasboek::storage {

namespace {

constexpr const char* kTable = "number_series";
constexpr const char* kCounters = "number_counters";
constexpr qsizetype kMaxNameLength = 100;

constexpr const char* kSelect
    = "SELECT id, uid, document_type, name, pattern, is_default, archived, created_at, "
      "updated_at FROM number_series";

enum Column { Id, Uid, DocumentTypeColumn, Name, Pattern, IsDefault, Archived, CreatedAt, UpdatedAt };

RowImage counterRow(qint64 seriesId, const QString& period, qint64 lastSequence)
{
    RowImage row;
    row.integer("series_id", seriesId).text("period", period).integer("last_sequence", lastSequence);
    return row;
}

} // namespace

NumberSeriesRepository::NumberSeriesRepository(Database& database)
    : m_database(database)
{ }

RecordStore<NumberSeriesRepository, NumberSeries> NumberSeriesRepository::store() const
{
    return { *this, m_database, kTable, kSelect };
}

Result<NumberSeries> NumberSeriesRepository::find(qint64 id) const
{
    return store().find(id);
}

Result<NumberSeries> NumberSeriesRepository::findByUid(const QUuid& uid) const
{
    return store().findByUid(uid);
}

Result<NumberSeries> NumberSeriesRepository::defaultFor(DocumentType type) const
{
    auto series
        = store().findWhere("document_type = ?1 AND is_default = 1", QVariant(DocumentTypes::code(type)));
    if (!series && series.error().code == ErrorCode::NotFound)
        return fail(ErrorCode::NotFound,
                    tr("There is no default numbering series for %1.").arg(DocumentTypes::displayName(type)),
                    u"seriesId"_s);
    return series;
}

Result<QList<NumberSeries>> NumberSeriesRepository::list(std::optional<DocumentType> type,
                                                         bool includeArchived) const
{
    SqlFilter filter;
    if (type)
        filter.add("document_type = ?", { DocumentTypes::code(*type) });
    if (!includeArchived)
        filter.add("archived = 0");
    return store().list(filter, " ORDER BY document_type, is_default DESC, id", -1, 0);
}

Result<NumberSeries> NumberSeriesRepository::insert(UnitOfWork& work, const NumberSeries& series)
{
    auto valid = normalised(series);
    if (!valid)
        return std::unexpected(valid.error());
    if (valid->isDefault) {
        if (auto cleared = clearDefault(work, valid->documentType, 0); !cleared)
            return std::unexpected(cleared.error());
    }
    return store().insert(work, *valid);
}

Result<NumberSeries> NumberSeriesRepository::update(UnitOfWork& work, const NumberSeries& series)
{
    auto valid = normalised(series);
    if (!valid)
        return std::unexpected(valid.error());
    auto current = find(series.id);
    if (!current)
        return std::unexpected(current.error());
    if (valid->documentType != current->documentType)
        return fail(ErrorCode::Validation, tr("A numbering series keeps the document type it numbers."),
                    u"documentType"_s);
    if (current->isDefault && !valid->isDefault)
        return fail(ErrorCode::Validation,
                    tr("Make another series the default; this one then stops being it."), u"isDefault"_s);
    if (valid->isDefault && !current->isDefault) {
        if (current->archived)
            return fail(ErrorCode::Validation, tr("An archived series cannot be the default."),
                        u"archived"_s);
        if (auto cleared = clearDefault(work, valid->documentType, current->id); !cleared)
            return std::unexpected(cleared.error());
    }
    return store().update(work, *valid);
}

Result<NumberSeries> NumberSeriesRepository::archive(UnitOfWork& work, qint64 id)
{
    auto current = find(id);
    if (!current)
        return std::unexpected(current.error());
    if (current->isDefault)
        return fail(ErrorCode::Validation,
                    tr("The default series cannot be archived; make another series the default first."),
                    u"archived"_s);
    return store().setArchived(work, id, true);
}

Result<NumberSeries> NumberSeriesRepository::unarchive(UnitOfWork& work, qint64 id)
{
    return store().setArchived(work, id, false);
}

Result<void> NumberSeriesRepository::remove(UnitOfWork& work, qint64 id)
{
    auto current = find(id);
    if (!current)
        return std::unexpected(current.error());
    if (auto removable = checkRemovable(work, *current); !removable)
        return removable;
    // The counters go with their series; each removal is recorded like any other change.
    auto counters
        = m_database.prepare("SELECT id, period, last_sequence FROM number_counters WHERE series_id = ?1");
    if (!counters)
        return std::unexpected(counters.error());
    counters->bind(1, id);
    QList<std::pair<qint64, RowImage>> rows;
    while (true) {
        auto row = counters->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        rows.append(
            { counters->columnInt(0), counterRow(id, counters->columnText(1), counters->columnInt(2)) });
    }
    for (const auto& [counterId, image] : std::as_const(rows)) {
        if (auto removed = TableWriter(work, kCounters).remove(counterId, QString(), image); !removed)
            return removed;
    }
    return store().remove(work, id);
}

Result<NumberSeriesRepository::Counter> NumberSeriesRepository::counter(qint64 seriesId,
                                                                        const QString& period) const
{
    auto statement = m_database.prepare(
        "SELECT id, last_sequence FROM number_counters WHERE series_id = ?1 AND period = ?2");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, seriesId).bind(2, period);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return Counter {};
    return Counter { statement->columnInt(0), statement->columnInt(1) };
}

Result<void> NumberSeriesRepository::writeCounter(UnitOfWork& work, qint64 seriesId, const QString& period,
                                                  const Counter& current, qint64 lastSequence)
{
    TableWriter writer(work, kCounters);
    if (current.id == 0) {
        auto inserted = writer.insert(QString(), counterRow(seriesId, period, lastSequence));
        if (!inserted)
            return std::unexpected(inserted.error());
        return {};
    }
    auto updated = writer.update(current.id, QString(), counterRow(seriesId, period, current.lastSequence),
                                 counterRow(seriesId, period, lastSequence));
    if (!updated)
        return std::unexpected(updated.error());
    return {};
}

Result<AllocatedNumber> NumberSeriesRepository::peek(qint64 seriesId, QDate date) const
{
    if (!date.isValid())
        return fail(ErrorCode::Validation, tr("A number is given for a valid issue date."), u"issueDate"_s);
    auto series = find(seriesId);
    if (!series)
        return std::unexpected(series.error());
    auto pattern = NumberPattern::parse(series->pattern);
    if (!pattern)
        return std::unexpected(StoredValue::unreadable(kTable, "pattern", seriesId));
    const QString period = pattern->period(date);
    auto current = counter(seriesId, period);
    if (!current)
        return std::unexpected(current.error());
    const qint64 next = current->lastSequence + 1;
    return AllocatedNumber { seriesId, pattern->format(next, date), next, period };
}

Result<AllocatedNumber> NumberSeriesRepository::allocate(UnitOfWork& work, qint64 seriesId, QDate date)
{
    Q_ASSERT(&work.database() == &m_database);
    auto series = find(seriesId);
    if (!series)
        return std::unexpected(series.error());
    if (series->archived)
        return fail(ErrorCode::Conflict, tr("The numbering series is archived; choose another one."),
                    u"seriesId"_s);
    auto next = peek(seriesId, date);
    if (!next)
        return next;
    auto current = counter(seriesId, next->period);
    if (!current)
        return std::unexpected(current.error());
    if (auto written = writeCounter(work, seriesId, next->period, *current, next->sequence); !written)
        return std::unexpected(written.error());
    return next;
}

Result<void> NumberSeriesRepository::setNextSequence(UnitOfWork& work, qint64 seriesId, QDate date,
                                                     qint64 next)
{
    Q_ASSERT(&work.database() == &m_database);
    auto coming = peek(seriesId, date);
    if (!coming)
        return std::unexpected(coming.error());
    if (next < coming->sequence)
        return fail(ErrorCode::Validation,
                    tr("Numbers up to %1 were already given out in this series; the next one is at least %2.")
                        .arg(coming->sequence - 1)
                        .arg(coming->sequence),
                    u"nextSequence"_s);
    if (next == coming->sequence)
        return {};
    auto current = counter(seriesId, coming->period);
    if (!current)
        return std::unexpected(current.error());
    return writeCounter(work, seriesId, coming->period, *current, next - 1);
}

Result<void> NumberSeriesRepository::clearDefault(UnitOfWork& work, DocumentType type, qint64 keepId)
{
    auto current = defaultFor(type);
    if (!current) {
        if (current.error().code == ErrorCode::NotFound)
            return {};
        return std::unexpected(current.error());
    }
    if (current->id == keepId)
        return {};
    NumberSeries next = *current;
    next.isDefault = false;
    next.updatedAt = StoredValue::parseTimestamp(work.timestamp());
    auto changed = TableWriter(work, kTable)
                       .update(current->id, StoredValue::uid(current->uid), toRow(*current), toRow(next));
    if (!changed)
        return std::unexpected(changed.error());
    return {};
}

Result<void> NumberSeriesRepository::checkRemovable(UnitOfWork& work, const NumberSeries& series) const
{
    auto statement = work.database().prepare("SELECT count(*) FROM documents WHERE series_id = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, series.id);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    const qint64 used = *row ? statement->columnInt(0) : 0;
    if (used > 0)
        return fail(ErrorCode::Conflict,
                    tr("The series numbers %n document(s) and cannot be deleted; archive it instead.",
                       nullptr, int(qMin<qint64>(used, std::numeric_limits<int>::max()))),
                    u"id"_s);
    if (series.isDefault)
        return fail(ErrorCode::Conflict,
                    tr("The default series cannot be deleted; make another series the default first."),
                    u"isDefault"_s);
    return {};
}

Result<void> NumberSeriesRepository::checkUnique(const NumberSeries& /*series*/, qint64 /*id*/) const
{
    return {};
}

Result<NumberSeries> NumberSeriesRepository::normalised(const NumberSeries& series)
{
    NumberSeries result = series;
    if (!DocumentTypes::isSales(series.documentType))
        return fail(ErrorCode::Validation,
                    tr("Only quotes, invoices and credit notes are numbered by a series."),
                    u"documentType"_s);
    result.name = domain::FieldRules::singleLine(series.name);
    if (result.name.size() > kMaxNameLength)
        return fail(ErrorCode::Validation, tr("A series name has at most %1 characters.").arg(kMaxNameLength),
                    u"name"_s);
    auto pattern = NumberPattern::parse(series.pattern.trimmed());
    if (!pattern)
        return std::unexpected(pattern.error());
    result.pattern = pattern->text();
    if (result.isDefault && result.archived)
        return fail(ErrorCode::Validation, tr("An archived series cannot be the default."), u"archived"_s);
    return result;
}

QString NumberSeriesRepository::message(RecordMessage message)
{
    switch (message) {
    case RecordMessage::NotFound:
        return tr("The numbering series does not exist (any more).");
    case RecordMessage::NegativeOffset:
        return tr("A list cannot start before its first row.");
    case RecordMessage::UidMismatch:
        return tr("The series' id and uid belong to different series.");
    case RecordMessage::UidTaken:
        return tr("A numbering series with this id is already stored.");
    }
    Q_UNREACHABLE();
    return {};
}

RowImage NumberSeriesRepository::toRow(const NumberSeries& s)
{
    RowImage row;
    row.text("uid", StoredValue::uid(s.uid))
        .text("document_type", DocumentTypes::code(s.documentType))
        .text("name", s.name)
        .text("pattern", s.pattern)
        .flag("is_default", s.isDefault)
        .flag("archived", s.archived)
        .text("created_at", StoredValue::timestamp(s.createdAt))
        .text("updated_at", StoredValue::timestamp(s.updatedAt));
    return row;
}

Result<NumberSeries> NumberSeriesRepository::fromRow(const Statement& row)
{
    NumberSeries s;
    s.id = row.columnInt(Id);
    s.uid = QUuid::fromString(row.columnText(Uid));
    if (s.uid.isNull())
        return std::unexpected(StoredValue::unreadable(kTable, "uid", s.id));
    auto type = DocumentTypes::fromCode(row.columnText(DocumentTypeColumn));
    if (!type || !DocumentTypes::isSales(*type))
        return std::unexpected(StoredValue::unreadable(kTable, "document_type", s.id));
    s.documentType = *type;
    s.name = row.columnText(Name);
    s.pattern = row.columnText(Pattern);
    s.isDefault = row.columnBool(IsDefault);
    s.archived = row.columnBool(Archived);
    s.createdAt = StoredValue::parseTimestamp(row.columnText(CreatedAt));
    s.updatedAt = StoredValue::parseTimestamp(row.columnText(UpdatedAt));
    if (!s.createdAt.isValid())
        return std::unexpected(StoredValue::unreadable(kTable, "created_at", s.id));
    if (!s.updatedAt.isValid())
        return std::unexpected(StoredValue::unreadable(kTable, "updated_at", s.id));
    return s;
}

} // namespace kasboek::storage
