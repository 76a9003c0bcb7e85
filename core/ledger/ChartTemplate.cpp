#include "ChartTemplate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace kasboek::ledger {

namespace {

// Limits for hostile input: the real charts are far below them.
constexpr qsizetype kMaxJsonBytes = 1024 * 1024;
constexpr qsizetype kMaxAccounts = 2000;
constexpr qsizetype kMaxLanguages = 10;
constexpr qsizetype kMaxNameLength = 200; // as the accounts table allows
constexpr qsizetype kMaxTextLength = 4000;
constexpr qsizetype kMaxRgsLength = 40;
constexpr int kFormat = 1;

const QSet<QString>& chartKeys()
{
    static const QSet<QString> keys { u"format"_s,      u"country"_s, u"languages"_s,
                                      u"description"_s, u"source"_s,  u"accounts"_s };
    return keys;
}

const QSet<QString>& accountKeys()
{
    static const QSet<QString> keys { u"code"_s,    u"type"_s,    u"role"_s,    u"names"_s,
                                      u"rgsCode"_s, u"vatKind"_s, u"vatRate"_s, u"deductiblePercent"_s,
                                      u"note"_s };
    return keys;
}

bool isAsciiLetter(QChar c, bool upper)
{
    return upper ? (c >= u'A' && c <= u'Z') : (c >= u'a' && c <= u'z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c, true) || isAsciiLetter(c, false) || (c >= u'0' && c <= u'9');
}

// The accounts table's rule: 1-20 letters, digits and dots.
bool isAccountCode(const QString& code)
{
    if (code.isEmpty() || code.size() > 20)
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar c) { return isAsciiAlnum(c) || c == u'.'; });
}

bool isTwoLetters(const QString& text, bool upper)
{
    return text.size() == 2 && isAsciiLetter(text.at(0), upper) && isAsciiLetter(text.at(1), upper);
}

// RGS codes start with B (balance sheet) or W (profit and loss); an extension may follow a dot.
bool isRgsCode(const QString& code)
{
    if (code.size() < 2 || code.size() > kMaxRgsLength || (code.front() != u'B' && code.front() != u'W'))
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar c) { return isAsciiAlnum(c) || c == u'.'; });
}

// A JSON number that is a whole number within [min, max].
std::optional<int> wholeNumber(const QJsonValue& value, int min, int max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::floor(number) || number < min || number > max)
        return std::nullopt;
    return static_cast<int>(number);
}

std::optional<QString> unknownKey(const QJsonObject& object, const QSet<QString>& known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return it.key();
    }
    return std::nullopt;
}

std::unexpected<Error> invalid(const QString& message, const QString& field)
{
    return fail(ErrorCode::Validation, message, field);
}

// A required text of the chart itself (source, description): present, not blank, bounded.
Result<QString> chartText(const QJsonObject& root, const QString& key)
{
    const QJsonValue value = root.value(key);
    const QString text = value.toString().trimmed();
    if (!value.isString() || text.isEmpty() || text.size() > kMaxTextLength)
        return invalid(
            ChartTemplate::tr("The chart of accounts needs a \"%1\" text of at most %2 characters.")
                .arg(key)
                .arg(kMaxTextLength),
            key);
    return text;
}

Result<QStringList> chartLanguages(const QJsonObject& root)
{
    const QJsonValue value = root.value(u"languages"_s);
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.isEmpty() || array.size() > kMaxLanguages)
        return invalid(
            ChartTemplate::tr("The chart of accounts must list the languages of its account names."),
            u"languages"_s);
    QStringList languages;
    for (const QJsonValue& entry : array) {
        const QString language = entry.toString();
        if (!entry.isString() || !isTwoLetters(language, false))
            return invalid(
                ChartTemplate::tr("The languages of the chart must be two-letter codes such as \"nl\"."),
                u"languages"_s);
        if (languages.contains(language))
            return invalid(ChartTemplate::tr("The language \"%1\" is listed twice.").arg(language),
                           u"languages"_s);
        languages.append(language);
    }
    return languages;
}

Result<QMap<QString, QString>> accountNames(const QJsonObject& account, const QString& code,
                                            const QStringList& languages)
{
    const QJsonValue value = account.value(u"names"_s);
    if (!value.isObject())
        return invalid(ChartTemplate::tr("Account %1 has no names.").arg(code), u"names"_s);
    const QJsonObject object = value.toObject();
    QMap<QString, QString> names;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!languages.contains(it.key()))
            return invalid(
                ChartTemplate::tr("Account %1 has a name in \"%2\", a language the chart does not list.")
                    .arg(code, it.key()),
                u"names"_s);
    }
    for (const QString& language : languages) {
        const QJsonValue name = object.value(language);
        const QString text = name.toString().trimmed();
        if (!name.isString() || text.isEmpty())
            return invalid(ChartTemplate::tr("Account %1 has no name in \"%2\".").arg(code, language),
                           u"names"_s);
        if (text.size() > kMaxNameLength)
            return invalid(ChartTemplate::tr("The name of account %1 in \"%2\" is longer than %3 characters.")
                               .arg(code, language)
                               .arg(kMaxNameLength),
                           u"names"_s);
        names.insert(language, text);
    }
    return names;
}

