#include "CodaAccount.h"

#include "exchange/bank/text/BankAccountText.h"
#include "exchange/bank/text/BankDate.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::bank {

namespace {

// The IBAN of a 12-digit Belgian account number: BE, MOD 97-10 check digits, the number.
QString belgianIban(QStringView bban)
{
    if (bban.size() != 12 || !BankDate::isDigits(bban))
        return {};
    // "BE00" moved behind the number, letters as numbers: B = 11, E = 14.
    const QString digits = bban.toString() + u"111400"_s;
    int remainder = 0;
    for (const QChar c : digits)
        remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
    const int check = 98 - remainder;
    return BankAccountText::iban(u"BE"_s + (check < 10 ? u"0"_s : QString()) + QString::number(check)
                                 + bban.toString());
}

} // namespace

Result<CodaAccount> CodaAccount::read(const CodaRecord& record, QChar structure, int zoneFrom)
{
    const QStringView zone = record.raw(zoneFrom, zoneFrom + 36);
    CodaAccount account;
    QStringView currency;
    if (structure == u'0') {
        account.iban = belgianIban(zone.sliced(0, 12));
        currency = zone.sliced(13, 3);
    } else if (structure == u'1' || structure == u'2' || structure == u'3') {
        account.iban = BankAccountText::iban(zone.sliced(0, structure == u'2' ? 31 : 34).trimmed());
        currency = zone.sliced(34, 3);
    } else {
        return record.refuse(
            tr("the account structure must be 0, 1, 2 or 3, not \"%1\".").arg(QString(structure)));
    }
    if (account.iban.isEmpty())
        return record.refuse(tr("the account \"%1\" is not a valid IBAN or Belgian account number.")
                                 .arg(zone.sliced(0, 34).trimmed().toString()));
    const auto code = domain::Currency::fromCode(currency);
    if (!code)
        return record.refuse(tr("the currency \"%1\" is not one Kasboek knows.").arg(currency.toString()));
    account.currency = *code;
    return account;
}

} // namespace kasboek::exchange::bank
