#pragma once

#include <QString>
#include <QtGlobal>

namespace kasboek::storage {

// A document number handed out by NumberSeriesRepository::allocate(): the text printed on the
// document and the counter position it took, e.g. "2026-0042", sequence 42 of period "2026".
struct AllocatedNumber
{
    qint64 seriesId = 0;
    QString number;
    qint64 sequence = 0;
    QString period; // "all" (the series never restarts), "2026" or "2026-03"

    friend bool operator==(const AllocatedNumber&, const AllocatedNumber&) = default;
};

} // namespace kasboek::storage
