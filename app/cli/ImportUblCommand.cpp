#include "ImportUblCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "books/PurchaseImporter.h"
#include "domain/documents/DocumentType.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kasboek::cli {

namespace {

// Larger than any invoice with attachments UblReader accepts, so its own limit speaks first.
constexpr qint64 maximumFileSize = 64 * 1024 * 1024;

} // namespace

CommandSpec ImportUblCommand::spec() const
{
    return {
        .name = u"import ubl"_s,
        .summary = tr("Import suppliers' Peppol BIS 3.0 invoices and credit notes."),
        .description = tr("Reads each XML file (UBL 2.1 Invoice or CreditNote, Peppol BIS Billing 3.0) and "
                          "stores it as an issued purchase document with the files it carries and the original "
                          "XML. The supplier is matched on its VAT, enterprise or KvK number, or added as a new "
                          "supplier. A file that is malformed, does not add up, is addressed to another company "
                          "or was imported before is refused and writes nothing; the others are still imported. "
                          "Exit code 5 when any file was refused.")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = {
            CommonOptions::companyFile(),
            { .name = u"XML"_s,
              .description = tr("A supplier's UBL file; several may be given."),
              .arity = CommandSpec::Argument::Arity::OneOrMore },
        },
        .options = PassphraseSource::options(),
        .examples = u"kasboek-cli import ubl books.kasboek inbox/*.xml"_s,
    };
}

int ImportUblCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    const QString path = arguments.argument(u"FILE"_s);
    auto file = context.openOrReport(path, arguments);
    if (!file)
        return file.error();

    books::PurchaseImporter importer(**file);
    std::optional<int> failure;
    for (const QString& xmlPath : arguments.arguments(u"XML"_s)) {
        QFile xmlFile(xmlPath);
        if (!xmlFile.open(QIODevice::ReadOnly)) {
            failure = context.report(
                xmlPath, { ExitCode::Failure, tr("cannot read the file: %1").arg(xmlFile.errorString()) });
            continue;
        }
        if (xmlFile.size() > maximumFileSize) {
            failure = context.report(
                xmlPath, { ExitCode::InputRejected, tr("the file is too large to be an invoice") });
            continue;
        }
        auto imported = importer.importUbl(xmlFile.readAll(), xmlPath);
        if (!imported) {
            CliError error = CliError::fromCore(imported.error());
            if (imported.error().code == ErrorCode::Conflict)
                error.exitCode = ExitCode::InputRejected;
            failure = context.report(xmlPath, error);
            continue;
        }
        for (const QString& warning : imported->warnings)
            context.notice(xmlPath, warning);
        const domain::Document& document = imported->document;
        context.out() << tr("%1: %2 %3 from %4, %5 %6")
                             .arg(QFileInfo(xmlPath).fileName(),
                                  domain::DocumentTypes::displayName(document.type), document.number,
                                  document.seller.name, document.currency.code(),
                                  document.totalInclusive.toDecimalString())
                      << (imported->supplierAdded ? tr(" (new supplier)") : QString()) << u'\n';
    }
    return failure.value_or(static_cast<int>(ExitCode::Success));
}

} // namespace kasboek::cli
