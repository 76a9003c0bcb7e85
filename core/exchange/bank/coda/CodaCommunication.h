#pragma once

#include <QString>

namespace kasboek::exchange::bank {

// What a CODA communication zone (records 2.1-2.3) says in the terms of BankTransaction. Type 0
// is free text; type 1 starts with a three-digit code (Febelfin CODA annex III): 101 and 102 carry
// a Belgian structured communication in their first 12 digits, 100 an ISO 11649 RF reference.
// Every other structured communication is kept as text for the user to read.
class CodaCommunication final
{
public:
    CodaCommunication() = delete;

    struct Parts
    {
        QString structuredReference; // 12 digits or RF…, only when its check digits are right
        QString remittanceText;
    };

    [[nodiscard]] static Parts interpret(bool structured, const QString& zone);
};

} // namespace kasboek::exchange::bank
