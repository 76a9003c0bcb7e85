#include "CodaRecord.h"

#include "exchange/bank/text/BankDate.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::bank {

CodaRecord::CodaRecord(QString text, int line)
    : m_text(std::move(text))
    , m_line(line)
{ }

QString CodaRecord::kindOf(QStringView text)
{
    if (text.isEmpty() || text[0] < u'0' || text[0] > u'9')
        return u"record"_s;
    const QChar type = text[0];
    if ((type == u'2' || type == u'3') && text.size() > 1)
        return QString(type) + u'.' + text[1];
    return QString(type);
}

QStringView CodaRecord::raw(int from, int to) const
{
    return QStringView(m_text).sliced(from - 1, to - from + 1);
}

QString CodaRecord::text(int from, int to) const
{
    return raw(from, to).toString().simplified();
}

Result<qint64> CodaRecord::number(int from, int to, const QString& what) const
{
    const QStringView digits = raw(from, to);
    if (!BankDate::isDigits(digits))
        return refuse(tr("%1 must be digits, not \"%2\".").arg(what, digits.toString()));
    return digits.toLongLong();
}

Result<qint64> CodaRecord::amount(int signAt, const QString& what) const
{
    const QChar sign = at(signAt);
    if (sign != u'0' && sign != u'1')
        return refuse(
            tr("the sign of %1 must be 0 (credit) or 1 (debit), not \"%2\".").arg(what, QString(sign)));
    // 15 digits stay below 10^15, far inside qint64.
    const auto value = number(signAt + 1, signAt + 15, what);
    if (!value)
        return value;
    return sign == u'1' ? -*value : *value;
}

Result<QDate> CodaRecord::date(int from, const QString& what, bool zeroAllowed) const
{
    const QStringView digits = raw(from, from + 5);
    if (zeroAllowed && digits == u"000000")
        return QDate();
    const auto parsed = BankDate::fromDdMmYy(digits);
    if (!parsed)
        return refuse(tr("%1 \"%2\" is not a date (DDMMYY).").arg(what, digits.toString()));
    return *parsed;
}

std::unexpected<Error> CodaRecord::refuse(const QString& problem) const
{
    const QString line = QString::number(m_line);
    const QChar type = m_text[0];
    const QString message = type >= u'0' && type <= u'9'
        ? tr("Line %1, record %2: %3").arg(line, kind(), problem)
        : tr("Line %1: %2").arg(line, problem);
    return fail(ErrorCode::Validation, message, kind());
}

} // namespace kasboek::exchange::bank
