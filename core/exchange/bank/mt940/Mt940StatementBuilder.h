#pragma once

#include "Mt940Field.h"
#include "exchange/bank/BankStatement.h"

#include <QCoreApplication>

namespace kasboek::exchange::bank {

// Collects the fields of one MT940 statement, from its :20: to its closing balance (:62F:, or
// :62M: when the bank split the statement over messages): account (:25:), number (:28C:),
// opening balance (:60F:/:60M:), movements (:61:) each with the :86: after it. Other fields
// (:21:, :13D:, :34F:, :90C:, …) carry nothing Kasboek books and are passed over. Used by
// Mt940Reader, one instance per statement.
class Mt940StatementBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(Mt940StatementBuilder)
public:
    explicit Mt940StatementBuilder(const Mt940Field& start);

    [[nodiscard]] int firstLine() const { return m_statement.sourceLine; }
    [[nodiscard]] bool isClosed() const { return m_closed; }
    [[nodiscard]] const BankStatement& statement() const { return m_statement; }

    // Any field after the :20:; once the closing balance is read, isClosed().
    [[nodiscard]] Result<void> add(const Mt940Field& field);
    // The refusal for a statement that `where` ends before its closing balance.
    [[nodiscard]] std::unexpected<Error> unclosed(const QString& where) const;

private:
    [[nodiscard]] Result<void> readBalance(const Mt940Field& field, bool opening);
    [[nodiscard]] Result<void> readMovement(const Mt940Field& field);
    void readInformation(const Mt940Field& field);

    BankStatement m_statement;
    bool m_hasAccount = false;
    bool m_hasOpening = false;
    bool m_closed = false;
    bool m_movementAwaitsInformation = false;
};

} // namespace kasboek::exchange::bank
