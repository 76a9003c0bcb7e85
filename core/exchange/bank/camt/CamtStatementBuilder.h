#pragma once

#include "CamtSubtree.h"
#include "Error.h"
#include "domain/Money.h"
#include "exchange/bank/BankStatement.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

namespace kasboek::exchange::bank {

// Builds one BankStatement from the children of a camt.053 Stmt, fed one at a time in file
// order (Camt053Reader streams them, so a long statement is never in memory as a whole): its
// Id or ElctrncSeqNb, the account (Acct, with its IBAN and currency), the opening and closing
// balances (Bal) and the entries (Ntry). finish() refuses a statement without an IBAN or without
// both balances. That the balances agree with the movements is the importer's check, not this.
class CamtStatementBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(CamtStatementBuilder)
public:
    // `line` and `path` are where the Stmt starts and stands ("Stmt").
    CamtStatementBuilder(qint64 line, QString path);

    // Whether add() wants this child of a Stmt; the others are skipped unread.
    [[nodiscard]] static bool reads(QStringView name);
    [[nodiscard]] Result<void> add(const CamtSubtree& part);
    [[nodiscard]] Result<BankStatement> finish();

private:
    struct Balance
    {
        domain::Money amount;
        QDate date;
    };

    [[nodiscard]] Result<void> readIdentifier(const CamtSubtree& tree, QString& into, bool& seen);
    [[nodiscard]] Result<void> readAccount(const CamtSubtree& tree);
    [[nodiscard]] Result<void> readBalance(const CamtSubtree& tree);
    [[nodiscard]] Result<void> readEntry(const CamtSubtree& tree);
    // The statement's currency is the first one met (Acct/Ccy, else a balance's Ccy attribute);
    // any other is refused.
    [[nodiscard]] Result<void> adoptCurrency(const CamtSubtree& tree, qsizetype index, const QString& code);

    BankStatement m_statement;
    QString m_path;
    bool m_hasAccount = false;
    bool m_hasCurrency = false;
    QString m_statementId;
    bool m_hasStatementId = false;
    QString m_sequenceNumber;
    bool m_hasSequenceNumber = false;
    std::optional<Balance> m_opening; // OPBD
    std::optional<Balance> m_previousClosing; // PRCD, the opening balance when OPBD is absent
    std::optional<Balance> m_closing; // CLBD
};

} // namespace kasboek::exchange::bank
