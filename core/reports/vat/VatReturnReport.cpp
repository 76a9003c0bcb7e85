#include "VatReturnReport.h"

#include "VatForms.h"
#include "VatReturn.h"
#include "reports/ReportCompany.h"
#include "storage/repositories/CompanyProfileRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kasboek::reports {

Result<ReportOutput> VatReturnReport::build(storage::Database& database, const ReportPeriod& period)
{
    auto profile = storage::CompanyProfileRepository(database).load();
    if (!profile)
        return std::unexpected(profile.error());
    const QList<VatBox> form = VatForms::forCountry(profile->country);
    if (form.isEmpty())
        return fail(
            ErrorCode::Validation,
            tr("Kasboek computes the VAT returns of Belgium and the Netherlands; this company is in %1.")
                .arg(profile->country),
            u"country"_s);
    auto company = ReportCompany::load(database);
    if (!company)
        return std::unexpected(company.error());
    auto vat = VatReturn::compute(database, form, period.from(), period.to());
    if (!vat)
        return std::unexpected(vat.error());

    const bool belgian = profile->country == u"BE";
    ReportOutput out;
    out.table = company->table(key, belgian ? tr("Periodic VAT return") : tr("VAT return (omzetbelasting)"),
                               { period.label() });
    out.table.columns = { { u"box"_s, belgian ? tr("Grid") : tr("Box"), ColumnKind::Text },
                          { u"label"_s, tr("Description"), ColumnKind::Text },
                          { u"amount"_s, tr("Amount"), ColumnKind::Amount } };
    QJsonArray boxes;
    for (const VatBoxFigure& figure : vat->figures()) {
        const bool total = figure.code == u"71"_s || figure.code == u"72"_s || figure.code.startsWith(u'5');
        out.table.rows.append(ReportRow { total ? RowStyle::Subtotal : RowStyle::Detail,
                                          0,
                                          { figure.code, figure.label, ReportAmount { figure.amount } } });
        auto lines = vat->linesOf(database, figure.code);
        if (!lines)
            return std::unexpected(lines.error());
        QJsonArray entries;
        for (const VatBoxLine& line : std::as_const(*lines)) {
            entries.append(QJsonObject { { u"entry"_s, line.entryId },
                                         { u"date"_s, line.date.toString(Qt::ISODate) },
                                         { u"journal"_s, line.journalCode },
                                         { u"reference"_s, line.reference },
                                         { u"description"_s, line.description },
                                         { u"amount"_s, company->amount(line.amount) } });
        }
        boxes.append(QJsonObject { { u"box"_s, figure.code },
                                   { u"label"_s, figure.label },
                                   { u"amount"_s, company->amount(figure.amount) },
                                   { u"lines"_s, entries } });
    }
    out.json = company->json(key);
    out.json.insert(u"country"_s, profile->country);
    out.json.insert(u"from"_s, period.from().toString(Qt::ISODate));
    out.json.insert(u"to"_s, period.to().toString(Qt::ISODate));
    out.json.insert(u"boxes"_s, boxes);
    return out;
}

} // namespace kasboek::reports
