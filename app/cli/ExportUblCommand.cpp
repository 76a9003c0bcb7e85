#include "ExportUblCommand.h"

#include "CliContext.h"
#include "DocumentSelection.h"
#include "ExportOptions.h"
#include "ExportSession.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "exchange/ubl/UblWriter.h"
#include "storage/repositories/DocumentRepository.h"

using namespace Qt::StringLiterals;
using kasboek::domain::DocumentType;

namespace kasboek::cli {

CommandSpec ExportUblCommand::spec() const
{
    return {
        .name = u"export ubl"_s,
        .summary = tr("Write issued invoices and credit notes as Peppol BIS 3.0 UBL files."),
        .description = tr("Writes one UBL 2.1 file per issued invoice or credit note into DIR "
                          "(invoice-2026-0001.xml), as Peppol BIS Billing 3.0 requires it: endpoint ids, VAT "
                          "breakdown, payment means with the structured communication, and the PDF of the "
                          "document embedded (leave it out with --no-pdf). Prints the path of each file "
                          "written. With --all, a document for a customer without a Peppol address (a consumer) is "
                          "skipped with a notice; any other document Peppol would refuse is reported and stops "
                          "the export (exit 5).")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = ExportOptions::arguments(),
        .options = ExportOptions::options()
            + QList<CommandSpec::Option> {
                  { .name = u"no-pdf"_s, .description = tr("Do not embed the PDF of each document.") },
              }
            + PassphraseSource::options(),
        .examples = u"kasboek-cli export ubl books.kasboek --all -o peppol/\n"
                    "kasboek-cli export ubl books.kasboek 2026-0042 CN2026-0003 -o out/"_s,
        .needsGraphics = true,
    };
}

int ExportUblCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    auto session
        = ExportSession::open(context, arguments, { DocumentType::Invoice, DocumentType::CreditNote });
    if (!session)
        return session.error();
    const bool embedPdf = !arguments.isSet(u"no-pdf"_s);
    const storage::DocumentRepository documents = session->documents();
    for (qint64 id : session->documentIds()) {
        auto document = documents.find(id);
        if (!document)
            return context.report(session->path(), CliError::fromCore(document.error()));
        QByteArray pdf;
        if (embedPdf) {
            auto printed = session->printer().pdf(*document);
            if (!printed)
                return context.report(document->number, CliError::fromCore(printed.error()));
            pdf = *printed;
        }
        auto xml = exchange::ubl::UblWriter::write(
            *document, pdf, DocumentSelection::fileName(document->type, document->number, u"pdf"_s));
        if (!xml) {
            // A consumer has no Peppol address: with --all that invoice is simply not for Peppol.
            const bool consumer = xml.error().field == u"buyer.peppolId" && xml.error().detail == u"missing";
            if (consumer && arguments.isSet(u"all"_s)) {
                context.notice(document->number,
                               tr("skipped: the customer has no Peppol address; send the PDF"));
                continue;
            }
            return context.report(document->number, CliError::fromCore(xml.error()));
        }
        auto written = session->target().write(
            DocumentSelection::fileName(document->type, document->number, u"xml"_s), *xml);
        if (!written)
            return context.report(session->path(), written.error());
        context.out() << *written << u'\n';
    }
    return static_cast<int>(ExitCode::Success);
}

} // namespace kasboek::cli
