#include "EmailAddress.h"

namespace kasboek::server::protocol {

std::optional<QString> EmailAddress::normalise(const QString& input)
{
    const QString email = input.trimmed().toLower();
    if (email.size() < 3 || email.size() > 254)
        return std::nullopt;
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@') || at == email.size() - 1)
        return std::nullopt;
    const QStringView domain = QStringView(email).mid(at + 1);
    if (!domain.contains(u'.') || domain.startsWith(u'.') || domain.endsWith(u'.'))
        return std::nullopt;
    for (QChar c : email) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == u'<' || c == u'>' || c == u'"')
            return std::nullopt;
    }
    return email;
}

} // namespace kasboek::server::protocol
