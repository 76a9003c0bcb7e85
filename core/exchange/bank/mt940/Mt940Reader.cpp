// Field formats as SWIFT publishes them for MT940 (Standards MT, category 9: fields 20, 25, 28C,
// 60a, 61, 86, 62a, 64, 65), with the :86: subfields of the Dutch banks' own MT940 descriptions
// (Mijn ING Zakelijk "MT940 Structured", ABN AMRO "MT940 SEPA", Rabobank "MT940 Extended").
#include "Mt940Reader.h"

#include "Mt940Lexer.h"
#include "Mt940StatementBuilder.h"
#include "exchange/bank/text/BankText.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace kasboek::exchange::bank {

namespace {

// Fields a bank may add after the closing balance: available balances and a :86: about the
// statement as a whole (ING's totals).
bool followsClosingBalance(const Mt940Field& field)
{
    return field.is(u":64:") || field.is(u":65:") || field.is(u":86:");
}

} // namespace

Result<QList<BankStatement>> Mt940Reader::read(const QByteArray& content)
{
    if (content.size() > BankText::maxFileBytes)
        return fail(ErrorCode::Validation,
                    tr("The file is %1 MiB; an MT940 file Kasboek reads is at most %2 MiB.")
                        .arg(QString::number(content.size() / (1024 * 1024)),
                             QString::number(BankText::maxFileBytes / (1024 * 1024))),
                    u"file"_s);
    const QString text = BankText::decode(content);
    const QList<Mt940Field> fields = Mt940Lexer::fields(BankText::lines(text));
    QList<BankStatement> statements;
    std::optional<Mt940StatementBuilder> statement;
    int strayLine = 0; // the first line outside every statement, for a file that has none
    for (const Mt940Field& field : fields) {
        if (statement) {
            if (field.kind == Mt940Field::Kind::MessageEnd)
                return statement->unclosed(
                    tr("the end of the message on line %1").arg(QString::number(field.line)));
            if (field.is(u":20:"))
                return statement->unclosed(
                    tr("the next statement on line %1").arg(QString::number(field.line)));
            const auto added = statement->add(field);
            if (!added)
                return std::unexpected(added.error());
            if (statement->isClosed()) {
                statements.append(statement->statement());
                statement.reset();
            }
            continue;
        }
        if (field.kind != Mt940Field::Kind::Field) {
            if (strayLine == 0 && field.kind == Mt940Field::Kind::Other)
                strayLine = field.line;
            continue;
        }
        if (field.is(u":20:")) {
            statement.emplace(field);
        } else if (statements.isEmpty() || !followsClosingBalance(field)) {
            return field.refuse(tr("this field is outside a statement: each statement starts with :20:."));
        }
    }
    if (statement)
        return statement->unclosed(tr("the end of the file"));
    if (statements.isEmpty()) {
        if (strayLine > 0)
            return fail(ErrorCode::Validation,
                        tr("This is not an MT940 file: line %1 is not part of a statement, and no statement "
                           "(:20:) follows.")
                            .arg(QString::number(strayLine)),
                        u":20:"_s);
        return fail(ErrorCode::Validation, tr("The file holds no MT940 statement: it has no :20: field."),
                    u":20:"_s);
    }
    return statements;
}

} // namespace kasboek::exchange::bank
