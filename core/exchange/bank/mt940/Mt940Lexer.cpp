#include "Mt940Lexer.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::bank {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The length of the tag at the start of `line` (":20:" 4, ":60F:" 5), or 0 when there is none.
qsizetype tagLength(QStringView line)
{
    if (line.size() < 4 || line[0] != u':' || !isDigit(line[1]) || !isDigit(line[2]))
        return 0;
    if (line[3] == u':')
        return 4;
    if (line.size() >= 5 && line[3] >= u'A' && line[3] <= u'Z' && line[4] == u':')
        return 5;
    return 0;
}

// What follows the SWIFT blocks at the start of `line`: the text after "{4:", or nothing when
// the line holds only header blocks ({1:…}{2:…}{3:{108:…}}) or a trailer block ({5:…}).
QStringView afterBlocks(QStringView line)
{
    while (line.startsWith(u'{')) {
        if (line.startsWith(u"{4:"))
            return line.sliced(3);
        int depth = 0;
        qsizetype end = -1;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line[i] == u'{') {
                ++depth;
            } else if (line[i] == u'}' && --depth == 0) {
                end = i;
                break;
            }
        }
        if (end < 0)
            return {};
        line = line.sliced(end + 1);
    }
    return line;
}

} // namespace

QList<Mt940Field> Mt940Lexer::fields(const QList<QStringView>& lines)
{
    QList<Mt940Field> out;
    qsizetype current = -1; // the field that continuation lines go to
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        QStringView line = lines[i];
        if (line.startsWith(u'{')) {
            line = afterBlocks(line);
            current = -1; // a new message
        }
        if (line.trimmed().isEmpty())
            continue;
        if (line == u"-" || line.startsWith(u"-}")) {
            out.append(Mt940Field { Mt940Field::Kind::MessageEnd, {}, {}, lineNumber });
            current = -1;
            continue;
        }
        if (const qsizetype length = tagLength(line)) {
            out.append(Mt940Field { Mt940Field::Kind::Field,
                                    line.first(length).toString(),
                                    { line.sliced(length).toString() },
                                    lineNumber });
            current = out.size() - 1;
        } else if (current >= 0) {
            out[current].lines.append(line.toString());
        } else {
            out.append(Mt940Field { Mt940Field::Kind::Other, {}, {}, lineNumber });
        }
    }
    return out;
}

} // namespace kasboek::exchange::bank
