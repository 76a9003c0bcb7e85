#include "ImportBankCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "LedgerReady.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "ResultOutput.h"
#include "banking/BankStatementCheck.h"
#include "banking/BankStatementImporter.h"
#include "domain/Iban.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using kasboek::banking::BankImportSummary;
using kasboek::banking::BankStatementOutcome;
using kasboek::exchange::bank::BankStatementFile;
using kasboek::exchange::bank::BankStatementReader;

namespace kasboek::cli {

namespace {

QString shownIban(const QString& iban)
{
    auto parsed = domain::Iban::parse(iban);
    return parsed ? parsed->formatted() : iban;
}

QJsonObject toJson(const BankStatementOutcome& outcome)
{
    const QString currency = outcome.openingBalance.currency().code();
    return {
        { u"file"_s, outcome.source },
        { u"format"_s, outcome.format },
        { u"account"_s, outcome.accountIban },
        { u"journal"_s, outcome.journalCode },
        { u"journal_created"_s, outcome.journalCreated },
        { u"reference"_s, outcome.reference },
        { u"currency"_s, currency },
        { u"opening_date"_s, outcome.openingDate.toString(Qt::ISODate) },
        { u"opening_balance"_s, outcome.openingBalance.toDecimalString() },
        { u"closing_date"_s, outcome.closingDate.toString(Qt::ISODate) },
        { u"closing_balance"_s, outcome.closingBalance.toDecimalString() },
        { u"already_imported"_s, outcome.alreadyImported },
        { u"lines_imported"_s, static_cast<qint64>(outcome.linesImported) },
        { u"lines_already_imported"_s, static_cast<qint64>(outcome.linesAlreadyImported) },
        { u"previous_closing_balance"_s,
          outcome.previousClosingBalance ? QJsonValue(outcome.previousClosingBalance->toDecimalString())
                                         : QJsonValue(QJsonValue::Null) },
        { u"balance_gap"_s, outcome.hasGap() },
    };
}

} // namespace

CommandSpec ImportBankCommand::spec() const
{
    return {
        .name = u"import bank"_s,
        .summary = tr("Import bank statements (camt.053, CODA, MT940)."),
        .description
        = tr("Reads each statement file, whatever its name: ISO 20022 camt.053 (XML, version 001.02 and later), "
             "Belgian CODA or MT940, recognised from the content. Every statement must add up: its opening "
             "balance and its movements make its closing balance. Its movements land in the bank journal of "
             "its account (the IBAN on the statement); an account Kasboek has not seen gets a bank journal "
             "and a ledger account of its own. The movements wait there to be reconciled with invoices and "
             "expenses: the import posts nothing.")
            + u"\n\n"_s
            + tr("A statement imported before, or the movements an overlapping statement repeats, are not "
                 "imported twice. A statement whose opening balance is not what the statement before it closed "
                 "with is imported with a warning: one is missing or wrong. All or nothing: a file that is not "
                 "a statement, is malformed or does not add up is refused with one line naming it (exit code "
                 "5), and nothing of any file is written. --format json prints what became of each statement "
                 "(see docs/cli.md).")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = {
            CommonOptions::companyFile(),
            { .name = u"STATEMENT"_s,
              .description = tr("A statement file of the bank; several may be given."),
              .arity = CommandSpec::Argument::Arity::OneOrMore },
        },
        .options = QList<CommandSpec::Option> { CommonOptions::format({ u"text"_s, u"json"_s }) }
            + PassphraseSource::options(),
        .examples = u"kasboek-cli import bank books.kasboek downloads/camt053-2025-03.xml\n"
                    "kasboek-cli import bank books.kasboek coda/*.cod --format json"_s,
    };
}

int ImportBankCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    // Every file is read and checked before the passphrase is asked: nobody should unlock the
    // books for a file that will be refused.
    QList<BankStatementFile> files;
    for (const QString& statementPath : arguments.arguments(u"STATEMENT"_s)) {
        QFile input(statementPath);
        if (!input.open(QIODevice::ReadOnly))
            return context.report(
                statementPath,
                { ExitCode::Failure, tr("cannot read the file: %1").arg(input.errorString()) });
        if (input.size() > BankStatementReader::maximumFileSize)
            return context.report(
                statementPath,
                { ExitCode::InputRejected, tr("the file is too large to be a bank statement") });
        auto read = BankStatementReader::read(input.readAll());
        if (!read)
            return context.report(statementPath, CliError::inputRejected(read.error()));
        for (const auto& statement : read->statements) {
            if (auto checked = banking::BankStatementCheck::check(statement); !checked)
                return context.report(statementPath, CliError::inputRejected(checked.error()));
        }
        read->source = QFileInfo(statementPath).fileName();
        files.append(std::move(*read));
    }

    const QString path = arguments.argument(u"FILE"_s);
    auto file = LedgerReady::openOrReport(context, path, arguments);
    if (!file)
        return file.error();
    auto imported = banking::BankStatementImporter(**file).import(files);
    if (!imported) {
        if (imported.error().code == ErrorCode::Validation)
            return context.report(path, CliError::inputRejected(imported.error()));
        return context.report(path, CliError::fromCore(imported.error()));
    }
    (*file)->close();

    const BankImportSummary& summary = *imported;
    for (const QString& warning : summary.warnings)
        context.notice(path, warning);

    QJsonArray statements;
    QString text;
    for (const BankStatementOutcome& outcome : summary.statements) {
        statements.append(toJson(outcome));
        const QString currency = outcome.closingBalance.currency().code();
        const QString which = outcome.reference.isEmpty() ? QString() : u' ' + outcome.reference;
        const QString statementName
            = tr("%1: %2%3 of %4, %5 to %6")
                  .arg(outcome.source, outcome.format, which, shownIban(outcome.accountIban),
                       outcome.openingDate.toString(Qt::ISODate), outcome.closingDate.toString(Qt::ISODate));
        if (outcome.alreadyImported)
            text += tr("%1: imported before, nothing added.").arg(statementName);
        else
            text
                += tr("%1: %2, %3; closes with %4 %5 in journal %6.")
                       .arg(statementName,
                            tr("%n new movements", nullptr, static_cast<int>(outcome.linesImported)),
                            tr("%n imported before", nullptr, static_cast<int>(outcome.linesAlreadyImported)),
                            outcome.closingBalance.toDecimalString(), currency, outcome.journalCode);
        if (outcome.journalCreated && !outcome.alreadyImported)
            text += u' ' + tr("(A new account: journal %1.)").arg(outcome.journalCode);
        text += u'\n';
    }
    const QJsonObject json {
        { u"statements"_s, statements },
        { u"lines_imported"_s, static_cast<qint64>(summary.linesImported) },
        { u"lines_already_imported"_s, static_cast<qint64>(summary.linesAlreadyImported) },
        { u"warnings"_s, QJsonArray::fromStringList(summary.warnings) },
    };
    return ResultOutput::print(context, arguments.option(u"format"_s), json, text);
}

} // namespace kasboek::cli
