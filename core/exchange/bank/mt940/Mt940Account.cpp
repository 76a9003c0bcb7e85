#include "Mt940Account.h"

#include "domain/Currency.h"
#include "exchange/bank/text/BankAccountText.h"

namespace kasboek::exchange::bank {

Result<QString> Mt940Account::iban(const Mt940Field& field)
{
    const QString written = field.firstLine().trimmed();
    const QString account = written.section(u'/', -1).remove(u' ');
    QString iban = BankAccountText::iban(account);
    if (iban.isEmpty() && account.size() > 3 && domain::Currency::fromCode(account.right(3)))
        iban = BankAccountText::iban(account.chopped(3));
    if (iban.isEmpty())
        return field.refuse(
            tr("the account \"%1\" is not an IBAN; Kasboek needs the IBAN of the account a statement "
               "is for.")
                .arg(written));
    return iban;
}

} // namespace kasboek::exchange::bank
