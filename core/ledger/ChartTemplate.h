#pragma once

#include "AccountRole.h"
#include "AccountType.h"
#include "Error.h"
#include "VatKind.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace kasboek::ledger {

// One account of a chart template, before it becomes a row of the accounts table.
struct ChartAccount
{
    QString code; // "400000", "1300": 1-20 of [0-9A-Za-z.]
    AccountType type = AccountType::Asset;
    std::optional<AccountRole> role;
    QMap<QString, QString> names; // language ("nl", "fr", "en") -> name
    QString rgsCode; // Dutch reference chart (RGS) code; empty when the chart has none
    std::optional<VatKind> vatKind; // the VAT situation its postings usually have
    std::optional<int> vatRateBasisPoints; // 2100 = 21 %
    std::optional<int> deductiblePercent; // share of input VAT that may be deducted

    friend bool operator==(const ChartAccount&, const ChartAccount&) = default;
};

// The chart of accounts a new company file starts with, per country: the Belgian minimum
// chart (PCMN/MAR) for a sole trader or small company, the Dutch chart with RGS codes. The
// templates are JSON files in the resources (:/kasboek/charts/<country>.json); fromJson()
// treats its input as hostile and accepts only a complete, consistent chart: every role of
// AccountRole on exactly one account, unique codes, a name in every language the chart
// declares, VAT defaults in range. Used by LedgerSetup when a file gets its ledger.
class ChartTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(ChartTemplate)
public:
    // "BE" or "NL" (case does not matter); any other country is a Validation error.
    [[nodiscard]] static Result<ChartTemplate> forCountry(QStringView country);
    [[nodiscard]] static Result<ChartTemplate> fromJson(QByteArrayView json);

    [[nodiscard]] QString country() const { return m_country; }
    [[nodiscard]] QStringList languages() const { return m_languages; }
    [[nodiscard]] QString source() const { return m_source; }
    [[nodiscard]] QString description() const { return m_description; }
    [[nodiscard]] const QList<ChartAccount>& accounts() const { return m_accounts; }

    // The account's name in `language`, or in the chart's first language when it has none.
    [[nodiscard]] QString nameIn(const ChartAccount& account, QStringView language) const;

private:
    QString m_country;
    QStringList m_languages;
    QString m_source;
    QString m_description;
    QList<ChartAccount> m_accounts;
};

} // namespace kasboek::ledger
