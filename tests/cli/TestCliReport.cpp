#include "../core/books/BooksTestSupport.h"
#include "../core/reports/ReportsTestSupport.h"
#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace kasboek;
using namespace kasboek::test;

namespace {

QStringList lines(const QString& text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

// Every string value under `value` whose key is an amount's, checked to be a plain decimal
// with two digits; returns how many there were.
int checkAmounts(const QJsonValue& value, const QString& key, QStringList& wrong)
{
    static const QSet<QString> amountKeys {
        QStringLiteral("opening"),
        QStringLiteral("debit"),
        QStringLiteral("credit"),
        QStringLiteral("closing"),
        QStringLiteral("amount"),
        QStringLiteral("previous"),
        QStringLiteral("total"),
        QStringLiteral("previous_total"),
        QStringLiteral("balance"),
        QStringLiteral("result"),
        QStringLiteral("previous_result"),
        QStringLiteral("unclosed_result"),
        QStringLiteral("previous_unclosed_result"),
        QStringLiteral("liabilities_and_equity"),
        QStringLiteral("previous_liabilities_and_equity"),
        QStringLiteral("outstanding"),
        QStringLiteral("outstanding_in_currency"),
        QStringLiteral("not_due"),
        QStringLiteral("days_1_30"),
        QStringLiteral("days_31_60"),
        QStringLiteral("days_61_90"),
        QStringLiteral("over_90"),
    };
    static const QRegularExpression decimal(QStringLiteral("^-?[0-9]+\\.[0-9]{2}$"));
    int count = 0;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            count += checkAmounts(it.value(), it.key(), wrong);
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            count += checkAmounts(item, key, wrong);
    } else if (amountKeys.contains(key)) {
        ++count;
        if (!value.isString() || !decimal.match(value.toString()).hasMatch())
            wrong.append(key + u'=' + value.toVariant().toString());
    }
    return count;
}

} // namespace

