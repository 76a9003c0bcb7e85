#include "ExportSession.h"

#include "CliContext.h"
#include "DocumentSelection.h"
#include "ParsedArguments.h"
#include "storage/repositories/SettingsRepository.h"

using namespace Qt::StringLiterals;

namespace kasboek::cli {

ExportSession::ExportSession(QString path, ExportTarget target, std::unique_ptr<storage::CompanyFile> file,
                             QList<qint64> ids, std::unique_ptr<render::CompanyDocumentPrinter> printer)
    : m_path(std::move(path))
    , m_target(std::move(target))
    , m_file(std::move(file))
    , m_ids(std::move(ids))
    , m_printer(std::move(printer))
{ }

std::expected<ExportSession, int> ExportSession::open(CliContext& context, const ParsedArguments& arguments,
                                                      const QList<domain::DocumentType>& types)
{
    const QString path = arguments.argument(u"FILE"_s);
    auto target = ExportTarget::open(arguments.option(u"output"_s));
    if (!target)
        return std::unexpected(context.report({}, target.error()));
    auto file = context.openOrReport(path, arguments);
    if (!file)
        return std::unexpected(file.error());
    auto ids = DocumentSelection::resolve(storage::DocumentRepository((*file)->database()), arguments, types);
    if (!ids)
        return std::unexpected(context.report(path, ids.error()));
    auto documentTemplate
        = render::CompanyDocumentPrinter::loadTemplate(storage::SettingsRepository((*file)->database()));
    if (!documentTemplate)
        return std::unexpected(context.report(path, CliError::fromCore(documentTemplate.error())));
    return ExportSession(path, std::move(*target), std::move(*file), std::move(*ids),
                         std::make_unique<render::CompanyDocumentPrinter>(*documentTemplate));
}

} // namespace kasboek::cli
