#pragma once

#include "Mt940Field.h"
#include "domain/Currency.h"
#include "exchange/bank/BankStatement.h"

#include <QCoreApplication>
#include <QDate>

namespace kasboek::exchange::bank {

// A movement of an MT940 statement (:61:): value date YYMMDD, optional entry date MMDD, D or C
// (RD and RC for reversals), an optional funds code letter, the amount, the transaction type
// (N, F or S and three characters), the account owner's reference, optionally "//" and the
// bank's reference; the line after it may hold supplementary details.
class Mt940StatementLine final
{
    Q_DECLARE_TR_FUNCTIONS(Mt940StatementLine)
public:
    Mt940StatementLine() = delete;

    struct Movement
    {
        BankTransaction transaction; // without what :86: adds
        QString supplementaryDetails;
    };

    [[nodiscard]] static Result<Movement> read(const Mt940Field& field, domain::Currency currency);
    // The date MMDD of a movement booked near `valueDate`: in its year, the year before or the
    // year after, whichever is closest (an entry on 31 December for a value date of 2 January).
    [[nodiscard]] static QDate entryDate(int month, int day, const QDate& valueDate);
};

} // namespace kasboek::exchange::bank
