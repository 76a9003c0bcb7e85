#include "Mt940StatementLine.h"

#include "Mt940Amount.h"
#include "exchange/bank/text/BankDate.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace kasboek::exchange::bank {

QDate Mt940StatementLine::entryDate(int month, int day, const QDate& valueDate)
{
    QDate best;
    for (const int year : { valueDate.year() - 1, valueDate.year(), valueDate.year() + 1 }) {
        const QDate candidate(year, month, day);
        if (candidate.isValid()
            && (!best.isValid()
                || std::llabs(candidate.daysTo(valueDate)) < std::llabs(best.daysTo(valueDate))))
            best = candidate;
    }
    return best;
}

Result<Mt940StatementLine::Movement> Mt940StatementLine::read(const Mt940Field& field,
                                                              domain::Currency currency)
{
    const QString text = field.firstLine().trimmed();
    const QStringView line(text);
    const auto valueDate = BankDate::fromYyMmDd(line.first(std::min<qsizetype>(6, line.size())));
    if (!valueDate)
        return field.refuse(
            tr("the movement must start with its value date (YYMMDD), not \"%1\".").arg(text.left(6)));
    Movement movement;
    BankTransaction& tx = movement.transaction;
    tx.sourceLine = field.line;
    tx.valueDate = *valueDate;
    tx.bookingDate = *valueDate;
    qsizetype at = 6;
    if (line.size() >= at + 4 && BankDate::isDigits(line.sliced(at, 4))) {
        const int month = line.sliced(at, 2).toInt();
        const int day = line.sliced(at + 2, 2).toInt();
        tx.bookingDate = entryDate(month, day, *valueDate);
        if (!tx.bookingDate.isValid())
            return field.refuse(tr("\"%1\" is not an entry date (MMDD).").arg(line.sliced(at, 4).toString()));
        at += 4;
    }
    // D debit, C credit; RD reverses a debit (money in), RC a credit (money out).
    bool moneyIn = false;
    const QStringView mark = line.sliced(at);
    if (mark.startsWith(u"RD") || mark.startsWith(u"RC")) {
        moneyIn = mark[1] == u'D';
        at += 2;
    } else if (mark.startsWith(u'D') || mark.startsWith(u'C')) {
        moneyIn = mark[0] == u'C';
        at += 1;
    } else {
        return field.refuse(
            tr("after the dates comes D, C, RD or RC, not \"%1\".").arg(mark.left(2).toString()));
    }
    if (at < line.size() && line[at] >= u'A' && line[at] <= u'Z')
        ++at; // the funds code: the third letter of the currency code
    const qsizetype amountLength = Mt940Amount::lengthAt(line.sliced(at));
    const auto amount = Mt940Amount::parse(field, line.sliced(at, amountLength), currency);
    if (!amount)
        return std::unexpected(amount.error());
    tx.amount = moneyIn ? *amount : domain::Money::fromMinorUnits(-amount->minorUnits(), currency);
    at += amountLength;
    const QStringView type = line.sliced(at).left(4);
    if (type.size() < 4 || (type[0] != u'N' && type[0] != u'F' && type[0] != u'S'))
        return field.refuse(tr("after the amount comes the transaction type (N, F or S and three characters, "
                               "such as NTRF), not \"%1\".")
                                .arg(type.toString()));
    tx.transactionCode = type.toString().trimmed();
    at += 4;
    const QStringView references = line.sliced(at);
    const qsizetype slashes = references.indexOf(u"//");
    if (slashes >= 0)
        tx.bankReference = references.sliced(slashes + 2).trimmed().toString();
    movement.supplementaryDetails = field.lines.mid(1).join(u' ').simplified();
    return movement;
}

} // namespace kasboek::exchange::bank
