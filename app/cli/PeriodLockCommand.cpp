#include "PeriodLockCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "LedgerReady.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "PostedEntryOutput.h"
#include "ResultOutput.h"
#include "ledger/Ledger.h"
#include "storage/CompanyFile.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kasboek::cli {

CommandSpec PeriodLockCommand::spec() const
{
    return {
        .name = u"period lock"_s,
        .summary = tr("Close the books up to a date, or show up to when they are closed."),
        .description
        = tr("With --through, closes every period up to and including that date, typically the last day of a "
             "VAT period once its return is filed: nothing dated on or before it can be posted, changed or "
             "deleted any more, and the lock only moves forward. The date must be over. Without --through, "
             "prints the date the books are closed through (or that none is).")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = { CommonOptions::companyFile() },
        .options = QList<CommandSpec::Option> {
                       { .name = u"through"_s,
                         .valueName = u"YYYY-MM-DD"_s,
                         .description = tr("The last day to close.") },
                       CommonOptions::format({ u"text"_s, u"json"_s }),
                   }
            + PassphraseSource::options(),
        .examples = u"kasboek-cli period lock books.kasboek --through 2026-03-31\n"
                    "kasboek-cli period lock books.kasboek --format json"_s,
    };
}

int PeriodLockCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    const QString path = arguments.argument(u"FILE"_s);
    QDate through;
    if (arguments.isSet(u"through"_s)) {
        through = QDate::fromString(arguments.option(u"through"_s), Qt::ISODate);
        if (!through.isValid())
            return context.report({}, CliError::usage(tr("--through needs a date as YYYY-MM-DD")));
    }
    auto file = LedgerReady::openOrReport(context, path, arguments);
    if (!file)
        return file.error();
    ledger::Ledger ledger(**file);
    if (through.isValid()) {
        if (auto locked = ledger.lockThrough(through); !locked)
            return PostedEntryOutput::reportRefusal(context, path, locked.error());
    }
    auto current = ledger.lockedThrough();
    if (!current)
        return context.report(path, CliError::fromCore(current.error()));

    const QString date = *current ? (*current)->toString(Qt::ISODate) : QString();
    const QJsonObject json { { u"locked_through"_s,
                               *current ? QJsonValue(date) : QJsonValue(QJsonValue::Null) } };
    return ResultOutput::print(
        context, arguments.option(u"format"_s), json,
        (*current ? tr("The books are closed through %1.").arg(date) : tr("No period is closed.")) + u'\n');
}

} // namespace kasboek::cli
