#include "ConfigDocument.h"

#include <optional>

namespace kasboek::server::config {

namespace {

bool isKeyChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
        || c == u'-' || c == u'.';
}

bool isKey(QStringView key)
{
    if (key.isEmpty() || key.size() > 64)
        return false;
    for (QChar c : key) {
        if (!isKeyChar(c))
            return false;
    }
    return true;
}

// Strips a trailing comment that is not inside a string.
QStringView withoutComment(QStringView line)
{
    bool inString = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (inString && c == u'\\') {
            ++i;
            continue;
        }
        if (c == u'"')
            inString = !inString;
        else if (c == u'#' && !inString)
            return line.left(i);
    }
    return line;
}

std::optional<QString> parseString(QStringView text)
{
    if (text.size() < 2 || !text.startsWith(u'"') || !text.endsWith(u'"'))
        return std::nullopt;
    QString out;
    const QStringView inner = text.mid(1, text.size() - 2);
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const QChar c = inner[i];
        if (c == u'"')
            return std::nullopt; // an unescaped quote inside: two strings, or garbage
        if (c != u'\\') {
            out.append(c);
            continue;
        }
        if (++i >= inner.size())
            return std::nullopt;
        switch (inner[i].unicode()) {
        case u'"':
            out.append(u'"');
            break;
        case u'\\':
            out.append(u'\\');
            break;
        case u'n':
            out.append(u'\n');
            break;
        case u't':
            out.append(u'\t');
            break;
        default:
            return std::nullopt;
        }
    }
    return out;
}

std::optional<QVariant> parseValue(QStringView text)
{
    if (text.startsWith(u'"')) {
        if (auto s = parseString(text))
            return QVariant(*s);
        return std::nullopt;
    }
    if (text == u"true")
        return QVariant(true);
    if (text == u"false")
        return QVariant(false);
    QString digits = text.toString();
    digits.remove(u'_');
    bool ok = false;
    const qlonglong number = digits.toLongLong(&ok, 10);
    if (ok)
        return QVariant(number);
    return std::nullopt;
}

} // namespace

Result<ConfigDocument> ConfigDocument::parse(QByteArrayView text)
{
    if (text.size() > 1024 * 1024)
        return fail(ErrorCode::Validation, tr("The configuration file is larger than 1 MiB."));
    const QString decoded = QString::fromUtf8(text);
    if (decoded.contains(QChar::ReplacementCharacter))
        return fail(ErrorCode::Validation, tr("The configuration file is not valid UTF-8."));

    ConfigDocument doc;
    doc.m_tables.insert(QString(), Table());
    Table* current = &doc.m_tables[QString()];
    const QList<QStringView> lines = QStringView(decoded).split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString lineNo = QString::number(n + 1);
        const QStringView line = withoutComment(lines[n]).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(u"[[")) {
            if (!line.endsWith(u"]]"))
                return fail(ErrorCode::Validation,
                            tr("Line %1: an array header must end with ]].").arg(lineNo));
            const QStringView name = line.mid(2, line.size() - 4).trimmed();
            if (!isKey(name))
                return fail(ErrorCode::Validation, tr("Line %1: invalid table name.").arg(lineNo));
            QList<Table>& entries = doc.m_arrays[name.toString()];
            entries.append(Table());
            current = &entries.last();
            continue;
        }
        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']'))
                return fail(ErrorCode::Validation,
                            tr("Line %1: a table header must end with ].").arg(lineNo));
            const QStringView name = line.mid(1, line.size() - 2).trimmed();
            if (!isKey(name))
                return fail(ErrorCode::Validation, tr("Line %1: invalid table name.").arg(lineNo));
            if (doc.m_tables.contains(name.toString()))
                return fail(ErrorCode::Validation,
                            tr("Line %1: the table [%2] appears twice.").arg(lineNo, name.toString()));
            current = &doc.m_tables[name.toString()];
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            return fail(ErrorCode::Validation, tr("Line %1: expected key = value.").arg(lineNo));
        const QStringView key = line.left(eq).trimmed();
        const QStringView rawValue = line.mid(eq + 1).trimmed();
        if (!isKey(key))
            return fail(ErrorCode::Validation, tr("Line %1: invalid key.").arg(lineNo));
        if (current->contains(key.toString()))
            return fail(ErrorCode::Validation,
                        tr("Line %1: the key %2 appears twice.").arg(lineNo, key.toString()));
        const auto value = parseValue(rawValue);
        if (!value)
            return fail(ErrorCode::Validation,
                        tr("Line %1: the value of %2 is not a quoted string, an integer, true or false.")
                            .arg(lineNo, key.toString()));
        current->insert(key.toString(), *value);
    }
    return doc;
}

} // namespace kasboek::server::config
