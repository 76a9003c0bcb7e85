#include "VatReturn.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QHash>

using namespace Qt::StringLiterals;
using kasboek::ledger::VatKind;
using kasboek::ledger::VatPart;

namespace kasboek::reports {

namespace {

// Sales and the self-assessed VAT we owe are credits; costs and deductible VAT debits.
bool normalIsCredit(VatKind kind, VatPart part)
{
    return ledger::isSale(kind) || part == VatPart::VatDue;
}

struct GroupKey
{
    VatKind kind;
    int rate;
    VatPart part;
    friend bool operator==(const GroupKey&, const GroupKey&) = default;
};

size_t qHash(const GroupKey& key, size_t seed = 0)
{
    return qHashMulti(seed, static_cast<int>(key.kind), key.rate, static_cast<int>(key.part));
}

struct Sides
{
    qint64 debit = 0;
    qint64 credit = 0;
};

bool rateMatches(const VatBoxSource& source, int rate)
{
    if (source.rateBasisPoints && *source.rateBasisPoints != rate)
        return false;
    if (source.otherRatesOnly && source.excludedRates.contains(rate))
        return false;
    return true;
}

qint64 sideAmount(const Sides& sides, const GroupKey& key, VatSide side)
{
    const bool credit = normalIsCredit(key.kind, key.part) == (side == VatSide::Normal);
    return credit ? sides.credit : sides.debit;
}

} // namespace

Result<VatReturn> VatReturn::compute(storage::Database& database, QList<VatBox> form, QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(ErrorCode::Validation, tr("A VAT return covers a period: its end comes after its start."),
                    u"to"_s);
    auto statement
        = database.prepare("SELECT vat_kind, vat_rate, vat_part, sum(debit), sum(credit) "
                           "FROM journal_lines WHERE vat_kind IS NOT NULL AND entry_date BETWEEN ?1 AND ?2 "
                           "GROUP BY vat_kind, vat_rate, vat_part");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    QHash<GroupKey, Sides> groups;
    while (true) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const auto kind = ledger::vatKindFromCode(statement->columnText(0));
        const auto part = ledger::vatPartFromCode(statement->columnText(2));
        if (!kind || !part)
            return fail(ErrorCode::CorruptFile, tr("The ledger holds a VAT code this version cannot read."),
                        {}, statement->columnText(0));
        groups.insert(GroupKey { *kind, static_cast<int>(statement->columnInt(1)), *part },
                      Sides { statement->columnInt(3), statement->columnInt(4) });
    }

    VatReturn result;
    result.m_from = from;
    result.m_to = to;
    QHash<QString, qint64> values;
    for (const VatBox& box : std::as_const(form)) {
        qint64 amount = 0;
        for (const VatBoxSource& source : box.sources) {
            for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
                const GroupKey& key = it.key();
                if (key.part != source.part || !source.kinds.contains(key.kind)
                    || !rateMatches(source, key.rate))
                    continue;
                amount += source.sign * sideAmount(*it, key, source.side);
            }
        }
        for (const auto& [code, sign] : box.totalOf)
            amount += sign * values.value(code);
        if (box.positivePartOnly)
            amount = std::max<qint64>(amount, 0);
        if (box.negativePartOnly)
            amount = std::max<qint64>(-amount, 0);
        values.insert(box.code, amount);
        result.m_figures.append(VatBoxFigure { box.code, box.label, amount });
    }
    result.m_form = std::move(form);
    return result;
}

qint64 VatReturn::amount(const QString& code) const
{
    for (const VatBoxFigure& figure : m_figures) {
        if (figure.code == code)
            return figure.amount;
    }
    return 0;
}

Result<QList<VatBoxLine>> VatReturn::linesOf(storage::Database& database, const QString& code) const
{
    const VatBox* box = nullptr;
    for (const VatBox& candidate : m_form) {
        if (candidate.code == code)
            box = &candidate;
    }
    if (!box)
        return fail(ErrorCode::NotFound, tr("The return has no box %1.").arg(code), u"box"_s);
    auto statement = database.prepare(
        "SELECT l.entry_id, l.entry_date, j.code, e.reference, e.description, e.counterparty, l.vat_kind, "
        "l.vat_rate, l.vat_part, l.debit, l.credit FROM journal_lines l "
        "JOIN journal_entries e ON e.id = l.entry_id JOIN journals j ON j.id = e.journal_id "
        "WHERE l.vat_kind IS NOT NULL AND l.entry_date BETWEEN ?1 AND ?2 ORDER BY l.entry_date, l.entry_id, "
        "l.position");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, m_from.toString(Qt::ISODate)).bind(2, m_to.toString(Qt::ISODate));
    QList<VatBoxLine> lines;
    while (true) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return lines;
        const auto kind = ledger::vatKindFromCode(statement->columnText(6));
        const auto part = ledger::vatPartFromCode(statement->columnText(8));
        if (!kind || !part)
            continue;
        const GroupKey key { *kind, static_cast<int>(statement->columnInt(7)), *part };
        const Sides sides { statement->columnInt(9), statement->columnInt(10) };
        qint64 amount = 0;
        bool counted = false;
        for (const VatBoxSource& source : box->sources) {
            if (key.part != source.part || !source.kinds.contains(key.kind) || !rateMatches(source, key.rate))
                continue;
            const qint64 share = sideAmount(sides, key, source.side);
            if (share == 0)
                continue;
            amount += source.sign * share;
            counted = true;
        }
        if (!counted)
            continue;
        lines.append(VatBoxLine { statement->columnInt(0),
                                  QDate::fromString(statement->columnText(1), Qt::ISODate),
                                  statement->columnText(2), statement->columnText(3),
                                  statement->columnText(4), statement->columnText(5), amount });
    }
}

} // namespace kasboek::reports
