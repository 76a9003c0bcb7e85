#pragma once

#include "Error.h"
#include "exchange/bank/BankStatement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace kasboek::exchange::bank {

// Reads a Belgian CODA file (Febelfin "Coded statement of account", version 2, as every Belgian
// bank offers it) into one BankStatement per statement in it (header 0 to trailer 9). The file
// is hostile until proven otherwise: at most BankText::maxFileBytes, every record exactly 128
// characters, every number, sign and date checked, each statement's trailer count and totals
// matched. Any failure is an ErrorCode::Validation whose message names the line and the record
// and whose Error::field is the record type ("2.1"); nothing is returned then. Whether the
// balances and movements agree is the importer's to check, as for every format.
// Stateless and thread-safe.
class CodaReader final
{
    Q_DECLARE_TR_FUNCTIONS(CodaReader)
public:
    CodaReader() = delete;

    [[nodiscard]] static Result<QList<BankStatement>> read(const QByteArray& content);
};

} // namespace kasboek::exchange::bank
