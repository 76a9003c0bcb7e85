#include "CheckCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "FileChecks.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "storage/CompanyFile.h"

using namespace Qt::StringLiterals;

namespace kasboek::cli {

CommandSpec CheckCommand::spec() const
{
    QString checks;
    for (const auto& check : FileChecks::all())
        checks += u"\n  "_s + check.name + u": "_s + check.description;
    return {
        .name = u"check"_s,
        .summary = tr("Check a file's integrity; exit 0 only if every check holds."),
        .description = tr("Unlocks FILE, runs every check and prints one line per check: its name, then "
                          "\"ok\" or \"failed\" followed by the problems found. The exit code is 0 only if "
                          "every check holds, 4 if the file is damaged. The checks:")
            + checks + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = { CommonOptions::companyFile() },
        .options = PassphraseSource::options(),
        .examples = u"kasboek-cli check books.kasboek && echo intact"_s,
    };
}

int CheckCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    const QString path = arguments.argument(u"FILE"_s);
    auto file = context.openOrReport(path, arguments);
    if (!file)
        return file.error();

    // Every check runs even after one fails: the whole picture helps a repair.
    // The first failure decides the exit code.
    std::optional<ExitCode> failure;
    qsizetype failedChecks = 0;
    QTextStream& out = context.out();
    for (const auto& check : FileChecks::all()) {
        const FileChecks::Outcome outcome = check.run(**file);
        if (outcome.error) {
            out << check.name << u": "_s << tr("could not be completed") << Qt::endl;
            context.report(path, *outcome.error);
            failure = failure.value_or(outcome.error->exitCode);
            continue;
        }
        out << check.name << u": "_s << (outcome.held ? tr("ok") : tr("failed")) << u'\n';
        // SQLite's reports may span lines: every line is indented under its check.
        for (const QString& problem : outcome.problems) {
            for (const QString& line : problem.split(u'\n', Qt::SkipEmptyParts))
                out << u"  "_s << line << u'\n';
        }
        out.flush();
        if (!outcome.held) {
            ++failedChecks;
            failure = failure.value_or(ExitCode::FileUnusable);
        }
    }
    (*file)->close();
    if (failedChecks > 0)
        context.report(path,
                       { ExitCode::FileUnusable,
                         tr("The file is damaged: %n check(s) failed. Restore it from a backup.", nullptr,
                            static_cast<int>(failedChecks)) });
    return static_cast<int>(failure.value_or(ExitCode::Success));
}

} // namespace kasboek::cli
