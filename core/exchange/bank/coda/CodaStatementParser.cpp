#include "CodaStatementParser.h"

#include "CodaGlobalisation.h"
#include "exchange/bank/text/BankAccountText.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::bank {

namespace {

// Febelfin CODA 2.6, annex I: where each record keeps what is read here (1-based positions).
constexpr int kVersionAt = 128; // record 0
constexpr int kStructureAt = 2; // record 1
constexpr int kOldBalanceAccountAt = 6;
constexpr int kOldBalanceSignAt = 43;
constexpr int kOldBalanceDateAt = 59;
constexpr int kNewBalanceAccountAt = 5; // record 8
constexpr int kNewBalanceSignAt = 42;
constexpr int kNewBalanceDateAt = 58;

// Sequence and detail numbers have four digits each; detail -1 stands for "any detail".
qint64 movementKey(int sequence, int detail)
{
    return qint64(sequence) * 100000 + detail + 1;
}

bool addChecked(qint64& total, qint64 value)
{
    return !__builtin_add_overflow(total, value, &total);
}

} // namespace

Result<CodaStatementParser> CodaStatementParser::start(const CodaRecord& header)
{
    const QChar version = header.at(kVersionAt);
    if (version != u'2')
        return header.refuse(
            tr("this is CODA version \"%1\"; Kasboek reads version 2, which every Belgian bank "
               "offers.")
                .arg(QString(version)));
    CodaStatementParser parser;
    parser.m_statement.sourceLine = header.line();
    return parser;
}

Result<void> CodaStatementParser::add(const CodaRecord& record)
{
    const QChar type = record.at(1);
    if (m_stage == Stage::OldBalance && type != u'1')
        return record.refuse(tr("the header must be followed by the old balance (record 1)."));
    Result<void> read;
    if (type == u'1') {
        if (m_stage != Stage::OldBalance)
            return record.refuse(tr("a statement has one old balance record."));
        read = readOldBalance(record);
    } else if (type == u'2' || type == u'3') {
        if (m_stage != Stage::Movements)
            return record.refuse(
                tr("movements and information must come before the new balance (record 8)."));
        read = type == u'2' ? readMovement(record) : readInformation(record);
    } else if (type == u'8') {
        if (m_stage != Stage::Movements)
            return record.refuse(tr("a statement has one new balance record."));
        read = readNewBalance(record);
    } else if (type == u'4') {
        ++m_freeMessages; // free messages from the bank: nothing to book
    } else {
        return record.refuse(tr("\"%1\" is not a CODA record type.").arg(QString(type)));
    }
    if (!read)
        return read;
    if (type != u'4')
        ++m_counted;
    m_previousKind = record.kind();
    return {};
}

Result<domain::Money> CodaStatementParser::money(const CodaRecord& record, qint64 thousandths) const
{
    const domain::Currency currency = m_statement.currency;
    qint64 factor = 1;
    for (int digits = currency.minorDigits(); digits < 3; ++digits)
        factor *= 10;
    if (thousandths % factor != 0)
        return record.refuse(tr("the amount %1 (in thousandths) has more decimals than %2 allows.")
                                 .arg(QString::number(thousandths), currency.code()));
    return domain::Money::fromMinorUnits(thousandths / factor, currency);
}

Result<void> CodaStatementParser::readOldBalance(const CodaRecord& record)
{
    m_accountStructure = record.at(kStructureAt);
    const auto account = CodaAccount::read(record, m_accountStructure, kOldBalanceAccountAt);
    if (!account)
        return std::unexpected(account.error());
    m_account = *account;
    m_statement.accountIban = account->iban;
    m_statement.currency = account->currency;
    const auto balance = record.amount(kOldBalanceSignAt, tr("the old balance"));
    if (!balance)
        return std::unexpected(balance.error());
    const auto opening = money(record, *balance);
    if (!opening)
        return std::unexpected(opening.error());
    m_statement.openingBalance = *opening;
    const auto date = record.date(kOldBalanceDateAt, tr("the old balance date"));
    if (!date)
        return std::unexpected(date.error());
    m_statement.openingDate = *date;
    // The sequence number of the coded statement (126-128), else that of the paper one (3-5).
    const QString coded = record.raw(126, 128).toString();
    const QString paper = record.raw(3, 5).toString();
    m_statement.statementId = coded != u"000"_s ? coded.trimmed()
        : paper != u"000"_s                     ? paper.trimmed()
                                                : QString();
    m_stage = Stage::Movements;
    return {};
}

