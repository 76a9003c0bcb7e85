#pragma once

#include "ReportTable.h"

#include <QJsonObject>

namespace kasboek::reports {

// A report as the front ends take it: the table every exporter and view reads, and the
// report's own JSON for scripts (docs/cli.md, `report`), amounts as decimal strings.
struct ReportOutput
{
    ReportTable table;
    QJsonObject json;
};

} // namespace kasboek::reports
