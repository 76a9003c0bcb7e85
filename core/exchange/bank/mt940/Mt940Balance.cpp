#include "Mt940Balance.h"

#include "Mt940Amount.h"
#include "exchange/bank/text/BankDate.h"

namespace kasboek::exchange::bank {

Result<Mt940Balance> Mt940Balance::read(const Mt940Field& field)
{
    const QString text = field.firstLine().trimmed();
    if (text.size() < 11)
        return field.refuse(tr("a balance is written as C or D, the date (YYMMDD), the currency and the "
                               "amount, such as C230131EUR1234,56; this one is \"%1\".")
                                .arg(text));
    const QChar mark = text[0];
    if (mark != u'C' && mark != u'D')
        return field.refuse(
            tr("the balance must start with C (credit) or D (debit), not \"%1\".").arg(QString(mark)));
    const auto date = BankDate::fromYyMmDd(QStringView(text).sliced(1, 6));
    if (!date)
        return field.refuse(tr("\"%1\" is not a date (YYMMDD).").arg(text.mid(1, 6)));
    const auto currency = domain::Currency::fromCode(QStringView(text).sliced(7, 3));
    if (!currency)
        return field.refuse(tr("the currency \"%1\" is not one Kasboek knows.").arg(text.mid(7, 3)));
    const auto amount = Mt940Amount::parse(field, QStringView(text).sliced(10), *currency);
    if (!amount)
        return std::unexpected(amount.error());
    Mt940Balance balance;
    balance.date = *date;
    balance.amount = mark == u'D' ? domain::Money::fromMinorUnits(-amount->minorUnits(), *currency) : *amount;
    return balance;
}

} // namespace kasboek::exchange::bank
