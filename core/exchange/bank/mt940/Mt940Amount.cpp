#include "Mt940Amount.h"

#include "exchange/bank/text/BankDate.h"

namespace kasboek::exchange::bank {

namespace {

constexpr qsizetype kMaxLength = 15; // SWIFT 15d, the comma included

} // namespace

qsizetype Mt940Amount::lengthAt(QStringView text)
{
    qsizetype length = 0;
    while (length < text.size() && ((text[length] >= u'0' && text[length] <= u'9') || text[length] == u','))
        ++length;
    return length;
}

Result<domain::Money> Mt940Amount::parse(const Mt940Field& field, QStringView text, domain::Currency currency)
{
    const qsizetype comma = text.indexOf(u',');
    const QStringView whole = comma < 0 ? text : text.first(comma);
    const QStringView fraction = comma < 0 ? QStringView() : text.sliced(comma + 1);
    if (comma < 0 || !BankDate::isDigits(whole) || (!fraction.isEmpty() && !BankDate::isDigits(fraction)))
        return field.refuse(tr("the amount \"%1\" is not digits with a decimal comma, such as 1234,56.")
                                .arg(text.toString()));
    if (text.size() > kMaxLength)
        return field.refuse(tr("the amount \"%1\" is longer than the %2 characters MT940 allows.")
                                .arg(text.toString(), QString::number(kMaxLength)));
    const int digits = currency.minorDigits();
    if (fraction.size() > digits)
        return field.refuse(tr("the amount \"%1\" has more decimals than %2 allows (%3).")
                                .arg(text.toString(), currency.code(), QString::number(digits)));
    // At most 14 digits before the comma and 3 after: far inside qint64.
    qint64 minor = whole.toLongLong();
    for (int i = 0; i < digits; ++i)
        minor = minor * 10 + (i < fraction.size() ? fraction[i].unicode() - u'0' : 0);
    return domain::Money::fromMinorUnits(minor, currency);
}

} // namespace kasboek::exchange::bank
