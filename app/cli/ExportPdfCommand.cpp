#include "ExportPdfCommand.h"

#include "CliContext.h"
#include "DocumentSelection.h"
#include "ExportOptions.h"
#include "ExportSession.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "storage/repositories/DocumentRepository.h"

using namespace Qt::StringLiterals;
using kasboek::domain::DocumentType;

namespace kasboek::cli {

CommandSpec ExportPdfCommand::spec() const
{
    return {
        .name = u"export pdf"_s,
        .summary = tr("Write the PDF of issued quotes, invoices and credit notes."),
        .description = tr("Writes one PDF per issued document into DIR, named after its kind and number "
                          "(invoice-2026-0001.pdf), exactly as the desktop app prints it: the company's "
                          "template, the legal mentions in the customer's language and, on invoices in euro, "
                          "the payment QR code. Prints the path of each file written.")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = ExportOptions::arguments(),
        .options = ExportOptions::options() + PassphraseSource::options(),
        .examples = u"kasboek-cli export pdf books.kasboek 2026-0042 -o out/\n"
                    "kasboek-cli export pdf books.kasboek --all -o pdf/"_s,
        .needsGraphics = true,
    };
}

int ExportPdfCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    auto session = ExportSession::open(
        context, arguments, { DocumentType::Quote, DocumentType::Invoice, DocumentType::CreditNote });
    if (!session)
        return session.error();
    const storage::DocumentRepository documents = session->documents();
    for (qint64 id : session->documentIds()) {
        auto document = documents.find(id);
        if (!document)
            return context.report(session->path(), CliError::fromCore(document.error()));
        auto pdf = session->printer().pdf(*document);
        if (!pdf)
            return context.report(document->number, CliError::fromCore(pdf.error()));
        auto written = session->target().write(
            DocumentSelection::fileName(document->type, document->number, u"pdf"_s), *pdf);
        if (!written)
            return context.report(session->path(), written.error());
        context.out() << *written << u'\n';
    }
    return static_cast<int>(ExitCode::Success);
}

} // namespace kasboek::cli
