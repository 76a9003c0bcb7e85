#pragma once

#include "CodaRecord.h"
#include "Error.h"
#include "domain/Currency.h"

#include <QCoreApplication>
#include <QString>

namespace kasboek::exchange::bank {

// The account a CODA statement is for and its currency, from the 37-character "account number
// and currency code" zone of records 1 (positions 6-42) and 8 (5-41), laid out as the account
// structure (record 1, position 2) says: 0 a Belgian account number, 1 a foreign one, 2 the IBAN
// of a Belgian account, 3 a foreign IBAN (Febelfin CODA 2.6, section 7.5).
struct CodaAccount
{
    Q_DECLARE_TR_FUNCTIONS(CodaAccount)
public:
    QString iban; // electronic form; an old Belgian number is turned into its IBAN
    domain::Currency currency;

    [[nodiscard]] static Result<CodaAccount> read(const CodaRecord& record, QChar structure, int zoneFrom);

    friend bool operator==(const CodaAccount&, const CodaAccount&) = default;
};

} // namespace kasboek::exchange::bank
