#include "TestSupport.h"
#include "ledger/ChartTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <functional>

using namespace kasboek;
using namespace kasboek::ledger;
using namespace Qt::StringLiterals;

namespace {

// Every role, from the stored codes the header of AccountRole lists.
const QStringList kRoleCodes { u"receivables"_s,
                               u"payables"_s,
                               u"vat_payable"_s,
                               u"vat_deductible"_s,
                               u"vat_settlement"_s,
                               u"bank"_s,
                               u"cash"_s,
                               u"sales"_s,
                               u"expenses"_s,
                               u"bank_charges"_s,
                               u"rounding"_s,
                               u"exchange_differences"_s,
                               u"retained_earnings"_s,
                               u"opening_balances"_s,
                               u"owner_drawings"_s };

const QStringList kTypeCodes { u"asset"_s, u"liability"_s, u"equity"_s, u"income"_s, u"expense"_s };

const QStringList kVatKindCodes { u"sale_domestic"_s,
                                  u"sale_zero_rated"_s,
                                  u"sale_exempt"_s,
                                  u"sale_reverse_charge_domestic"_s,
                                  u"sale_eu_goods"_s,
                                  u"sale_eu_services"_s,
                                  u"sale_export"_s,
                                  u"purchase_goods"_s,
                                  u"purchase_services"_s,
                                  u"purchase_investment"_s,
                                  u"purchase_eu_goods"_s,
                                  u"purchase_eu_services"_s,
                                  u"purchase_non_eu_services"_s,
                                  u"purchase_reverse_charge_domestic"_s };

QJsonObject account(const QString& code, const QString& type, const QString& role = {})
{
    QJsonObject object {
        { u"code"_s, code },
        { u"type"_s, type },
        { u"names"_s, QJsonObject { { u"nl"_s, u"Rekening "_s + code }, { u"fr"_s, u"Compte "_s + code } } }
    };
    if (!role.isEmpty())
        object.insert(u"role"_s, role);
    return object;
}

// A small chart that is valid: one account per role, and a purchase account 6100 with a
// deductible share. Each refusal below changes one thing of it.
QJsonObject smallChart()
{
    QJsonArray accounts { account(u"4000"_s, u"asset"_s, u"receivables"_s),
                          account(u"4400"_s, u"liability"_s, u"payables"_s),
                          account(u"4510"_s, u"liability"_s, u"vat_payable"_s),
                          account(u"4110"_s, u"asset"_s, u"vat_deductible"_s),
                          account(u"4518"_s, u"liability"_s, u"vat_settlement"_s),
                          account(u"5500"_s, u"asset"_s, u"bank"_s),
                          account(u"5700"_s, u"asset"_s, u"cash"_s),
                          account(u"7000"_s, u"income"_s, u"sales"_s),
                          account(u"6000"_s, u"expense"_s, u"expenses"_s),
                          account(u"6570"_s, u"expense"_s, u"bank_charges"_s),
                          account(u"6571"_s, u"expense"_s, u"rounding"_s),
                          account(u"6540"_s, u"expense"_s, u"exchange_differences"_s),
                          account(u"1400"_s, u"equity"_s, u"retained_earnings"_s),
                          account(u"4990"_s, u"asset"_s, u"opening_balances"_s),
                          account(u"1009"_s, u"equity"_s, u"owner_drawings"_s) };
    QJsonObject purchase = account(u"6100"_s, u"expense"_s);
    purchase.insert(u"vatKind"_s, u"purchase_services"_s);
    purchase.insert(u"vatRate"_s, 2100);
    purchase.insert(u"deductiblePercent"_s, 50);
    accounts.append(purchase);
    return QJsonObject { { u"format"_s, 1 },
                         { u"country"_s, u"BE"_s },
                         { u"languages"_s, QJsonArray { u"nl"_s, u"fr"_s } },
                         { u"source"_s, u"Test"_s },
                         { u"description"_s, u"A chart made by the test."_s },
                         { u"accounts"_s, accounts } };
}

QByteArray toJson(const QJsonObject& root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// `chart` with the account `code` changed by `change`.
QJsonObject withAccount(QJsonObject chart, const QString& code,
                        const std::function<void(QJsonObject&)>& change)
{
    QJsonArray accounts = chart.value(u"accounts"_s).toArray();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        QJsonObject object = accounts.at(i).toObject();
        if (object.value(u"code"_s).toString() == code) {
            change(object);
            accounts.replace(i, object);
        }
    }
    chart.insert(u"accounts"_s, accounts);
    return chart;
}

QJsonObject withExtraAccount(QJsonObject chart, const QJsonObject& extra)
{
    QJsonArray accounts = chart.value(u"accounts"_s).toArray();
    accounts.append(extra);
    chart.insert(u"accounts"_s, accounts);
    return chart;
}

const ChartAccount* findCode(const ChartTemplate& chart, const QString& code)
{
    for (const ChartAccount& account : chart.accounts()) {
        if (account.code == code)
            return &account;
    }
    return nullptr;
}

} // namespace

