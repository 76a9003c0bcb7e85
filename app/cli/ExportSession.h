#pragma once

#include "ExportTarget.h"
#include "domain/documents/DocumentType.h"
#include "render/CompanyDocumentPrinter.h"
#include "storage/CompanyFile.h"
#include "storage/repositories/DocumentRepository.h"

#include <QList>
#include <expected>
#include <memory>

namespace kasboek::cli {

class CliContext;
class ParsedArguments;

// What every document export does before its first file: the output folder (-o DIR), the
// company file unlocked, the documents selected (--all or NUMBERs, of the given types) and a
// printer with the file's own template. A failure is reported through the context; the error
// value is the exit code to end with.
class ExportSession final
{
public:
    [[nodiscard]] static std::expected<ExportSession, int>
    open(CliContext& context, const ParsedArguments& arguments, const QList<domain::DocumentType>& types);

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] const ExportTarget& target() const { return m_target; }
    [[nodiscard]] const QList<qint64>& documentIds() const { return m_ids; }
    [[nodiscard]] storage::DocumentRepository documents() const
    {
        return storage::DocumentRepository(m_file->database());
    }
    [[nodiscard]] render::CompanyDocumentPrinter& printer() { return *m_printer; }
    [[nodiscard]] storage::CompanyFile& file() { return *m_file; }

private:
    ExportSession(QString path, ExportTarget target, std::unique_ptr<storage::CompanyFile> file,
                  QList<qint64> ids, std::unique_ptr<render::CompanyDocumentPrinter> printer);

    QString m_path;
    ExportTarget m_target;
    std::unique_ptr<storage::CompanyFile> m_file;
    QList<qint64> m_ids;
    std::unique_ptr<render::CompanyDocumentPrinter> m_printer;
};

} // namespace kasboek::cli
