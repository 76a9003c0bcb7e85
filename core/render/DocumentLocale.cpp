#include "DocumentLocale.h"

using namespace Qt::StringLiterals;

namespace kasboek::render {

namespace {

constexpr QChar kNoBreakSpace(0x00A0);
constexpr QChar kMinus(0x2212);

const DocumentLocale kDutch(u',', u'.', true, true, true, 0,
                            { u"januari", u"februari", u"maart", u"april", u"mei", u"juni", u"juli",
                              u"augustus", u"september", u"oktober", u"november", u"december" });
const DocumentLocale kFrench(u',', kNoBreakSpace, false, true, true, 1,
                             { u"janvier", u"février", u"mars", u"avril", u"mai", u"juin", u"juillet",
                               u"août", u"septembre", u"octobre", u"novembre", u"décembre" });
const DocumentLocale kGerman(u',', u'.', false, true, true, 2,
                             { u"Januar", u"Februar", u"März", u"April", u"Mai", u"Juni", u"Juli", u"August",
                               u"September", u"Oktober", u"November", u"Dezember" });
const DocumentLocale kEnglish(u'.', u',', true, false, false, 0,
                              { u"January", u"February", u"March", u"April", u"May", u"June", u"July",
                                u"August", u"September", u"October", u"November", u"December" });

quint64 magnitude(qint64 value)
{
    // Two's complement: the magnitude of INT64_MIN still fits in 64 unsigned bits.
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

quint64 powerOfTen(int exponent)
{
    quint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

} // namespace

DocumentLocale::DocumentLocale(QChar decimalPoint, QChar groupSeparator, bool symbolFirst,
                               bool spaceAfterSymbol, bool spaceBeforePercent, int dateStyle,
                               std::array<QStringView, 12> months)
    : m_decimalPoint(decimalPoint)
    , m_groupSeparator(groupSeparator)
    , m_symbolFirst(symbolFirst)
    , m_spaceAfterSymbol(spaceAfterSymbol)
    , m_spacedPercent(spaceBeforePercent)
    , m_dateStyle(dateStyle)
    , m_months(months)
{ }

const DocumentLocale& DocumentLocale::forLanguage(QStringView language)
{
    if (language.compare(u"nl", Qt::CaseInsensitive) == 0)
        return kDutch;
    if (language.compare(u"fr", Qt::CaseInsensitive) == 0)
        return kFrench;
    if (language.compare(u"de", Qt::CaseInsensitive) == 0)
        return kGerman;
    return kEnglish;
}

QString DocumentLocale::number(quint64 integerPart, QString fraction) const
{
    const QString digits = QString::number(integerPart);
    QString text;
    text.reserve(digits.size() + digits.size() / 3 + fraction.size() + 1);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            text.append(m_groupSeparator);
        text.append(digits.at(i));
    }
    if (!fraction.isEmpty()) {
        text.append(m_decimalPoint);
        text.append(fraction);
    }
    return text;
}

QString DocumentLocale::signedNumber(bool negative, QString magnitudeText) const
{
    if (negative)
        magnitudeText.prepend(kMinus);
    return magnitudeText;
}

QString DocumentLocale::amount(const domain::Money& value) const
{
    const int digits = value.currency().minorDigits();
    const quint64 units = magnitude(value.minorUnits());
    const quint64 scale = powerOfTen(digits);
    QString fraction;
    if (digits > 0)
        fraction = QString::number(units % scale).rightJustified(digits, u'0');
    return signedNumber(value.isNegative(), number(units / scale, fraction));
}

QString DocumentLocale::money(const domain::Money& value) const
{
    const bool euro = value.currency() == domain::Currency::eur();
    const QString symbol = euro ? u"€"_s : value.currency().code();
    QString digits = amount(value);
    const bool negative = value.isNegative();
    if (negative)
        digits.remove(0, 1);
    QString text;
    if (m_symbolFirst) {
        // A code always stands apart from the digits ("USD 12.00"); the symbol as the language does it.
        const bool space = m_spaceAfterSymbol || !euro;
        text = symbol + (space ? QString(kNoBreakSpace) : QString()) + digits;
    } else {
        text = digits + kNoBreakSpace + symbol;
    }
    return negative ? kMinus + text : text;
}

QString DocumentLocale::decimal(domain::Decimal value, int minDecimals) const
{
    const quint64 scaled = magnitude(value.scaled());
    const quint64 scale = quint64(domain::Decimal::Scale);
    QString fraction = QString::number(scaled % scale).rightJustified(domain::Decimal::Places, u'0');
    const qsizetype keep = qBound(0, minDecimals, int(domain::Decimal::Places));
    while (fraction.size() > keep && fraction.endsWith(u'0'))
        fraction.chop(1);
    return signedNumber(value.isNegative(), number(scaled / scale, fraction));
}

QString DocumentLocale::percent(domain::Decimal value) const
{
    return decimal(value) + (m_spacedPercent ? QString(kNoBreakSpace) : QString()) + u'%';
}

QString DocumentLocale::percent(domain::VatRate rate) const
{
    // Basis points are hundredths of a percent: 550 is 5.5 %.
    return percent(domain::Decimal::fromScaled(qint64(rate.basisPoints()) * (domain::Decimal::Scale / 100)));
}

QString DocumentLocale::date(QDate value) const
{
    if (!value.isValid())
        return {};
    const QString month = m_months.at(size_t(value.month() - 1)).toString();
    const QString year = QString::number(value.year());
    switch (m_dateStyle) {
    case 1: {
        const QString day = value.day() == 1 ? u"1er"_s : QString::number(value.day());
        return day + u' ' + month + u' ' + year;
    }
    case 2:
        return QString::number(value.day()) + u". "_s + month + u' ' + year;
    default:
        return QString::number(value.day()) + u' ' + month + u' ' + year;
    }
}

} // namespace kasboek::render