// The VAT defaults of one account: a kind, and a rate and deductible share that only make
// sense with it (a deductible share only on purchases).
Result<void> accountVat(const QJsonObject& account, ChartAccount& parsed)
{
    const QString& code = parsed.code;
    if (const QJsonValue kind = account.value(u"vatKind"_s); !kind.isUndefined()) {
        parsed.vatKind = kind.isString() ? vatKindFromCode(kind.toString()) : std::nullopt;
        if (!parsed.vatKind)
            return invalid(ChartTemplate::tr("Account %1 has an unknown VAT kind.").arg(code), u"vatKind"_s);
    }
    if (const QJsonValue rate = account.value(u"vatRate"_s); !rate.isUndefined()) {
        parsed.vatRateBasisPoints = wholeNumber(rate, 0, 10000);
        if (!parsed.vatRateBasisPoints)
            return invalid(ChartTemplate::tr(
                               "The VAT rate of account %1 must be a whole number of basis points from 0 to "
                               "10000 (2100 = 21 %).")
                               .arg(code),
                           u"vatRate"_s);
        if (!parsed.vatKind)
            return invalid(ChartTemplate::tr("Account %1 has a VAT rate but no VAT kind.").arg(code),
                           u"vatRate"_s);
    }
    if (const QJsonValue share = account.value(u"deductiblePercent"_s); !share.isUndefined()) {
        parsed.deductiblePercent = wholeNumber(share, 0, 100);
        if (!parsed.deductiblePercent)
            return invalid(
                ChartTemplate::tr("The deductible share of account %1 must be a whole percentage from 0 "
                                  "to 100.")
                    .arg(code),
                u"deductiblePercent"_s);
        if (!parsed.vatKind || isSale(*parsed.vatKind))
            return invalid(
                ChartTemplate::tr("Account %1 has a deductible VAT share but is not a purchase account.")
                    .arg(code),
                u"deductiblePercent"_s);
    }
    return {};
}

Result<ChartAccount> chartAccount(const QJsonValue& value, qsizetype position, const QStringList& languages)
{
    if (!value.isObject())
        return invalid(ChartTemplate::tr("Entry %1 of the accounts is not an account.").arg(position + 1),
                       u"accounts"_s);
    const QJsonObject account = value.toObject();
    ChartAccount parsed;
    const QJsonValue code = account.value(u"code"_s);
    parsed.code = code.toString();
    if (!code.isString() || !isAccountCode(parsed.code))
        return invalid(
            ChartTemplate::tr("Entry %1 of the accounts has no valid code: 1 to 20 letters, digits or "
                              "dots.")
                .arg(position + 1),
            u"code"_s);
    if (const auto unknown = unknownKey(account, accountKeys()))
        return invalid(
            ChartTemplate::tr("Account %1 has an unknown field \"%2\".").arg(parsed.code, *unknown),
            *unknown);

    const QJsonValue type = account.value(u"type"_s);
    const auto accountType = type.isString() ? accountTypeFromCode(type.toString()) : std::nullopt;
    if (!accountType)
        return invalid(ChartTemplate::tr("Account %1 has the type \"%2\"; a type is one of asset, liability, "
                                         "equity, income or expense.")
                           .arg(parsed.code, type.toString()),
                       u"type"_s);
    parsed.type = *accountType;

    if (const QJsonValue role = account.value(u"role"_s); !role.isUndefined()) {
        parsed.role = role.isString() ? accountRoleFromCode(role.toString()) : std::nullopt;
        if (!parsed.role)
            return invalid(ChartTemplate::tr("Account %1 has the unknown role \"%2\".")
                               .arg(parsed.code, role.toString()),
                           u"role"_s);
    }

    auto names = accountNames(account, parsed.code, languages);
    if (!names)
        return std::unexpected(names.error());
    parsed.names = *names;

    if (const QJsonValue rgs = account.value(u"rgsCode"_s); !rgs.isUndefined()) {
        parsed.rgsCode = rgs.toString();
        if (!rgs.isString() || (!parsed.rgsCode.isEmpty() && !isRgsCode(parsed.rgsCode)))
            return invalid(
                ChartTemplate::tr("Account %1 has an RGS code that is not one: it starts with B or W and "
                                  "has letters, digits and dots.")
                    .arg(parsed.code),
                u"rgsCode"_s);
    }

    if (auto vat = accountVat(account, parsed); !vat)
        return std::unexpected(vat.error());

    if (const QJsonValue note = account.value(u"note"_s);
        !note.isUndefined() && (!note.isString() || note.toString().size() > kMaxTextLength))
        return invalid(ChartTemplate::tr("The note of account %1 must be a text of at most %2 characters.")
                           .arg(parsed.code)
                           .arg(kMaxTextLength),
                       u"note"_s);
    return parsed;
}

} // namespace

