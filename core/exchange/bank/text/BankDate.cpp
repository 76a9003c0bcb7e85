#include "BankDate.h"

namespace kasboek::exchange::bank {

namespace {

int twoDigits(QStringView text, qsizetype at)
{
    return (text[at].unicode() - u'0') * 10 + (text[at + 1].unicode() - u'0');
}

std::optional<QDate> make(int year, int month, int day)
{
    const QDate date(BankDate::fullYear(year), month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

bool BankDate::isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

int BankDate::fullYear(int twoDigitYear)
{
    return twoDigitYear < 80 ? 2000 + twoDigitYear : 1900 + twoDigitYear;
}

std::optional<QDate> BankDate::fromDdMmYy(QStringView text)
{
    if (text.size() != 6 || !isDigits(text))
        return std::nullopt;
    return make(twoDigits(text, 4), twoDigits(text, 2), twoDigits(text, 0));
}

std::optional<QDate> BankDate::fromYyMmDd(QStringView text)
{
    if (text.size() != 6 || !isDigits(text))
        return std::nullopt;
    return make(twoDigits(text, 0), twoDigits(text, 2), twoDigits(text, 4));
}

} // namespace kasboek::exchange::bank
