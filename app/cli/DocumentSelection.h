#pragma once

#include "CliError.h"
#include "domain/documents/DocumentType.h"

#include <QCoreApplication>
#include <QList>
#include <expected>

namespace kasboek::storage {
class DocumentRepository;
}

namespace kasboek::cli {

class ParsedArguments;

// Which issued documents an export works on: `--all` of the given types, or the NUMBERs named
// on the command line. Every number is looked up before anything is written, so a typo stops
// the export instead of leaving half of it behind. A number that is both an invoice and a
// credit note selects both.
class DocumentSelection final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSelection)
public:
    DocumentSelection() = delete;

    // Document ids in issue order (oldest first), without duplicates. Usage error when neither
    // or both of --all and NUMBERs are given; Failure for a number that matches nothing.
    [[nodiscard]] static std::expected<QList<qint64>, CliError>
    resolve(const storage::DocumentRepository& documents, const ParsedArguments& arguments,
            const QList<domain::DocumentType>& types);

    // "invoice-2026-0001.pdf": the type, then the number with anything but letters, digits,
    // '.', '_' and '-' replaced, so any numbering pattern gives a safe, unique file name.
    [[nodiscard]] static QString fileName(domain::DocumentType type, const QString& number,
                                          const QString& extension);
};

} // namespace kasboek::cli
