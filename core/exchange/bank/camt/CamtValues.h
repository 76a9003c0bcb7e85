#pragma once

#include "CamtLimits.h"
#include "CamtSubtree.h"
#include "Error.h"
#include "domain/Currency.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

namespace kasboek::exchange::bank {

// The value types camt.053 shares across its versions, read strictly from a CamtSubtree: amounts,
// currencies, credit/debit indicators, dates, identifiers and bank transaction codes. Each
// refusal names the line and the element. For the camt readers only.
class CamtValues final
{
    Q_DECLARE_TR_FUNCTIONS(CamtValues)
public:
    CamtValues() = delete;

    // An ActiveOrHistoricCurrencyAndAmount: digits and at most one decimal point, no sign (the
    // direction is CdtDbtInd's), no more decimals than `currency` has, and its Ccy attribute,
    // when present, naming `currency`.
    [[nodiscard]] static Result<domain::Money> amount(const CamtSubtree& tree, qsizetype amt,
                                                      domain::Currency currency);
    // A currency code found at `index` (Acct/Ccy, or the Ccy attribute of an amount there).
    [[nodiscard]] static Result<domain::Currency> currency(const CamtSubtree& tree, qsizetype index,
                                                           const QString& code);
    // The CdtDbtInd child of `parent`: true for CRDT, false for DBIT.
    [[nodiscard]] static Result<bool> isCredit(const CamtSubtree& tree, qsizetype parent);
    // A DateAndDateTimeChoice (BookgDt, ValDt, Bal/Dt): its Dt, or the date part of its DtTm as
    // the bank wrote it (the bank's own calendar day, whatever the time zone).
    [[nodiscard]] static Result<QDate> date(const CamtSubtree& tree, qsizetype choice);
    // The text of an optional child holding an identifier or a code: empty when absent, refused
    // when longer than `maxLength`.
    [[nodiscard]] static Result<QString> identifier(const CamtSubtree& tree, qsizetype parent,
                                                    QStringView name,
                                                    qsizetype maxLength = CamtLimits::maxIdentifierLength);
    // A BkTxCd as "PMNT/RCDT/ESCT" (domain, family, sub-family), else its proprietary code.
    [[nodiscard]] static Result<QString> transactionCode(const CamtSubtree& tree, qsizetype bkTxCd);
    // A free text cut to `maxLength` characters, never inside a surrogate pair.
    [[nodiscard]] static QString capped(const QString& text, qsizetype maxLength);
};

} // namespace kasboek::exchange::bank
