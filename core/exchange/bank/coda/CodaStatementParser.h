#pragma once

#include "CodaAccount.h"
#include "CodaMovement.h"
#include "CodaRecord.h"
#include "Error.h"
#include "exchange/bank/BankStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace kasboek::exchange::bank {

// Reads the records of one CODA statement, header (0) to trailer (9), in the order the Febelfin
// standard prescribes: 0, 1, movements and information (2.x, 3.x), 8, free messages (4) anywhere
// after 1, then 9. The trailer's record count and debit and credit totals must agree with what
// was read: a truncated or patched file is refused. Used by CodaReader, one instance per statement.
class CodaStatementParser final
{
    Q_DECLARE_TR_FUNCTIONS(CodaStatementParser)
public:
    [[nodiscard]] static Result<CodaStatementParser> start(const CodaRecord& header);

    [[nodiscard]] int firstLine() const { return m_statement.sourceLine; }
    // Any record but 0 and 9.
    [[nodiscard]] Result<void> add(const CodaRecord& record);
    // The trailer: checks it and gives the statement.
    [[nodiscard]] Result<BankStatement> finish(const CodaRecord& trailer);

private:
    enum class Stage { OldBalance, Movements, AfterNewBalance };

    CodaStatementParser() = default;

    [[nodiscard]] Result<void> readOldBalance(const CodaRecord& record);
    [[nodiscard]] Result<void> readNewBalance(const CodaRecord& record);
    [[nodiscard]] Result<void> readMovement(const CodaRecord& record);
    [[nodiscard]] Result<void> readMovementStart(const CodaRecord& record);
    [[nodiscard]] Result<void> readInformation(const CodaRecord& record);
    [[nodiscard]] Result<domain::Money> money(const CodaRecord& record, qint64 thousandths) const;
    [[nodiscard]] bool continues(const QString& previousKind, int sequence, int detail) const;

    struct Information
    {
        qsizetype movement = -1; // index into m_movements, -1 when it refers to none
        int sequence = 0;
        int detail = 0;
        bool structured = false;
        QString zone;
    };

    BankStatement m_statement;
    Stage m_stage = Stage::OldBalance;
    QChar m_accountStructure;
    std::optional<CodaAccount> m_account;
    QList<CodaMovement> m_movements;
    // Where the last movement of each sequence and detail number (and of each sequence number,
    // whatever its detail) is in m_movements: what an information record refers to.
    QHash<qint64, qsizetype> m_movementIndex;
    QList<Information> m_information;
    QString m_previousKind; // the record type just read, for 2.2/2.3 and 3.2/3.3 continuity
    qint64 m_counted = 0; // records 1, 2.x, 3.x and 8
    qint64 m_freeMessages = 0; // records 4
    qint64 m_debitThousandths = 0; // movements with detail number 0
    qint64 m_creditThousandths = 0;
};

} // namespace kasboek::exchange::bank
