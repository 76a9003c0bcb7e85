#include "RemindersLettersCommand.h"

#include "CliContext.h"
#include "ExportOptions.h"
#include "ExportSession.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "ReminderOptions.h"
#include "books/Reminders.h"
#include "render/ReminderPdfRenderer.h"
#include "storage/repositories/ReminderRepository.h"

using namespace Qt::StringLiterals;

namespace kasboek::cli {

CommandSpec RemindersLettersCommand::spec() const
{
    QList<CommandSpec::Argument> arguments = ExportOptions::arguments();
    arguments[1].description = tr("The number of an invoice; repeat for more, or use --all.");
    QList<CommandSpec::Option> options = ExportOptions::options();
    options[0].description = tr("The letters of every invoice that had reminders.");
    return {
        .name = u"reminders letters"_s,
        .summary = tr("Write again the letters of reminders already sent."),
        .description = tr("Writes the letter of every reminder recorded for each invoice into DIR as "
                          "reminder-LEVEL-NUMBER.pdf, with the amounts and date it was sent with. Records "
                          "nothing. Prints the path of each letter.")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = arguments,
        .options = options + PassphraseSource::options(),
        .examples = u"kasboek-cli reminders letters books.kasboek 2026-0042 -o letters/"_s,
        .needsGraphics = true,
    };
}

int RemindersLettersCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    auto session = ExportSession::open(context, arguments, { domain::DocumentType::Invoice });
    if (!session)
        return session.error();
    const books::Reminders reminders(session->file());
    const storage::ReminderRepository stored(session->file().database());
    render::ReminderPdfRenderer renderer;
    int written = 0;
    for (qint64 id : session->documentIds()) {
        auto sent = stored.forDocument(id);
        if (!sent)
            return context.report(session->path(), CliError::fromCore(sent.error()));
        for (const storage::Reminder& reminder : std::as_const(*sent)) {
            auto letter = reminders.letter(reminder.id);
            if (!letter)
                return context.report(session->path(), CliError::fromCore(letter.error()));
            auto pdf = renderer.render(*letter, session->printer().documentTemplate());
            if (!pdf)
                return context.report(letter->invoiceNumber, CliError::fromCore(pdf.error()));
            auto path = session->target().write(
                ReminderOptions::fileName(letter->level, letter->invoiceNumber), *pdf);
            if (!path)
                return context.report(session->path(), path.error());
            context.out() << *path << u'\n';
            ++written;
        }
    }
    if (written == 0)
        context.notice(session->path(), tr("no reminder has been recorded for these invoices"));
    context.out().flush();
    return static_cast<int>(ExitCode::Success);
}

} // namespace kasboek::cli
