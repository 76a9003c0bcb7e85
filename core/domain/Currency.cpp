#include "Currency.h"

#include <array>

namespace kasboek::domain {

namespace {

struct CurrencyInfo
{
    char16_t code[4];
    int minorDigits;
};

// Minor-unit digits from ISO 4217 (HUF and CZK keep 2 although their coins are
// gone; ISK, JPY and KRW have none; the Gulf dinars have 3). EUR must stay first.
constexpr std::array kCurrencies {
    CurrencyInfo { u"EUR", 2 }, CurrencyInfo { u"USD", 2 }, CurrencyInfo { u"GBP", 2 },
    CurrencyInfo { u"CHF", 2 }, CurrencyInfo { u"SEK", 2 }, CurrencyInfo { u"NOK", 2 },
    CurrencyInfo { u"DKK", 2 }, CurrencyInfo { u"ISK", 0 }, CurrencyInfo { u"PLN", 2 },
    CurrencyInfo { u"CZK", 2 }, CurrencyInfo { u"HUF", 2 }, CurrencyInfo { u"RON", 2 },
    CurrencyInfo { u"BGN", 2 }, CurrencyInfo { u"TRY", 2 }, CurrencyInfo { u"JPY", 0 },
    CurrencyInfo { u"KRW", 0 }, CurrencyInfo { u"CNY", 2 }, CurrencyInfo { u"HKD", 2 },
    CurrencyInfo { u"SGD", 2 }, CurrencyInfo { u"INR", 2 }, CurrencyInfo { u"CAD", 2 },
    CurrencyInfo { u"AUD", 2 }, CurrencyInfo { u"NZD", 2 }, CurrencyInfo { u"MXN", 2 },
    CurrencyInfo { u"BRL", 2 }, CurrencyInfo { u"ZAR", 2 }, CurrencyInfo { u"ILS", 2 },
    CurrencyInfo { u"AED", 2 }, CurrencyInfo { u"KWD", 3 }, CurrencyInfo { u"BHD", 3 },
};
static_assert(kCurrencies.size() <= 256, "Currency stores its index in a quint8");

} // namespace

Result<Currency> Currency::fromCode(QStringView code)
{
    for (std::size_t i = 0; i < kCurrencies.size(); ++i) {
        if (code == QStringView(kCurrencies[i].code, 3))
            return Currency(static_cast<quint8>(i));
    }
    return fail(ErrorCode::Validation, tr("Unknown or unsupported currency code."), {},
                code.left(8).toString());
}

QList<Currency> Currency::all()
{
    QList<Currency> list;
    list.reserve(static_cast<qsizetype>(kCurrencies.size()));
    for (std::size_t i = 0; i < kCurrencies.size(); ++i)
        list.append(Currency(static_cast<quint8>(i)));
    return list;
}

QString Currency::code() const
{
    return QStringView(kCurrencies[m_index].code, 3).toString();
}

int Currency::minorDigits() const
{
    return kCurrencies[m_index].minorDigits;
}

} // namespace kasboek::domain
