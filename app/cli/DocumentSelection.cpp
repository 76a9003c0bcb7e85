#include "DocumentSelection.h"

#include "ParsedArguments.h"
#include "storage/repositories/DocumentRepository.h"

using namespace Qt::StringLiterals;

namespace kasboek::cli {

std::expected<QList<qint64>, CliError>
DocumentSelection::resolve(const storage::DocumentRepository& documents, const ParsedArguments& arguments,
                           const QList<domain::DocumentType>& types)
{
    const bool all = arguments.isSet(u"all"_s);
    const QStringList numbers = arguments.arguments(u"NUMBER"_s);
    if (all == !numbers.isEmpty())
        return std::unexpected(CliError::usage(tr("give either --all or the numbers of the documents")));

    QList<qint64> ids;
    if (all) {
        storage::DocumentQuery query;
        query.types = types;
        query.status = domain::DocumentStatus::Issued;
        query.sortBy = storage::DocumentQuery::SortColumn::IssueDate;
        query.order = Qt::AscendingOrder;
        auto summaries = documents.list(query);
        if (!summaries)
            return std::unexpected(CliError::fromCore(summaries.error()));
        for (const auto& summary : *summaries)
            ids.append(summary.id);
        return ids;
    }

    for (const QString& number : numbers) {
        bool found = false;
        for (domain::DocumentType type : types) {
            auto document = documents.findByNumber(type, number);
            if (!document) {
                if (document.error().code == ErrorCode::NotFound)
                    continue;
                return std::unexpected(CliError::fromCore(document.error()));
            }
            if (document->status != domain::DocumentStatus::Issued)
                continue;
            found = true;
            if (!ids.contains(document->id))
                ids.append(document->id);
        }
        if (!found)
            return std::unexpected(CliError {
                ExitCode::Failure,
                tr("there is no issued document numbered \"%1\"; nothing was exported").arg(number) });
    }
    return ids;
}

QString DocumentSelection::fileName(domain::DocumentType type, const QString& number,
                                    const QString& extension)
{
    QString safe;
    safe.reserve(number.size());
    for (QChar c : number) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'.' || c == u'_' || c == u'-';
        safe.append(plain ? c : u'-');
    }
    if (safe.startsWith(u'.'))
        safe.replace(0, 1, u'-');
    QString prefix = domain::DocumentTypes::code(type);
    prefix.replace(u'_', u'-');
    return prefix + u'-' + safe + u'.' + extension;
}

} // namespace kasboek::cli
