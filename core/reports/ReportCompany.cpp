#include "ReportCompany.h"

#include "domain/Money.h"
#include "storage/repositories/CompanyProfileRepository.h"

using namespace Qt::StringLiterals;

namespace kasboek::reports {

ReportCompany::ReportCompany(QString name, domain::Currency currency)
    : m_name(std::move(name))
    , m_currency(currency)
{ }

Result<ReportCompany> ReportCompany::load(storage::Database& database)
{
    auto profile = storage::CompanyProfileRepository(database).load();
    if (!profile)
        return std::unexpected(profile.error());
    auto currency = domain::Currency::fromCode(profile->currency);
    if (!currency)
        return std::unexpected(currency.error());
    return ReportCompany(profile->name, *currency);
}

ReportTable ReportCompany::table(const QString& key, const QString& title, const QStringList& subtitle) const
{
    ReportTable table;
    table.key = key;
    table.title = title;
    table.subtitle = QStringList { m_name } + subtitle;
    table.currency = m_currency.code();
    table.minorDigits = m_currency.minorDigits();
    return table;
}

QJsonObject ReportCompany::json(const QString& key) const
{
    return QJsonObject { { u"report"_s, key },
                         { u"company"_s, m_name },
                         { u"currency"_s, m_currency.code() } };
}

QString ReportCompany::amount(qint64 minor) const
{
    return domain::Money::fromMinorUnits(minor, m_currency).toDecimalString();
}

} // namespace kasboek::reports