// kasboek-cli report through the real binary, on the report book of the core tests
// (tests/core/reports/ReportsTestSupport.h: 2024 and 2025, 2024 closed) plus one sales invoice
// of 121.00 issued on 5 January 2026, due 19 January.
class TestCliReport final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReportBook> m_book;
    QString m_path;
    QTemporaryDir m_out;

    CliRun report(const QStringList& arguments, const QByteArray& passphrase = testPassphrase()) const
    {
        return runCli(QStringList { QStringLiteral("report") } + arguments, cliEnvironment(passphrase));
    }

    QJsonObject json(const QStringList& arguments)
    {
        const CliRun run
            = report(arguments + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
        if (run.exitCode != 0) {
            qWarning().noquote() << run.describe();
            return {};
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            qWarning().noquote() << "not JSON:" << run.out;
        return document.object();
    }

private slots:
    void initTestCase()
    {
        m_book = std::make_unique<ReportBook>(QStringLiteral("cli-report"));
        m_book->closeFirstYear();
        setCompany(*m_book->file, belgianCompany());
        // Issuing posts the invoice, which needs these roles besides the test chart's.
        auto work = m_book->file->beginWork();
        KASBOEK_VERIFY_OK(work);
        ledger::AccountRepository accounts(m_book->file->database());
        for (const auto& [code, type, role] :
             { std::tuple { "440000", ledger::AccountType::Liability, ledger::AccountRole::Payables },
               std::tuple { "411000", ledger::AccountType::Asset, ledger::AccountRole::VatDeductible },
               std::tuple { "657000", ledger::AccountType::Expense, ledger::AccountRole::Rounding } }) {
            ledger::Account account;
            account.code = QString::fromLatin1(code);
            account.name = QStringLiteral("Account ") + account.code;
            account.type = type;
            account.role = role;
            KASBOEK_VERIFY_OK(accounts.insert(*work, account));
        }
        KASBOEK_VERIFY_OK(work->commit());
        const qint64 customerId
            = insertContact(*m_book->file, customer(QStringLiteral("Brouwerij De Halve Maan"))).id;
        books::InvoicingService invoicing(*m_book->file);
        auto draft = invoicing.createDraft(domain::DocumentType::Invoice, customerId);
        KASBOEK_VERIFY_OK(draft);
        draft->lines = { line(QStringLiteral("Consultancy"), QStringLiteral("1"), QStringLiteral("100")) };
        auto saved = invoicing.saveDraft(*draft);
        KASBOEK_VERIFY_OK(saved);
        KASBOEK_VERIFY_OK(invoicing.issue(saved->id, QDate(2026, 1, 5)));
        m_path = m_book->file->path();
        m_book->file.reset(); // the binary needs the file to itself
    }

    void trialBalanceAsText()
    {
        const CliRun run
            = report({ QStringLiteral("trial-balance"), m_path, QStringLiteral("--from"),
                       QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-12-31") });
        KASBOEK_COMPARE_EXIT(run, 0);
        const QStringList text = lines(run.out);
        QCOMPARE(text.at(0), QStringLiteral("Trial balance"));
        QCOMPARE(text.at(1), QStringLiteral("Atelier Verhaegen"));
        QVERIFY2(text.at(2).startsWith(QStringLiteral("2025-01-01")), qPrintable(run.out));
        static const QRegularExpression spaces(QStringLiteral("\\s+"));
        QStringList bank;
        for (const QString& line : text) {
            if (line.startsWith(QStringLiteral("550000")))
                bank = line.split(spaces);
        }
        QCOMPARE(bank,
                 QStringList({ QStringLiteral("550000"), QStringLiteral("Account"), QStringLiteral("550000"),
                               QStringLiteral("1910.00"), QStringLiteral("655.00"), QStringLiteral("120.00"),
                               QStringLiteral("2445.00") }));
        // Amounts are right-aligned: the closing balances end in one column.
        const qsizetype end = text.at(text.size() - 3).size();
        QVERIFY2(text.last().contains(QStringLiteral("Total")), qPrintable(run.out));
        QVERIFY2(text.last().endsWith(QStringLiteral("0.00")), qPrintable(run.out));
        QCOMPARE(text.last().size(), end);
        QVERIFY2(text.last().contains(QStringLiteral("1380.00  1380.00")), qPrintable(run.out));
    }

    void trialBalanceAsCsvAndJson()
    {
        const CliRun run
            = report({ QStringLiteral("trial-balance"), m_path, QStringLiteral("--to"),
                       QStringLiteral("2025-12-31"), QStringLiteral("--format"), QStringLiteral("csv") });
        KASBOEK_COMPARE_EXIT(run, 0);
        const QStringList csv = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(csv.first(), QStringLiteral("Account,Name,Opening,Debit,Credit,Closing"));
        QVERIFY2(csv.contains(QStringLiteral("550000,Account 550000,1910.00,655.00,120.00,2445.00")),
                 qPrintable(run.out));

        const QJsonObject trial = json({ QStringLiteral("trial-balance"), m_path, QStringLiteral("--to"),
                                         QStringLiteral("2025-12-31") });
        QCOMPARE(trial.value(u"from").toString(), QStringLiteral("2025-01-01")); // the year of --to
        QCOMPARE(trial.value(u"totals").toObject().value(u"debit").toString(), QStringLiteral("1380.00"));
        QCOMPARE(trial.value(u"balanced").toBool(), true);
        QStringList wrong;
        QCOMPARE(checkAmounts(trial, {}, wrong), 8 * 4 + 4); // eight accounts and the totals
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u' ')));
    }

    void profitAndLossAndBalanceSheet()
    {
        const QJsonObject profit
            = json({ QStringLiteral("profit-loss"), m_path, QStringLiteral("--from"),
                     QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-12-31") });
        QCOMPARE(profit.value(u"result").toString(), QStringLiteral("430.00"));
        QCOMPARE(profit.value(u"previous_result").toString(), QStringLiteral("700.00"));
        QStringList wrong;
        QCOMPARE(checkAmounts(profit, {}, wrong), 6 + 4 + 2);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u' ')));

        const QJsonObject sheet
            = json({ QStringLiteral("balance-sheet"), m_path, QStringLiteral("--from"),
                     QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-12-31") });
        QCOMPARE(sheet.value(u"equity").toObject().value(u"unclosed_result").toString(),
                 QStringLiteral("430.00"));
        QCOMPARE(sheet.value(u"liabilities_and_equity").toString(), QStringLiteral("2445.00"));
        QCOMPARE(sheet.value(u"balanced").toBool(), true);
        QCOMPARE(checkAmounts(sheet, {}, wrong), 4 + 6 + 6 + 2);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u' ')));

        const CliRun text = report({ QStringLiteral("balance-sheet"), m_path, QStringLiteral("--to"),
                                     QStringLiteral("2025-12-31") });
        KASBOEK_COMPARE_EXIT(text, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Result of the current period not yet closed")),
                 qPrintable(text.out));
    }

    void ledgerAndJournal()
    {
        const QJsonObject ledger
            = json({ QStringLiteral("ledger"), m_path, QStringLiteral("--account"), QStringLiteral("550000"),
                     QStringLiteral("--from"), QStringLiteral("2025-02-01"), QStringLiteral("--to"),
                     QStringLiteral("2025-12-31") });
        const QJsonArray accounts = ledger.value(u"accounts").toArray();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.at(0).toObject().value(u"opening").toString(), QStringLiteral("1910.00"));
        QCOMPARE(accounts.at(0).toObject().value(u"lines").toArray().size(), 3);
        QCOMPARE(accounts.at(0).toObject().value(u"closing").toString(), QStringLiteral("2445.00"));
        QStringList wrong;
        QCOMPARE(checkAmounts(ledger, {}, wrong), 4 + 3 * 3); // the account and its three lines
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u' ')));

        const QJsonObject journal
            = json({ QStringLiteral("journal"), m_path, QStringLiteral("--journal"), QStringLiteral("SAL"),
                     QStringLiteral("--from"), QStringLiteral("2024-01-01"), QStringLiteral("--to"),
                     QStringLiteral("2025-12-31") });
        QCOMPARE(journal.value(u"entries").toArray().size(), 2);
        QCOMPARE(journal.value(u"debit").toString(), QStringLiteral("1815.00"));

        const CliRun text
            = report({ QStringLiteral("ledger"), m_path, QStringLiteral("--account"),
                       QStringLiteral("550000"), QStringLiteral("--to"), QStringLiteral("2025-12-31") });
        KASBOEK_COMPARE_EXIT(text, 0);
        QVERIFY2(text.out.contains(QStringLiteral("550000  Account 550000")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("Closing balance")), qPrintable(text.out));

        const CliRun unknown = report(
            { QStringLiteral("ledger"), m_path, QStringLiteral("--account"), QStringLiteral("999999") });
        KASBOEK_COMPARE_EXIT(unknown, 1);
    }

    void agedBalances()
    {
        // The invoice of 5 January, due 19 January, is 71 days late on 31 March.
        const QJsonObject receivables = json({ QStringLiteral("aged-receivables"), m_path,
                                               QStringLiteral("--to"), QStringLiteral("2026-03-31") });
        QCOMPARE(receivables.value(u"date").toString(), QStringLiteral("2026-03-31"));
        QCOMPARE(receivables.value(u"totals").toObject().value(u"days_61_90").toString(),
                 QStringLiteral("121.00"));
        const QJsonArray contacts = receivables.value(u"contacts").toArray();
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.at(0).toObject().value(u"name").toString(),
                 QStringLiteral("Brouwerij De Halve Maan"));
        QStringList wrong;
        QCOMPARE(checkAmounts(receivables, {}, wrong), 6 + 2 + 6); // the contact, its invoice, the totals
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u' ')));

        const CliRun payables = report({ QStringLiteral("aged-payables"), m_path, QStringLiteral("--to"),
                                         QStringLiteral("2026-03-31") });
        KASBOEK_COMPARE_EXIT(payables, 0);
        QVERIFY2(payables.out.startsWith(QStringLiteral("Aged payables\n")), qPrintable(payables.out));
    }

    void vatReturnTracesEachBoxToItsEntries()
    {
        const QJsonObject vat
            = json({ QStringLiteral("vat-return"), m_path, QStringLiteral("--from"),
                     QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31") });
        QCOMPARE(vat.value(QStringLiteral("country")).toString(), QStringLiteral("BE"));
        QHash<QString, QJsonObject> boxes;
        for (const QJsonValue& box : vat.value(QStringLiteral("boxes")).toArray())
            boxes.insert(box.toObject().value(QStringLiteral("box")).toString(), box.toObject());
        // The invoice of 100.00 + 21 %: grid 03, its VAT in 54, and 71 to pay.
        QCOMPARE(boxes.value(QStringLiteral("03")).value(QStringLiteral("amount")).toString(),
                 QStringLiteral("100.00"));
        QCOMPARE(boxes.value(QStringLiteral("54")).value(QStringLiteral("amount")).toString(),
                 QStringLiteral("21.00"));
        QCOMPARE(boxes.value(QStringLiteral("71")).value(QStringLiteral("amount")).toString(),
                 QStringLiteral("21.00"));
        QCOMPARE(boxes.value(QStringLiteral("72")).value(QStringLiteral("amount")).toString(),
                 QStringLiteral("0.00"));
        const QJsonArray lines03 = boxes.value(QStringLiteral("03")).value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines03.size(), 1);
        QCOMPARE(lines03.first().toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2026-01-05"));
        QCOMPARE(lines03.first().toObject().value(QStringLiteral("journal")).toString(),
                 QStringLiteral("SAL"));
        // Outside the period: nothing.
        const QJsonObject before
            = json({ QStringLiteral("vat-return"), m_path, QStringLiteral("--from"),
                     QStringLiteral("2025-10-01"), QStringLiteral("--to"), QStringLiteral("2025-12-31") });
        for (const QJsonValue& box : before.value(QStringLiteral("boxes")).toArray())
            QVERIFY2(box.toObject().value(QStringLiteral("lines")).toArray().isEmpty(),
                     qPrintable(box.toObject().value(QStringLiteral("box")).toString()));
    }

    void workbookAndPdf()
    {
        const QString xlsx = m_out.filePath(QStringLiteral("trial.xlsx"));
        CliRun run = report({ QStringLiteral("trial-balance"), m_path, QStringLiteral("--to"),
                              QStringLiteral("2025-12-31"), QStringLiteral("--format"),
                              QStringLiteral("xlsx"), QStringLiteral("-o"), xlsx });
        KASBOEK_COMPARE_EXIT(run, 0);
        QVERIFY(readAll(xlsx).startsWith("PK"));
        const QString pdf = m_out.filePath(QStringLiteral("sheet.pdf"));
        run = report({ QStringLiteral("balance-sheet"), m_path, QStringLiteral("--to"),
                       QStringLiteral("2025-12-31"), QStringLiteral("--format"), QStringLiteral("pdf"),
                       QStringLiteral("-o"), pdf });
        KASBOEK_COMPARE_EXIT(run, 0);
        QVERIFY(readAll(pdf).startsWith("%PDF"));
        QVERIFY(run.out.isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown report")
            << QStringList { QStringLiteral("vat-returns") } << QStringLiteral("unknown report");
        QTest::newRow("bad date") << QStringList { QStringLiteral("trial-balance"), QStringLiteral("--to"),
                                                   QStringLiteral("2025-02-30") }
                                  << QStringLiteral("--to needs a date");
        QTest::newRow("to before from")
            << QStringList { QStringLiteral("profit-loss"), QStringLiteral("--from"),
                             QStringLiteral("2025-03-01"), QStringLiteral("--to"),
                             QStringLiteral("2025-02-28") }
            << QStringLiteral("--to is before --from");
        QTest::newRow("ledger without an account")
            << QStringList { QStringLiteral("ledger") } << QStringLiteral("needs --account");
        QTest::newRow("pdf to stdout") << QStringList { QStringLiteral("trial-balance"),
                                                        QStringLiteral("--format"), QStringLiteral("pdf") }
                                       << QStringLiteral("needs -o FILE");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        arguments.insert(1, m_path);
        const CliRun run = report(arguments);
        KASBOEK_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void fileProblems()
    {
        KASBOEK_COMPARE_EXIT(report({ QStringLiteral("trial-balance"), m_path }, "not the passphrase at all"),
                             3);
        KASBOEK_COMPARE_EXIT(
            report({ QStringLiteral("trial-balance"), m_out.filePath(QStringLiteral("none.kasboek")) }), 4);
    }

    // A customer's statement, on a file of its own with the Belgian chart: an invoice of
    // 1,000.00 paid with 7.50 of bank charges withheld, one of 121.00 paid 150.00 with the
    // excess kept on account, and one of 242.00 still open.
    void statementOfACustomer()
    {
        BooksFixture books;
        const auto charged = books.invoice(QDate(2026, 1, 5), QStringLiteral("826.45"));
        KASBOEK_VERIFY_OK(charged);
        storage::Payment withCharges = payment(charged->id, QDate(2026, 1, 15), "1000.00");
        withCharges.bankCharges = euro("7.50");
        KASBOEK_VERIFY_OK(books.service->recordPayment(withCharges));
        const auto overpaid = books.invoice(QDate(2026, 2, 2));
        KASBOEK_VERIFY_OK(overpaid);
        KASBOEK_VERIFY_OK(
            books.service->recordPayment(payment(overpaid->id, QDate(2026, 2, 10), "150.00"),
                                         books::InvoicingService::PaymentDifference::KeepExcess));
        const auto open = books.invoice(QDate(2026, 3, 1), QStringLiteral("200"));
        KASBOEK_VERIFY_OK(open);
        const QString path = books.file->path();
        const QString contact = QString::number(books.customerId);
        books.service.reset();
        books.file.reset(); // the binary needs the file to itself

        const QStringList quarter { QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                    QStringLiteral("--to"), QStringLiteral("2026-03-31") };
        const CliRun json
            = report(QStringList { QStringLiteral("statement"), path, QStringLiteral("--contact"), contact,
                                   QStringLiteral("--format"), QStringLiteral("json") }
                     + quarter);
        KASBOEK_COMPARE_EXIT(json, 0);
        const QJsonObject statement = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(statement.value(u"report").toString(), QStringLiteral("statement"));
        QCOMPARE(statement.value(u"contact").toObject().value(u"name").toString(),
                 QStringLiteral("Brouwerij De Halve Maan"));
        const QJsonObject customer = statement.value(u"accounts").toArray().at(0).toObject();
        QCOMPARE(customer.value(u"account").toString(), QStringLiteral("400000"));
        QStringList kinds;
        for (const QJsonValue& line : customer.value(u"lines").toArray())
            kinds.append(line.toObject().value(u"kind").toString() + u' '
                         + line.toObject().value(u"balance").toString());
        QCOMPARE(kinds,
                 QStringList({ QStringLiteral("invoice 1000.00"), QStringLiteral("payment 7.50"),
                               QStringLiteral("bank_charges 0.00"), QStringLiteral("invoice 121.00"),
                               QStringLiteral("payment 0.00"), QStringLiteral("excess -29.00"),
                               QStringLiteral("invoice 213.00") }));
        QCOMPARE(customer.value(u"closing").toString(), QStringLiteral("213.00"));
        QCOMPARE(customer.value(u"unallocated").toString(), QStringLiteral("-29.00"));
        const QJsonArray items = customer.value(u"open_items").toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(u"due_date").toString(), QStringLiteral("2026-03-15"));
        QCOMPARE(items.at(0).toObject().value(u"days_overdue").toInt(), 16);
        QStringList wrong;
        QCOMPARE(checkAmounts(statement, {}, wrong), 4 + 7 * 3 + 2); // the account, its lines, the open item
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u' ')));

        const CliRun text
            = report(QStringList { QStringLiteral("statement"), path, QStringLiteral("--contact"), contact }
                     + quarter);
        KASBOEK_COMPARE_EXIT(text, 0);
        QVERIFY2(text.out.startsWith(QStringLiteral("Statement of account\n")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("Bank charges withheld")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("On account, not allocated to a document")),
                 qPrintable(text.out));

        const CliRun withoutContact = report({ QStringLiteral("statement"), path });
        KASBOEK_COMPARE_EXIT(withoutContact, 2);
        QVERIFY2(withoutContact.err.contains(QStringLiteral("needs --contact")),
                 qPrintable(withoutContact.err));
        const CliRun unknown = report(
            { QStringLiteral("statement"), path, QStringLiteral("--contact"), QStringLiteral("4242") });
        KASBOEK_COMPARE_EXIT(unknown, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("4242")), qPrintable(unknown.err));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "TestCliReport.moc"
