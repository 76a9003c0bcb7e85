#include "VatForms.h"

using namespace Qt::StringLiterals;
using K = kasboek::ledger::VatKind;
using P = kasboek::ledger::VatPart;

namespace kasboek::reports {

namespace {

const QList<K> kPurchases {
    K::PurchaseGoods,      K::PurchaseServices,      K::PurchaseInvestment,           K::PurchaseEuGoods,
    K::PurchaseEuServices, K::PurchaseNonEuServices, K::PurchaseReverseChargeDomestic
};

VatBoxSource normal(QList<K> kinds, P part = P::Base, std::optional<int> rate = std::nullopt)
{
    VatBoxSource source;
    source.kinds = std::move(kinds);
    source.part = part;
    source.rateBasisPoints = rate;
    return source;
}

VatBoxSource reversed(QList<K> kinds, P part = P::Base, int sign = 1)
{
    VatBoxSource source = normal(std::move(kinds), part);
    source.side = VatSide::Reversed;
    source.sign = sign;
    return source;
}

// Invoices minus credit notes: what the Dutch return asks for in each rubriek.
QList<VatBoxSource> net(QList<K> kinds, P part, std::optional<int> rate = std::nullopt,
                        QList<int> otherThan = {})
{
    VatBoxSource plus = normal(kinds, part, rate);
    VatBoxSource minus = reversed(kinds, part, -1);
    minus.rateBasisPoints = rate;
    if (!otherThan.isEmpty()) {
        plus.otherRatesOnly = minus.otherRatesOnly = true;
        plus.excludedRates = minus.excludedRates = otherThan;
    }
    return { plus, minus };
}

VatBox box(const char* code, QString label, QList<VatBoxSource> sources)
{
    return VatBox { QString::fromLatin1(code), std::move(label), std::move(sources), {}, false, false };
}

} // namespace

QList<VatBox> VatForms::belgium()
{
    VatBoxSource otherDomestic = normal({ K::SaleDomestic });
    otherDomestic.otherRatesOnly = true;
    otherDomestic.excludedRates = { 600, 1200 };
    const QList<K> euSales { K::SaleEuGoods, K::SaleEuServices };
    const QList<K> otherSales { K::SaleDomestic, K::SaleZeroRated, K::SaleExempt,
                                K::SaleReverseChargeDomestic, K::SaleExport };
    QList<VatBox> form {
        box("00", tr("Operations at 0 % and under a special regime"), { normal({ K::SaleZeroRated }) }),
        box("01", tr("Operations at 6 %"), { normal({ K::SaleDomestic }, P::Base, 600) }),
        box("02", tr("Operations at 12 %"), { normal({ K::SaleDomestic }, P::Base, 1200) }),
        box("03", tr("Operations at 21 %"), { otherDomestic }),
        box("44", tr("Services to customers in other EU countries"), { normal({ K::SaleEuServices }) }),
        box("45", tr("Operations where the Belgian customer pays the VAT"),
            { normal({ K::SaleReverseChargeDomestic }) }),
        box("46", tr("Exempt intra-Community supplies of goods"), { normal({ K::SaleEuGoods }) }),
        box("47", tr("Other exempt operations and operations abroad"),
            { normal({ K::SaleExport, K::SaleExempt }) }),
        box("48", tr("Credit notes issued for grids 44 and 46"), { reversed(euSales) }),
        box("49", tr("Credit notes issued for the other grids"), { reversed(otherSales) }),
        box("81", tr("Trade goods, raw materials and consumables"),
            { normal({ K::PurchaseGoods, K::PurchaseEuGoods }) }),
        box("82", tr("Services and miscellaneous goods"),
            { normal({ K::PurchaseServices, K::PurchaseEuServices, K::PurchaseNonEuServices,
                       K::PurchaseReverseChargeDomestic }) }),
        box("83", tr("Investment goods"), { normal({ K::PurchaseInvestment }) }),
        box("84", tr("Credit notes received for grids 86 and 88"),
            { reversed({ K::PurchaseEuGoods, K::PurchaseEuServices }) }),
        box("85", tr("Credit notes received for the other grids"),
            { reversed({ K::PurchaseGoods, K::PurchaseServices, K::PurchaseInvestment,
                         K::PurchaseNonEuServices, K::PurchaseReverseChargeDomestic }) }),
        box("86", tr("Intra-Community acquisitions of goods"), { normal({ K::PurchaseEuGoods }) }),
        box("87", tr("Other incoming operations on which you owe the VAT"),
            { normal({ K::PurchaseNonEuServices, K::PurchaseReverseChargeDomestic }) }),
        box("88", tr("Services from suppliers in other EU countries"), { normal({ K::PurchaseEuServices }) }),
        box("54", tr("VAT due on grids 01, 02 and 03"), { normal({ K::SaleDomestic }, P::Vat) }),
        box("55", tr("VAT due on grids 86 and 88"),
            net({ K::PurchaseEuGoods, K::PurchaseEuServices }, P::VatDue)),
        box("56", tr("VAT due on grid 87"),
            net({ K::PurchaseNonEuServices, K::PurchaseReverseChargeDomestic }, P::VatDue)),
        box("59", tr("Deductible VAT"), { normal(kPurchases, P::Vat) }),
        box("63", tr("VAT to repay on credit notes received"), { reversed(kPurchases, P::Vat) }),
        box("64", tr("VAT to recover on credit notes issued"), { reversed({ K::SaleDomestic }, P::Vat) }),
    };
    const QList<std::pair<QString, int>> balance { { u"54"_s, 1 }, { u"55"_s, 1 },  { u"56"_s, 1 },
                                                   { u"63"_s, 1 }, { u"59"_s, -1 }, { u"64"_s, -1 } };
    form.append(VatBox { u"71"_s, tr("Balance payable to the State"), {}, balance, true, false });
    form.append(VatBox { u"72"_s, tr("Balance owed by the State"), {}, balance, false, true });
    return form;
}

QList<VatBox> VatForms::netherlands()
{
    const QList<K> domestic { K::SaleDomestic };
    QList<VatBox> form {
        box("1a/base", tr("1a Supplies and services at 21 %: turnover"), net(domestic, P::Base, 2100)),
        box("1a/vat", tr("1a Supplies and services at 21 %: VAT"), net(domestic, P::Vat, 2100)),
        box("1b/base", tr("1b Supplies and services at 9 %: turnover"), net(domestic, P::Base, 900)),
        box("1b/vat", tr("1b Supplies and services at 9 %: VAT"), net(domestic, P::Vat, 900)),
        box("1c/base", tr("1c Supplies and services at other rates: turnover"),
            net(domestic, P::Base, std::nullopt, { 2100, 900 })),
        box("1c/vat", tr("1c Supplies and services at other rates: VAT"),
            net(domestic, P::Vat, std::nullopt, { 2100, 900 })),
        box("1e/base", tr("1e Supplies and services at 0 % or not taxed with you"),
            net({ K::SaleZeroRated, K::SaleExempt, K::SaleReverseChargeDomestic }, P::Base)),
        box("2a/base", tr("2a Supplies and services reverse-charged to you: turnover"),
            net({ K::PurchaseReverseChargeDomestic }, P::Base)),
        box("2a/vat", tr("2a Supplies and services reverse-charged to you: VAT"),
            net({ K::PurchaseReverseChargeDomestic }, P::VatDue)),
        box("3a/base", tr("3a Supplies to countries outside the EU"), net({ K::SaleExport }, P::Base)),
        box("3b/base", tr("3b Supplies and services to other EU countries"),
            net({ K::SaleEuGoods, K::SaleEuServices }, P::Base)),
        box("4a/base", tr("4a Supplies and services from outside the EU: turnover"),
            net({ K::PurchaseNonEuServices }, P::Base)),
        box("4a/vat", tr("4a Supplies and services from outside the EU: VAT"),
            net({ K::PurchaseNonEuServices }, P::VatDue)),
        box("4b/base", tr("4b Supplies and services from EU countries: turnover"),
            net({ K::PurchaseEuGoods, K::PurchaseEuServices }, P::Base)),
        box("4b/vat", tr("4b Supplies and services from EU countries: VAT"),
            net({ K::PurchaseEuGoods, K::PurchaseEuServices }, P::VatDue)),
    };
    form.append(VatBox { u"5a"_s,
                         tr("5a VAT owed"),
                         {},
                         { { u"1a/vat"_s, 1 },
                           { u"1b/vat"_s, 1 },
                           { u"1c/vat"_s, 1 },
                           { u"2a/vat"_s, 1 },
                           { u"4a/vat"_s, 1 },
                           { u"4b/vat"_s, 1 } },
                         false,
                         false });
    form.append(box("5b", tr("5b Input VAT"), net(kPurchases, P::Vat)));
    form.append(VatBox { u"5c"_s, tr("5c Subtotal"), {}, { { u"5a"_s, 1 }, { u"5b"_s, -1 } }, false, false });
    form.append(VatBox {
        u"5g"_s, tr("5g Total to pay (negative: to reclaim)"), {}, { { u"5c"_s, 1 } }, false, false });
    return form;
}

QList<VatBox> VatForms::forCountry(QStringView country)
{
    if (country == u"BE")
        return belgium();
    if (country == u"NL")
        return netherlands();
    return {};
}

} // namespace kasboek::reports
