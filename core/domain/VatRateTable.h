#pragma once

#include "Error.h"
#include "VatRatePeriod.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace kasboek::domain {

// The VAT rates of the countries Kasboek supports, with the days each was in force.
// Rates are data, not constants: they change by law (NL 6 → 9 % on 2019-01-01) and
// an invoice must use the rate of its tax point date, also when it is corrected
// years later. The built-in table is core/domain/data/vat-rates.json, compiled in as
// the resource :/kasboek/domain/vat-rates.json; fromJson() takes any text (tests,
// a future update mechanism).
//
// Immutable after loading; safe to share between threads.
class VatRateTable final
{
    Q_DECLARE_TR_FUNCTIONS(VatRateTable)
public:
    [[nodiscard]] static Result<VatRateTable> loadBuiltIn();
    // Validates everything: well-formed JSON of the expected shape, known kinds,
    // rates as strings (never JSON numbers, which are doubles), ISO dates,
    // validTo >= validFrom, a zero kind exactly for 0 %, and no overlapping periods
    // for the same country and kind or the same country and rate.
    [[nodiscard]] static Result<VatRateTable> fromJson(const QByteArray& json);

    // The rates in force in the country on the date, highest first; empty for an
    // unknown country or a date the table does not cover.
    [[nodiscard]] QList<VatRatePeriod> ratesOn(QStringView country, QDate date) const;
    [[nodiscard]] std::optional<VatRate> rateOn(QStringView country, VatRateKind kind, QDate date) const;
    [[nodiscard]] bool isValidRate(QStringView country, VatRate rate, QDate date) const;

    [[nodiscard]] QStringList countries() const;
    [[nodiscard]] const QList<VatRatePeriod>& periods() const { return m_periods; }

private:
    explicit VatRateTable(QList<VatRatePeriod> periods)
        : m_periods(std::move(periods))
    { }
    QList<VatRatePeriod> m_periods;
};

} // namespace kasboek::domain
