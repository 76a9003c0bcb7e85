#include "CommonOptions.h"

using namespace Qt::StringLiterals;

namespace kasboek::cli {

CommandSpec::Argument CommonOptions::companyFile()
{
    return { .name = u"FILE"_s, .description = tr("The company file.") };
}

CommandSpec::Option CommonOptions::format(QStringList allowedValues)
{
    return { .name = u"format"_s,
             .valueName = u"FORMAT"_s,
             .description = tr("Output format (default: text)."),
             .allowedValues = std::move(allowedValues) };
}

} // namespace kasboek::cli
