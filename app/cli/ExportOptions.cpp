#include "ExportOptions.h"

#include "CommonOptions.h"

using namespace Qt::StringLiterals;

namespace kasboek::cli {

QList<CommandSpec::Argument> ExportOptions::arguments()
{
    return {
        CommonOptions::companyFile(),
        { .name = u"NUMBER"_s,
          .description = tr("The number of a document to export; repeat for more, or use --all."),
          .arity = CommandSpec::Argument::Arity::ZeroOrMore },
    };
}

QList<CommandSpec::Option> ExportOptions::options()
{
    return {
        { .name = u"all"_s,
          .description = tr("Export every issued document of the kinds this command exports.") },
        { .name = u"output"_s,
          .valueName = u"DIR"_s,
          .description
          = tr("The folder to write into; created when missing. Files of the same name are replaced."),
          .shortName = u'o' },
    };
}

} // namespace kasboek::cli