// The Belgian and Dutch templates as shipped, and the validation that guards them: the facts
// asserted come from the minimum chart (PCMN/MAR), RGS and the VAT rules, not from the files.
class TestChartTemplate : public QObject
{
    Q_OBJECT

private slots:
    void codeFunctionsRoundTrip()
    {
        QSet<QString> seen;
        for (int i = 0; i < kTypeCodes.size(); ++i) {
            const auto type = static_cast<AccountType>(i);
            QCOMPARE(accountTypeCode(type), kTypeCodes.at(i));
            QCOMPARE(accountTypeFromCode(kTypeCodes.at(i)), std::optional(type));
        }
        for (int i = 0; i < kRoleCodes.size(); ++i) {
            const auto role = static_cast<AccountRole>(i);
            QCOMPARE(accountRoleCode(role), kRoleCodes.at(i));
            QCOMPARE(accountRoleFromCode(kRoleCodes.at(i)), std::optional(role));
        }
        QCOMPARE(static_cast<int>(AccountRole::OwnerDrawings), kRoleCodes.size() - 1);
        for (int i = 0; i < kVatKindCodes.size(); ++i) {
            const auto kind = static_cast<VatKind>(i);
            QCOMPARE(vatKindCode(kind), kVatKindCodes.at(i));
            QCOMPARE(vatKindFromCode(kVatKindCodes.at(i)), std::optional(kind));
        }
        QCOMPARE(static_cast<int>(VatKind::PurchaseReverseChargeDomestic), kVatKindCodes.size() - 1);
    }

    void codeFunctionsRefuseUnknownCodes()
    {
        for (const QString& code : { u""_s, u"Asset"_s, u"assets"_s, u" asset"_s, u"revenue"_s })
            QVERIFY2(!accountTypeFromCode(code), qPrintable(code));
        for (const QString& code : { u""_s, u"Bank"_s, u"bank "_s, u"vat"_s, u"drawings"_s })
            QVERIFY2(!accountRoleFromCode(code), qPrintable(code));
        for (const QString& code : { u""_s, u"sale"_s, u"SALE_DOMESTIC"_s, u"purchase_eu"_s })
            QVERIFY2(!vatKindFromCode(code), qPrintable(code));
    }

