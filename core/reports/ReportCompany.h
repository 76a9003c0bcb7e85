#pragma once

#include "Error.h"
#include "ReportTable.h"
#include "domain/Currency.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace kasboek::storage {
class Database;
}

namespace kasboek::reports {

// What every report says about the books it comes from: the company's name and the currency
// the ledger is kept in. Starts a ReportTable in that currency, and writes amounts as the
// JSON of the reports has them: decimal strings in the currency's precision ("1234.56",
// "-0.05").
class ReportCompany final
{
public:
    [[nodiscard]] static Result<ReportCompany> load(storage::Database& database);
    // For tests and callers that know it already.
    ReportCompany(QString name, domain::Currency currency);

    [[nodiscard]] const QString& name() const { return m_name; }
    [[nodiscard]] domain::Currency currency() const { return m_currency; }

    // A table with the key, title and currency set; the company's name is the first subtitle
    // line, `subtitle` follows.
    [[nodiscard]] ReportTable table(const QString& key, const QString& title,
                                    const QStringList& subtitle) const;
    // {"report": key, "company": name, "currency": code}, for the report to add to.
    [[nodiscard]] QJsonObject json(const QString& key) const;
    [[nodiscard]] QString amount(qint64 minor) const;

private:
    QString m_name;
    domain::Currency m_currency;
};

} // namespace kasboek::reports
