#include "BankAccountText.h"

#include "domain/Iban.h"

namespace kasboek::exchange::bank {

QString BankAccountText::iban(QStringView text)
{
    QString compact;
    compact.reserve(text.size());
    for (const QChar c : text) {
        if (c != u' ')
            compact.append(c.toUpper());
    }
    // An IBAN has at most 34 characters: anything longer is not worth checking.
    if (compact.isEmpty() || compact.size() > 34 || !domain::Iban::isValid(compact))
        return {};
    const auto parsed = domain::Iban::parse(compact);
    return parsed ? parsed->toString() : QString();
}

QString BankAccountText::counterparty(QStringView text)
{
    const QString asIban = iban(text);
    return asIban.isEmpty() ? text.trimmed().toString() : asIban;
}

} // namespace kasboek::exchange::bank
