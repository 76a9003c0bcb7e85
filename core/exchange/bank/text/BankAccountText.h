#pragma once

#include <QString>
#include <QStringView>

namespace kasboek::exchange::bank {

// An account number as a bank statement writes it, in the form BankTransaction and BankStatement
// keep: an IBAN without spaces in upper case when it is one, otherwise the text as written.
class BankAccountText final
{
public:
    BankAccountText() = delete;

    // The IBAN in electronic form, or an empty string when `text` (spaces ignored) is no valid
    // IBAN.
    [[nodiscard]] static QString iban(QStringView text);
    // iban(text) when that is not empty, else `text` trimmed.
    [[nodiscard]] static QString counterparty(QStringView text);
};

} // namespace kasboek::exchange::bank