Result<void> CodaStatementParser::readNewBalance(const CodaRecord& record)
{
    const auto account = CodaAccount::read(record, m_accountStructure, kNewBalanceAccountAt);
    if (!account)
        return std::unexpected(account.error());
    if (*account != *m_account)
        return record.refuse(
            tr("the new balance is for account %1 in %2, the old balance for %3 in %4.")
                .arg(account->iban, account->currency.code(), m_account->iban, m_account->currency.code()));
    const auto balance = record.amount(kNewBalanceSignAt, tr("the new balance"));
    if (!balance)
        return std::unexpected(balance.error());
    const auto closing = money(record, *balance);
    if (!closing)
        return std::unexpected(closing.error());
    m_statement.closingBalance = *closing;
    const auto date = record.date(kNewBalanceDateAt, tr("the new balance date"));
    if (!date)
        return std::unexpected(date.error());
    m_statement.closingDate = *date;
    m_stage = Stage::AfterNewBalance;
    return {};
}

bool CodaStatementParser::continues(const QString& previousKind, int sequence, int detail) const
{
    return m_previousKind == previousKind && !m_movements.isEmpty() && m_movements.last().sequence == sequence
        && m_movements.last().detail == detail;
}

Result<void> CodaStatementParser::readMovement(const CodaRecord& record)
{
    const QChar article = record.at(2);
    if (article == u'1')
        return readMovementStart(record);
    if (article != u'2' && article != u'3')
        return record.refuse(tr("a movement record is 2.1, 2.2 or 2.3."));
    const auto sequence = record.number(3, 6, tr("the sequence number"));
    if (!sequence)
        return std::unexpected(sequence.error());
    const auto detail = record.number(7, 10, tr("the detail number"));
    if (!detail)
        return std::unexpected(detail.error());
    const bool follows = continues(u"2.1"_s, int(*sequence), int(*detail))
        || (article == u'3' && continues(u"2.2"_s, int(*sequence), int(*detail)));
    if (!follows)
        return record.refuse(tr("it does not continue the movement record just before it (same sequence and "
                                "detail number)."));
    CodaMovement& movement = m_movements.last();
    if (article == u'2') {
        movement.communication += record.raw(11, 63);
        movement.endToEndId = record.text(64, 98);
        movement.bic = record.text(99, 109);
    } else {
        movement.counterpartyAccount = BankAccountText::counterparty(record.text(11, 47).section(u' ', 0, 0));
        movement.counterpartyName = record.text(48, 82);
        movement.communication += record.raw(83, 125);
    }
    return {};
}

Result<void> CodaStatementParser::readMovementStart(const CodaRecord& record)
{
    CodaMovement movement;
    movement.line = record.line();
    const auto sequence = record.number(3, 6, tr("the sequence number"));
    if (!sequence)
        return std::unexpected(sequence.error());
    const auto detail = record.number(7, 10, tr("the detail number"));
    if (!detail)
        return std::unexpected(detail.error());
    movement.sequence = int(*sequence);
    movement.detail = int(*detail);
    if (movement.detail > 0 && (m_movements.isEmpty() || m_movements.last().sequence != movement.sequence))
        return record.refuse(tr("detail %1 of movement %2 does not follow that movement.")
                                 .arg(QString::number(movement.detail), QString::number(movement.sequence)));
    movement.bankReference = record.text(11, 31);
    const auto amount = record.amount(32, tr("the amount"));
    if (!amount)
        return std::unexpected(amount.error());
    movement.thousandths = *amount;
    const auto inCurrency = money(record, *amount);
    if (!inCurrency)
        return std::unexpected(inCurrency.error());
    movement.amount = *inCurrency;
    const auto valueDate = record.date(48, tr("the value date"), true);
    if (!valueDate)
        return std::unexpected(valueDate.error());
    movement.valueDate = *valueDate;
    movement.transactionCode = record.text(54, 61);
    movement.type = record.at(54);
    if (movement.type < u'0' || movement.type > u'9')
        return record.refuse(tr("the transaction code \"%1\" does not start with a digit.")
                                 .arg(record.raw(54, 61).toString()));
    const QChar communicationType = record.at(62);
    if (communicationType != u'0' && communicationType != u'1')
        return record.refuse(tr("the communication type must be 0 (free) or 1 (structured), not \"%1\".")
                                 .arg(QString(communicationType)));
    movement.structured = communicationType == u'1';
    movement.communication = record.raw(63, 115).toString();
    // A detail may leave its booking date to the global movement it belongs to.
    const auto entryDate = record.date(116, tr("the entry date"), movement.detail > 0);
    if (!entryDate)
        return std::unexpected(entryDate.error());
    movement.entryDate = *entryDate;
    if (movement.detail == 0) {
        const qint64 magnitude = movement.thousandths < 0 ? -movement.thousandths : movement.thousandths;
        if (!addChecked(movement.thousandths < 0 ? m_debitThousandths : m_creditThousandths, magnitude))
            return record.refuse(tr("the movements add up to more than Kasboek can hold."));
    }
    m_movementIndex.insert(movementKey(movement.sequence, movement.detail), m_movements.size());
    m_movementIndex.insert(movementKey(movement.sequence, -1), m_movements.size());
    m_movements.append(std::move(movement));
    return {};
}