    void bothChartsLoad_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QStringList>("languages");
        QTest::newRow("BE") << u"BE"_s << QStringList { u"nl"_s, u"fr"_s, u"en"_s };
        QTest::newRow("NL") << u"NL"_s << QStringList { u"nl"_s, u"en"_s };
    }

    void bothChartsLoad()
    {
        QFETCH(QString, country);
        QFETCH(QStringList, languages);
        const auto chart = ChartTemplate::forCountry(country);
        KASBOEK_VERIFY_OK(chart);
        QCOMPARE(chart->country(), country);
        QCOMPARE(chart->languages(), languages);
        QVERIFY(!chart->source().isEmpty());
        QVERIFY(!chart->description().isEmpty());
        QVERIFY2(chart->accounts().size() >= 50 && chart->accounts().size() <= 90,
                 qPrintable(QString::number(chart->accounts().size())));

        QSet<QString> codes;
        for (const ChartAccount& account : chart->accounts()) {
            QVERIFY2(!codes.contains(account.code), qPrintable(account.code));
            codes.insert(account.code);
            for (const QString& language : languages)
                QVERIFY2(!account.names.value(language).trimmed().isEmpty(),
                         qPrintable(account.code + u" "_s + language));
        }
        // Case and surrounding blanks do not matter.
        const auto lower = ChartTemplate::forCountry(u" "_s + country.toLower());
        KASBOEK_VERIFY_OK(lower);
        QCOMPARE(lower->accounts(), chart->accounts());
    }

    void everyRoleOnceOnTheExpectedAccount_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QStringList>("codes"); // in the order of kRoleCodes
        QTest::newRow("BE") << u"BE"_s << QStringList { u"400000"_s, u"440000"_s, u"451000"_s, u"411000"_s,
                                                        u"451800"_s, u"550000"_s, u"570000"_s, u"700000"_s,
                                                        u"616900"_s, u"657000"_s, u"657100"_s, u"654000"_s,
                                                        u"140000"_s, u"499000"_s, u"100900"_s };
        QTest::newRow("NL") << u"NL"_s
                            << QStringList { u"1300"_s, u"1600"_s, u"1500"_s, u"1520"_s, u"1560"_s,
                                             u"1100"_s, u"1000"_s, u"8000"_s, u"4900"_s, u"4910"_s,
                                             u"4920"_s, u"9200"_s, u"0510"_s, u"0500"_s, u"0520"_s };
    }

    void everyRoleOnceOnTheExpectedAccount()
    {
        QFETCH(QString, country);
        QFETCH(QStringList, codes);
        const auto chart = ChartTemplate::forCountry(country);
        KASBOEK_VERIFY_OK(chart);
        QMap<QString, QStringList> holders; // role code -> account codes
        for (const ChartAccount& account : chart->accounts()) {
            if (account.role)
                holders[accountRoleCode(*account.role)].append(account.code);
        }
        QCOMPARE(holders.size(), kRoleCodes.size());
        for (int i = 0; i < kRoleCodes.size(); ++i)
            QCOMPARE(holders.value(kRoleCodes.at(i)), QStringList { codes.at(i) });
    }

    void roleAccountsHaveTheirNaturalType_data()
    {
        QTest::addColumn<QString>("country");
        QTest::newRow("BE") << u"BE"_s;
        QTest::newRow("NL") << u"NL"_s;
    }

    void roleAccountsHaveTheirNaturalType()
    {
        QFETCH(QString, country);
        const auto chart = ChartTemplate::forCountry(country);
        KASBOEK_VERIFY_OK(chart);
        const QMap<AccountRole, AccountType> natural {
            { AccountRole::Receivables, AccountType::Asset },
            { AccountRole::Payables, AccountType::Liability },
            { AccountRole::VatPayable, AccountType::Liability },
            { AccountRole::Bank, AccountType::Asset },
            { AccountRole::Cash, AccountType::Asset },
            { AccountRole::Sales, AccountType::Income },
            { AccountRole::Expenses, AccountType::Expense },
            { AccountRole::BankCharges, AccountType::Expense },
            { AccountRole::RetainedEarnings, AccountType::Equity },
            { AccountRole::OwnerDrawings, AccountType::Equity },
        };
        for (const ChartAccount& account : chart->accounts()) {
            if (account.role && natural.contains(*account.role))
                QVERIFY2(account.type == natural.value(*account.role), qPrintable(account.code));
        }
        // Invoices default to domestic sales at the standard rate of 21 % in both countries.
        for (const ChartAccount& account : chart->accounts()) {
            if (account.role == AccountRole::Sales) {
                QCOMPARE(account.vatKind, std::optional(VatKind::SaleDomestic));
                QCOMPARE(account.vatRateBasisPoints, std::optional(2100));
            }
        }
    }

    void belgianChartFollowsTheMinimumChart()
    {
        const auto chart = ChartTemplate::forCountry(u"BE");
        KASBOEK_VERIFY_OK(chart);
        static const QRegularExpression sixDigits(u"^[0-9]{6}$"_s);
        for (const ChartAccount& account : chart->accounts()) {
            QVERIFY2(sixDigits.match(account.code).hasMatch(), qPrintable(account.code));
            QVERIFY2(account.rgsCode.isEmpty(), qPrintable(account.code));
            // The classes of the minimum chart: 1 own funds and long-term debts, 2 fixed assets,
            // 3 stocks, 4 short-term receivables and payables, 5 cash, 6 charges, 7 income.
            const AccountType type = account.type;
            switch (account.code.at(0).digitValue()) {
            case 1:
                QVERIFY2(type == AccountType::Equity || type == AccountType::Liability,
                         qPrintable(account.code));
                break;
            case 2:
            case 3:
            case 5:
                QVERIFY2(type == AccountType::Asset, qPrintable(account.code));
                break;
            case 4:
                QVERIFY2(type == AccountType::Asset || type == AccountType::Liability,
                         qPrintable(account.code));
                break;
            case 6:
                QVERIFY2(type == AccountType::Expense, qPrintable(account.code));
                break;
            case 7:
                QVERIFY2(type == AccountType::Income, qPrintable(account.code));
                break;
            default:
                QFAIL(qPrintable(u"unexpected class: "_s + account.code));
            }
            // Belgian VAT rates are 0, 6, 12 and 21 %.
            if (account.vatRateBasisPoints)
                QVERIFY2(QList<int>({ 0, 600, 1200, 2100 }).contains(*account.vatRateBasisPoints),
                         qPrintable(account.code));
            // Each fixed asset bought has its depreciation account next to it (2xx900).
            if (account.vatKind == VatKind::PurchaseInvestment) {
                const ChartAccount* depreciation = findCode(*chart, account.code.left(3) + u"900"_s);
                QVERIFY2(depreciation && depreciation->type == AccountType::Asset, qPrintable(account.code));
            }
        }
        // Names in the three languages, from the minimum chart's wording.
        const ChartAccount* customers = findCode(*chart, u"400000"_s);
        QVERIFY(customers);
        QCOMPARE(chart->nameIn(*customers, u"nl"), u"Klanten"_s);
        QCOMPARE(chart->nameIn(*customers, u"fr"), u"Clients"_s);
        const ChartAccount* vatPayable = findCode(*chart, u"451000"_s);
        QVERIFY(vatPayable);
        QCOMPARE(chart->nameIn(*vatPayable, u"fr"), u"TVA à payer"_s);

        // Input VAT on passenger cars: at most 50 % (VAT Code art. 45 §2); on restaurant
        // and reception costs: none (art. 45 §3).
        for (const QString& code : { u"612200"_s, u"611100"_s, u"610100"_s }) {
            const ChartAccount* car = findCode(*chart, code);
            QVERIFY2(car && car->deductiblePercent == 50, qPrintable(code));
        }
        for (const QString& code : { u"616700"_s, u"616800"_s }) {
            const ChartAccount* entertainment = findCode(*chart, code);
            QVERIFY2(entertainment && entertainment->deductiblePercent == 0, qPrintable(code));
        }
        // Insurance and bank charges are exempt: no VAT default.
        for (const QString& code : { u"614000"_s, u"657000"_s })
            QVERIFY2(!findCode(*chart, code)->vatKind, qPrintable(code));
    }

    void dutchChartCarriesRgsCodes()
    {
        const auto chart = ChartTemplate::forCountry(u"NL");
        KASBOEK_VERIFY_OK(chart);
        static const QRegularExpression fourDigits(u"^[0-9]{4}$"_s);
        // B or W, then three-letter groups (level 4: three groups, level 5: four).
        static const QRegularExpression rgs(u"^[BW](?:[A-Z][a-z0-9]{2}){3,4}$"_s);
        for (const ChartAccount& account : chart->accounts()) {
            QVERIFY2(fourDigits.match(account.code).hasMatch(), qPrintable(account.code));
            QVERIFY2(rgs.match(account.rgsCode).hasMatch(),
                     qPrintable(account.code + u" "_s + account.rgsCode));
            // B for the balance sheet, W for the profit and loss account.
            const QChar side = isBalanceSheetType(account.type) ? u'B' : u'W';
            QVERIFY2(account.rgsCode.front() == side, qPrintable(account.code + u" "_s + account.rgsCode));
            // Dutch VAT rates are 0, 9 and 21 %.
            if (account.vatRateBasisPoints)
                QVERIFY2(QList<int>({ 0, 900, 2100 }).contains(*account.vatRateBasisPoints),
                         qPrintable(account.code));
        }
        QCOMPARE(findCode(*chart, u"1100"_s)->rgsCode, u"BLimBanRba"_s);
        QCOMPARE(findCode(*chart, u"1300"_s)->rgsCode, u"BVorDebHad"_s);
        QCOMPARE(findCode(*chart, u"1600"_s)->rgsCode, u"BSchCreHac"_s);
        QCOMPARE(findCode(*chart, u"0520"_s)->rgsCode, u"BEivKapPro"_s);
        QCOMPARE(findCode(*chart, u"1520"_s)->rgsCode, u"BSchBepBtwVoo"_s);
        // Books at 9 %, meals in restaurants without VAT deduction.
        QCOMPARE(findCode(*chart, u"4440"_s)->vatRateBasisPoints, std::optional(900));
        QCOMPARE(findCode(*chart, u"4320"_s)->deductiblePercent, std::optional(0));
        for (const QString& code : { u"4600"_s, u"4910"_s })
            QVERIFY2(!findCode(*chart, code)->vatKind, qPrintable(code));
        QCOMPARE(chart->nameIn(*findCode(*chart, u"1300"_s), u"en"), u"Trade debtors"_s);
    }

    void nameFallsBackToTheFirstLanguage()
    {
        const auto chart = ChartTemplate::forCountry(u"BE");
        KASBOEK_VERIFY_OK(chart);
        const ChartAccount* bank = findCode(*chart, u"550000"_s);
        QVERIFY(bank);
        QCOMPARE(chart->nameIn(*bank, u"de"), bank->names.value(u"nl"_s));
        QCOMPARE(chart->nameIn(*bank, u""), bank->names.value(u"nl"_s));
        QVERIFY(chart->nameIn(*bank, u"en") != chart->nameIn(*bank, u"de"));

        const auto small = ChartTemplate::fromJson(toJson(smallChart()));
        KASBOEK_VERIFY_OK(small);
        ChartAccount onlyDutch = small->accounts().first();
        onlyDutch.names = { { u"nl"_s, u"Alleen Nederlands"_s } };
        QCOMPARE(small->nameIn(onlyDutch, u"fr"), u"Alleen Nederlands"_s);
        QCOMPARE(small->nameIn(*findCode(*small, u"4000"_s), u"fr"), u"Compte 4000"_s);
    }

    void otherCountriesAreRefused()
    {
        for (const QString& country : { u"DE"_s, u"FR"_s, u""_s, u"BEL"_s }) {
            const auto chart = ChartTemplate::forCountry(country);
            KASBOEK_VERIFY_ERROR(chart, ErrorCode::Validation);
            QVERIFY2(chart.error().message.contains(u"\""_s + country + u"\""_s),
                     qPrintable(chart.error().message));
        }
    }

    void smallChartIsValid()
    {
        const auto chart = ChartTemplate::fromJson(toJson(smallChart()));
        KASBOEK_VERIFY_OK(chart);
        QCOMPARE(chart->accounts().size(), 16);
        const ChartAccount* purchase = findCode(*chart, u"6100"_s);
        QVERIFY(purchase);
        QCOMPARE(purchase->vatKind, std::optional(VatKind::PurchaseServices));
        QCOMPARE(purchase->vatRateBasisPoints, std::optional(2100));
        QCOMPARE(purchase->deductiblePercent, std::optional(50));
        QCOMPARE(purchase->names.value(u"fr"_s), u"Compte 6100"_s);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mentions"); // what the message must name

        const QJsonObject valid = smallChart();
        QTest::newRow("malformed JSON") << QByteArray("{\"format\": 1, \"accounts\": [") << QStringList {};
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringList {};
        QTest::newRow("duplicate code")
            << toJson(withExtraAccount(valid, account(u"6000"_s, u"expense"_s))) << QStringList { u"6000"_s };
        QTest::newRow("unknown type")
            << toJson(withAccount(valid, u"7000"_s, [](QJsonObject& a) { a[u"type"_s] = u"revenue"_s; }))
            << QStringList { u"7000"_s, u"revenue"_s };
        QTest::newRow("role twice") << toJson(withAccount(valid, u"6100"_s, [](QJsonObject& a) {
            a[u"role"_s] = u"bank"_s;
        })) << QStringList { u"5500"_s, u"6100"_s, u"bank"_s };
        QJsonObject noCash = valid;
        QJsonArray accounts = noCash.value(u"accounts"_s).toArray();
        accounts.removeAt(6); // 5700, the cash account
        noCash.insert(u"accounts"_s, accounts);
        QTest::newRow("missing role") << toJson(noCash) << QStringList { u"cash"_s };
        QTest::newRow("unknown role")
            << toJson(withAccount(valid, u"6100"_s, [](QJsonObject& a) { a[u"role"_s] = u"drawings"_s; }))
            << QStringList { u"6100"_s, u"drawings"_s };
        QTest::newRow("deductible 150")
            << toJson(withAccount(valid, u"6100"_s, [](QJsonObject& a) { a[u"deductiblePercent"_s] = 150; }))
            << QStringList { u"6100"_s };
        QTest::newRow("deductible 12.5")
            << toJson(withAccount(valid, u"6100"_s, [](QJsonObject& a) { a[u"deductiblePercent"_s] = 12.5; }))
            << QStringList { u"6100"_s };
        QTest::newRow("deductible on a sale") << toJson(withAccount(valid, u"7000"_s, [](QJsonObject& a) {
            a[u"vatKind"_s] = u"sale_domestic"_s;
            a[u"deductiblePercent"_s] = 50;
        })) << QStringList { u"7000"_s };
        QTest::newRow("empty name") << toJson(withAccount(valid, u"4400"_s, [](QJsonObject& a) {
            a[u"names"_s] = QJsonObject { { u"nl"_s, u"Leveranciers"_s }, { u"fr"_s, u"   "_s } };
        })) << QStringList { u"4400"_s, u"fr"_s };
        QTest::newRow("missing language") << toJson(withAccount(valid, u"4400"_s, [](QJsonObject& a) {
            a[u"names"_s] = QJsonObject { { u"nl"_s, u"Leveranciers"_s } };
        })) << QStringList { u"4400"_s, u"fr"_s };
        QTest::newRow("undeclared language") << toJson(withAccount(valid, u"4400"_s, [](QJsonObject& a) {
            a[u"names"_s] = QJsonObject { { u"nl"_s, u"Leveranciers"_s },
                                          { u"fr"_s, u"Fournisseurs"_s },
                                          { u"de"_s, u"Lieferanten"_s } };
        })) << QStringList { u"4400"_s, u"de"_s };
        QTest::newRow("name too long") << toJson(withAccount(valid, u"4400"_s, [](QJsonObject& a) {
            a[u"names"_s] = QJsonObject { { u"nl"_s, QString(201, u'x') }, { u"fr"_s, u"Fournisseurs"_s } };
        })) << QStringList { u"4400"_s };
        QTest::newRow("code with a space")
            << toJson(withAccount(valid, u"6100"_s, [](QJsonObject& a) { a[u"code"_s] = u"61 00"_s; }))
            << QStringList {};
        QTest::newRow("code too long")
            << toJson(withAccount(valid, u"6100"_s, [](QJsonObject& a) { a[u"code"_s] = QString(21, u'6'); }))
            << QStringList {};
        QTest::newRow("code not text")
            << toJson(withAccount(valid, u"6100"_s, [](QJsonObject& a) { a[u"code"_s] = 6100; }))
            << QStringList {};
        QTest::newRow("VAT rate above 100 %")
            << toJson(withAccount(valid, u"6100"_s, [](QJsonObject& a) { a[u"vatRate"_s] = 10001; }))
            << QStringList { u"6100"_s };
        QTest::newRow("VAT rate as text")
            << toJson(withAccount(valid, u"6100"_s, [](QJsonObject& a) { a[u"vatRate"_s] = u"2100"_s; }))
            << QStringList { u"6100"_s };
        QTest::newRow("VAT rate without kind")
            << toJson(withAccount(valid, u"6000"_s, [](QJsonObject& a) { a[u"vatRate"_s] = 2100; }))
            << QStringList { u"6000"_s };
        QTest::newRow("unknown VAT kind")
            << toJson(withAccount(valid, u"6100"_s, [](QJsonObject& a) { a[u"vatKind"_s] = u"purchase"_s; }))
            << QStringList { u"6100"_s };
        QTest::newRow("bad RGS code")
            << toJson(withAccount(valid, u"5500"_s, [](QJsonObject& a) { a[u"rgsCode"_s] = u"Bank 1"_s; }))
            << QStringList { u"5500"_s };
        QTest::newRow("unknown account field") << toJson(withAccount(valid, u"5500"_s, [](QJsonObject& a) {
            a[u"iban"_s] = u"BE68539007547034"_s;
        })) << QStringList { u"5500"_s, u"iban"_s };
        QJsonObject withText = valid;
        QJsonArray list = withText.value(u"accounts"_s).toArray();
        list.append(u"6200"_s);
        withText.insert(u"accounts"_s, list);
        QTest::newRow("account not an object") << toJson(withText) << QStringList {};
        QJsonObject lowerCountry = valid;
        lowerCountry.insert(u"country"_s, u"be"_s);
        QTest::newRow("country in lower case") << toJson(lowerCountry) << QStringList {};
        QJsonObject newerFormat = valid;
        newerFormat.insert(u"format"_s, 2);
        QTest::newRow("newer format") << toJson(newerFormat) << QStringList {};
        QJsonObject twiceDutch = valid;
        twiceDutch.insert(u"languages"_s, QJsonArray { u"nl"_s, u"nl"_s });
        QTest::newRow("language twice") << toJson(twiceDutch) << QStringList { u"nl"_s };
        QJsonObject noAccounts = valid;
        noAccounts.insert(u"accounts"_s, QJsonArray {});
        QTest::newRow("no accounts") << toJson(noAccounts) << QStringList {};
        QJsonObject noSource = valid;
        noSource.remove(u"source"_s);
        QTest::newRow("no source") << toJson(noSource) << QStringList { u"source"_s };
        QJsonObject extraField = valid;
        extraField.insert(u"owner"_s, u"someone"_s);
        QTest::newRow("unknown chart field") << toJson(extraField) << QStringList { u"owner"_s };
        QTest::newRow("too large") << QByteArray(1024 * 1024 + 1, ' ') << QStringList {};
    }

    void refusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mentions);
        const auto chart = ChartTemplate::fromJson(json);
        KASBOEK_VERIFY_ERROR(chart, ErrorCode::Validation);
        const QString message = chart.error().message;
        QVERIFY(!message.isEmpty());
        for (const QString& mention : mentions)
            QVERIFY2(message.contains(mention), qPrintable(message + u" -- should name "_s + mention));
    }
};

QTEST_GUILESS_MAIN(TestChartTemplate)
#include "TestChartTemplate.moc"
