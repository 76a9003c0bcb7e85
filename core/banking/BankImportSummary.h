#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kasboek::banking {

// What became of one statement of an import.
struct BankStatementOutcome
{
    QString source; // the file it came from (BankStatementFile::source)
    QString format; // exchange::bank::bankFormatName
    QString accountIban;
    QString journalCode; // the bank journal it landed in
    bool journalCreated = false; // the account was new: a journal was made or given its IBAN
    QString reference; // the bank's statement id; may be empty
    QDate openingDate;
    QDate closingDate;
    domain::Money openingBalance;
    domain::Money closingBalance;
    qsizetype linesImported = 0;
    qsizetype linesAlreadyImported = 0; // held by a statement imported before
    bool alreadyImported = false; // the very same statement was imported before: nothing was stored
    // What the statement before this one closed with, when there is one.
    std::optional<domain::Money> previousClosingBalance;

    // The balances do not join: a statement is missing or one is wrong.
    [[nodiscard]] bool hasGap() const
    {
        return previousClosingBalance && *previousClosingBalance != openingBalance;
    }
};

struct BankImportSummary
{
    QList<BankStatementOutcome> statements;
    qsizetype linesImported = 0;
    qsizetype linesAlreadyImported = 0;
    QStringList warnings; // translated sentences: balances that do not join
};

} // namespace kasboek::banking