Result<void> CodaStatementParser::readInformation(const CodaRecord& record)
{
    const QChar article = record.at(2);
    if (article != u'1' && article != u'2' && article != u'3')
        return record.refuse(tr("an information record is 3.1, 3.2 or 3.3."));
    const auto sequence = record.number(3, 6, tr("the sequence number"));
    if (!sequence)
        return std::unexpected(sequence.error());
    const auto detail = record.number(7, 10, tr("the detail number"));
    if (!detail)
        return std::unexpected(detail.error());
    if (article == u'1') {
        const QChar communicationType = record.at(40);
        if (communicationType != u'0' && communicationType != u'1')
            return record.refuse(tr("the communication type must be 0 (free) or 1 (structured), not \"%1\".")
                                     .arg(QString(communicationType)));
        Information information;
        information.structured = communicationType == u'1';
        information.zone = record.raw(41, 113).toString();
        information.sequence = int(*sequence);
        information.detail = int(*detail);
        // The movement with the same sequence and detail number; some banks number the information
        // records of a movement from detail 0001, so else the last movement of that sequence.
        information.movement
            = m_movementIndex.value(movementKey(information.sequence, information.detail),
                                    m_movementIndex.value(movementKey(information.sequence, -1), -1));
        m_information.append(std::move(information));
        return {};
    }
    const bool follows = !m_information.isEmpty() && m_information.last().sequence == int(*sequence)
        && m_information.last().detail == int(*detail)
        && (m_previousKind == u"3.1"_s || (article == u'3' && m_previousKind == u"3.2"_s));
    if (!follows)
        return record.refuse(
            tr("it does not continue the information record just before it (same sequence and "
               "detail number)."));
    m_information.last().zone += article == u'2' ? record.raw(11, 115) : record.raw(11, 100);
    return {};
}

Result<BankStatement> CodaStatementParser::finish(const CodaRecord& trailer)
{
    if (m_stage != Stage::AfterNewBalance)
        return trailer.refuse(tr("the trailer comes before the new balance (record 8)."));
    const auto count = trailer.number(17, 22, tr("the number of records"));
    if (!count)
        return std::unexpected(count.error());
    // The standard counts records 1, 2.x, 3.x and 8; some banks count the free messages (4) too.
    if (*count != m_counted && *count != m_counted + m_freeMessages)
        return trailer.refuse(
            tr("it announces %1 records, the statement that starts on line %2 has %3: the file "
               "is incomplete or was changed.")
                .arg(QString::number(*count), QString::number(m_statement.sourceLine),
                     QString::number(m_counted)));
    const auto debit = trailer.number(23, 37, tr("the debit total"));
    if (!debit)
        return std::unexpected(debit.error());
    const auto credit = trailer.number(38, 52, tr("the credit total"));
    if (!credit)
        return std::unexpected(credit.error());
    if (*debit != m_debitThousandths || *credit != m_creditThousandths)
        return trailer.refuse(tr("its debit and credit totals (%1 and %2 thousandths) are not those of the "
                                 "movements (%3 and %4): the file is incomplete or was changed.")
                                  .arg(QString::number(*debit), QString::number(*credit),
                                       QString::number(m_debitThousandths),
                                       QString::number(m_creditThousandths)));
    for (const Information& information : std::as_const(m_information)) {
        if (information.movement < 0)
            continue;
        CodaMovement& movement = m_movements[information.movement];
        if (!information.structured) {
            const QString text = information.zone.simplified();
            if (!text.isEmpty())
                movement.information.append(text);
        } else if (information.zone.startsWith(u"001"_s) && movement.informationName.isEmpty()) {
            // Structured communication 001, "data concerning the counterparty": the name first.
            movement.informationName = information.zone.mid(3, 70).simplified();
        }
    }
    m_statement.transactions = CodaGlobalisation::transactions(m_movements);
    return m_statement;
}

} // namespace kasboek::exchange::bank
