#include "RemindersSendCommand.h"

#include "CliContext.h"
#include "ExportOptions.h"
#include "ExportSession.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "ReminderOptions.h"
#include "books/Reminders.h"
#include "render/ReminderPdfRenderer.h"

#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace kasboek::cli {

CommandSpec RemindersSendCommand::spec() const
{
    QList<CommandSpec::Argument> arguments = ExportOptions::arguments();
    arguments[1].description = tr("The number of an overdue invoice; repeat for more, or use --all.");
    QList<CommandSpec::Option> options = ExportOptions::options();
    options[0].description = tr("Every invoice that is due for a reminder on the date.");
    return {
        .name = u"reminders send"_s,
        .summary = tr("Record the next reminder of overdue invoices and write the letters."),
        .description
        = tr("For each invoice (all that are due with --all) records its next reminder on the date "
             "(first, second or formal notice, with the interest and compensation the file's "
             "settings claim) and writes the letter in the invoice's language into DIR as "
             "reminder-LEVEL-NUMBER.pdf. Prints the path of each letter. A named invoice that is "
             "not due for a reminder is refused (exit code 5); the others are still sent.")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = arguments,
        .options = options + QList<CommandSpec::Option> { ReminderOptions::dateOption() }
            + PassphraseSource::options(),
        .examples = u"kasboek-cli reminders send books.kasboek --all -o letters/\n"
                    "kasboek-cli reminders send books.kasboek 2026-0042 --date 2026-12-01 -o letters/"_s,
        .needsGraphics = true,
    };
}

int RemindersSendCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    auto date = ReminderOptions::date(arguments);
    if (!date)
        return context.report({}, date.error());
    auto session = ExportSession::open(context, arguments, { domain::DocumentType::Invoice });
    if (!session)
        return session.error();
    books::Reminders reminders(session->file());
    auto due = reminders.due(*date);
    if (!due)
        return context.report(session->path(), CliError::fromCore(due.error()));
    QHash<qint64, QString> dueNumbers;
    for (const books::ReminderDue& item : std::as_const(*due))
        dueNumbers.insert(item.invoiceId, item.number);

    const bool all = arguments.isSet(u"all"_s);
    const QString day = date->toString(Qt::ISODate);
    render::ReminderPdfRenderer renderer;
    std::optional<int> failure;
    int sent = 0;
    for (qint64 id : session->documentIds()) {
        if (!dueNumbers.contains(id)) {
            if (all)
                continue;
            const auto invoice = session->documents().find(id);
            failure
                = context.report(invoice ? invoice->number : QString(),
                                 { ExitCode::InputRejected, tr("not due for a reminder on %1").arg(day) });
            continue;
        }
        const QString& number = dueNumbers.value(id);
        auto letter = reminders.preview(id, *date);
        if (!letter) {
            failure = context.report(number, CliError::fromCore(letter.error()));
            continue;
        }
        auto pdf = renderer.render(*letter, session->printer().documentTemplate());
        if (!pdf) {
            failure = context.report(number, CliError::fromCore(pdf.error()));
            continue;
        }
        auto written = session->target().write(ReminderOptions::fileName(letter->level, number), *pdf);
        if (!written)
            return context.report(session->path(), written.error());
        if (auto recorded = reminders.record(id, *date); !recorded) {
            QFile::remove(*written);
            failure = context.report(number, CliError::fromCore(recorded.error()));
            continue;
        }
        context.out() << *written << u'\n';
        ++sent;
    }
    if (all && sent == 0 && !failure)
        context.notice(session->path(), tr("no invoice is due for a reminder on %1").arg(day));
    context.out().flush();
    return failure.value_or(static_cast<int>(ExitCode::Success));
}

} // namespace kasboek::cli
