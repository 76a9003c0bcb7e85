#include "CamtValues.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kasboek::exchange::bank {

namespace {

// Years outside this window are no bank's statement, and would only upset date arithmetic and
// period locks further on.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2199;

bool isPlainDecimal(const QString& text)
{
    static const QRegularExpression pattern(u"^[0-9]+(\\.[0-9]+)?\\z"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

Result<domain::Currency> CamtValues::currency(const CamtSubtree& tree, qsizetype index, const QString& code)
{
    const auto currency = domain::Currency::fromCode(code.trimmed());
    if (!currency)
        return tree.fail(index, tr("The currency %3 on line %1 (%2) is not one Kasboek can keep books in."),
                         code.trimmed().left(8));
    return currency;
}

Result<domain::Money> CamtValues::amount(const CamtSubtree& tree, qsizetype amt, domain::Currency currency)
{
    const QString& stated = tree.currency(amt);
    if (!stated.isNull() && stated.trimmed() != currency.code())
        return tree.fail(amt, tr("The amount on line %1 (%2) is in %3, but the statement is in %4."),
                         stated.trimmed().left(8), currency.code());
    const QString text = tree.text(amt);
    if (text.isEmpty())
        return tree.fail(amt, tr("The amount on line %1 (%2) is empty."));
    if (text.startsWith(u'-') || text.startsWith(u'+'))
        return tree.fail(amt,
                         tr("The amount on line %1 (%2) has a sign; in a bank statement the credit or debit "
                            "indicator says which way the money went."));
    if (!isPlainDecimal(text))
        return tree.fail(amt,
                         tr("The amount on line %1 (%2) is not a plain decimal number such as 1234.56."));
    const qsizetype point = text.indexOf(u'.');
    const qsizetype decimals = point < 0 ? 0 : text.size() - point - 1;
    if (decimals > currency.minorDigits())
        return tree.fail(amt, tr("The amount on line %1 (%2) has %3 decimals, more than %4 allows (%5)."),
                         QString::number(decimals), currency.code(), QString::number(currency.minorDigits()));
    const auto money = domain::Money::parse(text, currency);
    if (!money)
        return tree.fail(amt, tr("The amount on line %1 (%2) is too large."));
    return money;
}

Result<bool> CamtValues::isCredit(const CamtSubtree& tree, qsizetype parent)
{
    const auto indicator = tree.required(parent, u"CdtDbtInd");
    if (!indicator)
        return std::unexpected(indicator.error());
    const QString text = tree.text(*indicator);
    if (text == u"CRDT")
        return true;
    if (text == u"DBIT")
        return false;
    return tree.fail(*indicator, tr("The credit or debit indicator on line %1 (%2) must be CRDT or DBIT."));
}

Result<QDate> CamtValues::date(const CamtSubtree& tree, qsizetype choice)
{
    const auto day = tree.optional(choice, u"Dt");
    if (!day)
        return std::unexpected(day.error());
    const auto moment = tree.optional(choice, u"DtTm");
    if (!moment)
        return std::unexpected(moment.error());
    if (*day < 0 && *moment < 0)
        return tree.failMissing(
            choice, u"Dt", tr("The date element on line %1 (%2) holds neither a date nor a date and time."));
    if (*day >= 0 && *moment >= 0)
        return tree.fail(*moment,
                         tr("The date on line %1 (%2) is given twice, as a date and as a date and time."));

    // xs:date may carry a time zone, xs:dateTime fractions of a second and a time zone.
    static const QRegularExpression datePattern(
        u"^([0-9]{4})-([0-9]{2})-([0-9]{2})(Z|[+-][0-9]{2}:[0-9]{2})?\\z"_s);
    static const QRegularExpression dateTimePattern(
        u"^([0-9]{4})-([0-9]{2})-([0-9]{2})T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?\\z"_s);
    const qsizetype at = *day >= 0 ? *day : *moment;
    const QString text = tree.text(at);
    const QRegularExpressionMatch match = (*day >= 0 ? datePattern : dateTimePattern).match(text);
    if (!match.hasMatch())
        return tree.fail(at,
                         *day >= 0 ? tr("The date on line %1 (%2) is not written as YYYY-MM-DD.")
                                   : tr("The date and time on line %1 (%2) is not written as "
                                        "YYYY-MM-DDThh:mm:ss."));
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return tree.fail(at, tr("The date on line %1 (%2) does not exist."));
    if (date.year() < kFirstYear || date.year() > kLastYear)
        return tree.fail(at, tr("The date on line %1 (%2) is not between the years %3 and %4."),
                         QString::number(kFirstYear), QString::number(kLastYear));
    return date;
}

Result<QString> CamtValues::identifier(const CamtSubtree& tree, qsizetype parent, QStringView name,
                                       qsizetype maxLength)
{
    const auto found = tree.optional(parent, name);
    if (!found)
        return std::unexpected(found.error());
    if (*found < 0)
        return QString();
    QString text = tree.text(*found);
    if (text.size() > maxLength)
        return tree.fail(*found,
                         tr("The value on line %1 (%2) is longer than the %3 characters it may have."),
                         QString::number(maxLength));
    return text;
}

Result<QString> CamtValues::transactionCode(const CamtSubtree& tree, qsizetype bkTxCd)
{
    const auto domain = tree.optional(bkTxCd, u"Domn");
    if (!domain)
        return std::unexpected(domain.error());
    if (*domain >= 0) {
        QStringList parts;
        const auto code = identifier(tree, *domain, u"Cd");
        if (!code)
            return code;
        parts.append(*code);
        const auto family = tree.optional(*domain, u"Fmly");
        if (!family)
            return std::unexpected(family.error());
        if (*family >= 0) {
            for (const QStringView name : { u"Cd", u"SubFmlyCd" }) {
                const auto part = identifier(tree, *family, name);
                if (!part)
                    return part;
                parts.append(*part);
            }
        }
        parts.removeAll(QString());
        if (!parts.isEmpty())
            return parts.join(u'/');
    }
    const auto proprietary = tree.optional(bkTxCd, u"Prtry");
    if (!proprietary)
        return std::unexpected(proprietary.error());
    if (*proprietary < 0)
        return QString();
    return identifier(tree, *proprietary, u"Cd");
}

QString CamtValues::capped(const QString& text, qsizetype maxLength)
{
    if (text.size() <= maxLength)
        return text;
    qsizetype length = maxLength;
    if (length > 0 && text.at(length - 1).isHighSurrogate())
        --length;
    return text.left(length).trimmed();
}

} // namespace kasboek::exchange::bank
