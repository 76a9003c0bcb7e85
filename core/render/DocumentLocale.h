#pragma once

#include "domain/Decimal.h"
#include "domain/Money.h"
#include "domain/VatRate.h"

#include <QDate>
#include <QString>
#include <QStringView>
#include <array>

namespace kasboek::render {

// How amounts, quantities, percentages and dates are written in a document's language:
// "€ 1.234,50" (nl), "1 234,50 €" (fr), "1.234,50 €" (de), "€1,234.50" (en); other currencies
// by their ISO code ("USD 1.234,50"). Works on the integers inside Money and Decimal: no
// floating point, no system locale, so every computer prints the same thing. Thread-safe.
class DocumentLocale final
{
public:
    [[nodiscard]] static const DocumentLocale& forLanguage(QStringView language);

    // With the currency: "€ 1.234,50", "1.234,50 USD". Negative amounts get a minus sign (U+2212).
    [[nodiscard]] QString money(const domain::Money& amount) const;
    // The number alone, in the currency's decimals: "1.234,50".
    [[nodiscard]] QString amount(const domain::Money& amount) const;
    // A quantity or price: at least minDecimals decimals, at most four, no trailing zeros
    // beyond minDecimals: "1,5", "12", "0,0125".
    [[nodiscard]] QString decimal(domain::Decimal value, int minDecimals = 0) const;
    // "21 %" (nl, fr, de; with a no-break space) or "21%" (en); "5,5 %".
    [[nodiscard]] QString percent(domain::Decimal value) const;
    [[nodiscard]] QString percent(domain::VatRate rate) const;
    // "12 maart 2026", "1er avril 2026", "12. März 2026", "12 March 2026".
    [[nodiscard]] QString date(QDate value) const;

    DocumentLocale(QChar decimalPoint, QChar groupSeparator, bool symbolFirst, bool spaceAfterSymbol,
                   bool spaceBeforePercent, int dateStyle, std::array<QStringView, 12> months);

private:
    // Integer digits grouped by thousands, then the fraction: the shared core of every format.
    [[nodiscard]] QString number(quint64 integerPart, QString fraction) const;
    [[nodiscard]] QString signedNumber(bool negative, QString magnitude) const;

    QChar m_decimalPoint;
    QChar m_groupSeparator;
    bool m_symbolFirst; // "€ 12" rather than "12 €"
    bool m_spaceAfterSymbol; // "€ 12" rather than "€12"
    bool m_spacedPercent;
    int m_dateStyle; // 0: "12 March 2026", 1: "1er avril 2026", 2: "12. März 2026"
    std::array<QStringView, 12> m_months;
};

} // namespace kasboek::render