Result<ChartTemplate> ChartTemplate::fromJson(QByteArrayView json)
{
    if (json.size() > kMaxJsonBytes)
        return invalid(tr("The chart of accounts is larger than %1 bytes.").arg(kMaxJsonBytes), u"json"_s);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(tr("The chart of accounts is not valid JSON: %1 (at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset),
                       u"json"_s);
    if (!document.isObject())
        return invalid(tr("The chart of accounts is not a JSON object."), u"json"_s);
    const QJsonObject root = document.object();
    if (const auto unknown = unknownKey(root, chartKeys()))
        return invalid(tr("The chart of accounts has an unknown field \"%1\".").arg(*unknown), *unknown);

    if (wholeNumber(root.value(u"format"_s), kFormat, kFormat) != kFormat)
        return invalid(tr("This chart of accounts is in a format this version of Kasboek does not read."),
                       u"format"_s);

    ChartTemplate chart;
    chart.m_country = root.value(u"country"_s).toString();
    if (!isTwoLetters(chart.m_country, true))
        return invalid(tr("The chart of accounts has no country code such as \"BE\"."), u"country"_s);
    auto languages = chartLanguages(root);
    if (!languages)
        return std::unexpected(languages.error());
    chart.m_languages = *languages;
    auto source = chartText(root, u"source"_s);
    if (!source)
        return std::unexpected(source.error());
    chart.m_source = *source;
    auto description = chartText(root, u"description"_s);
    if (!description)
        return std::unexpected(description.error());
    chart.m_description = *description;

    const QJsonValue accountsValue = root.value(u"accounts"_s);
    const QJsonArray accounts = accountsValue.toArray();
    if (!accountsValue.isArray() || accounts.isEmpty() || accounts.size() > kMaxAccounts)
        return invalid(tr("The chart of accounts must list between 1 and %1 accounts.").arg(kMaxAccounts),
                       u"accounts"_s);

    QSet<QString> codes;
    std::map<AccountRole, QString> roleHolders;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        auto account = chartAccount(accounts.at(i), i, chart.m_languages);
        if (!account)
            return std::unexpected(account.error());
        if (codes.contains(account->code))
            return invalid(tr("The account code %1 appears more than once.").arg(account->code), u"code"_s);
        codes.insert(account->code);
        if (account->role) {
            const auto [holder, added] = roleHolders.emplace(*account->role, account->code);
            if (!added)
                return invalid(
                    tr("Accounts %1 and %2 both have the role \"%3\"; a role belongs to one account.")
                        .arg(holder->second, account->code, accountRoleCode(*account->role)),
                    u"role"_s);
        }
        chart.m_accounts.append(std::move(*account));
    }
    // The automatic postings need every role: a chart without one would fail only later.
    for (int value = 0; value <= static_cast<int>(AccountRole::OwnerDrawings); ++value) {
        const auto role = static_cast<AccountRole>(value);
        if (!roleHolders.contains(role))
            return invalid(tr("No account of the chart has the role \"%1\".").arg(accountRoleCode(role)),
                           u"role"_s);
    }
    return chart;
}

Result<ChartTemplate> ChartTemplate::forCountry(QStringView country)
{
    const QString code = country.trimmed().toString().toUpper();
    if (code != u"BE" && code != u"NL")
        return fail(
            ErrorCode::Validation,
            tr("Kasboek has no chart of accounts for the country \"%1\"; it has one for Belgium (BE) and "
               "one for the Netherlands (NL).")
                .arg(country.toString()),
            u"country"_s);
    QFile file(u":/kasboek/charts/"_s + code.toLower() + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
                    tr("The chart of accounts for %1 is missing from this build.").arg(code), u"country"_s);
    auto chart = fromJson(file.readAll());
    if (!chart)
        return chart;
    if (chart->country() != code)
        return fail(
            ErrorCode::Validation,
            tr("The chart of accounts for %1 is marked as the chart for %2.").arg(code, chart->country()),
            u"country"_s);
    return chart;
}

QString ChartTemplate::nameIn(const ChartAccount& account, QStringView language) const
{
    const auto found = account.names.constFind(language.toString());
    if (found != account.names.cend() && !found->isEmpty())
        return *found;
    return account.names.value(m_languages.value(0));
}

} // namespace kasboek::ledger
