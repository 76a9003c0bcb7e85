#include "CliTestSupport.h"
#include "StorageTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using namespace Qt::StringLiterals;

// kasboek-cli company set, contacts add/list, invoices issue/list and payments record through
// the real binary, in the order a script would run them on one file: what each prints, and
// that a refused input (exit code 5) writes nothing - no contact, no document, no number.
class TestCliInvoicing final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    CliRun cli(const QStringList& arguments) const
    {
        return runCli(arguments, cliEnvironment(testPassphrase()));
    }

    QString json(const QString& name, const QByteArray& content) const
    {
        const QString path = m_dir.filePath(name);
        writeAll(path, content);
        return path;
    }

    static QJsonObject object(const CliRun& run)
    {
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }
    static QJsonArray array(const CliRun& run) { return QJsonDocument::fromJson(run.out.toUtf8()).array(); }

    QJsonArray documents() const
    {
        return array(
            cli({ u"invoices"_s, u"list"_s, m_file, u"--format"_s, u"json"_s, u"--limit"_s, u"0"_s }));
    }

    // The trial balance row of one account as CSV cells: code, name, opening, debit, credit, closing.
    QStringList trialBalanceRow(const QString& code) const
    {
        const CliRun run = cli({ u"report"_s, u"trial-balance"_s, m_file, u"--from"_s, u"2026-01-01"_s,
                                 u"--to"_s, u"2026-12-31"_s, u"--format"_s, u"csv"_s });
        for (const QString& line : run.out.split(u"\r\n"_s)) {
            if (line.startsWith(code + u','))
                return line.split(u',');
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"books.kasboek"_s);
        createFile(m_file); // closed again at once: the binary needs the file to itself
    }

    void companySetStoresCanonicalDetails()
    {
        const CliRun run = cli({ u"company"_s, u"set"_s, m_file, u"--street"_s, u"Kerkstraat 1"_s,
                                 u"--postal-code"_s, u"9000"_s, u"--city"_s, u"Gent"_s, u"--vat"_s,
                                 u"be 0123.456.749"_s, u"--enterprise-number"_s, u"0123456749"_s, u"--iban"_s,
                                 u"BE68 5390 0754 7034"_s, u"--format"_s, u"json"_s });
        KASBOEK_COMPARE_EXIT(run, 0);
        const QJsonObject company = object(run);
        QCOMPARE(company.value(u"vat_number"_s).toString(), u"BE0123456749"_s);
        QCOMPARE(company.value(u"iban"_s).toString(), u"BE68539007547034"_s);
        QCOMPARE(company.value(u"city"_s).toString(), u"Gent"_s);
        QCOMPARE(company.value(u"name"_s).toString(), u"Atelier Verhaegen"_s); // kept
    }

    void companySetRefusesAnInvalidIbanAndKeepsTheOld()
    {
        const CliRun run = cli({ u"company"_s, u"set"_s, m_file, u"--iban"_s, u"BE00539007547034"_s });
        KASBOEK_COMPARE_EXIT(run, 5);
        QVERIFY2(run.err.contains(u"--iban"_s), qPrintable(run.err));
        const CliRun shown = cli({ u"company"_s, u"set"_s, m_file, u"--format"_s, u"json"_s });
        KASBOEK_COMPARE_EXIT(shown, 0);
        QCOMPARE(object(shown).value(u"iban"_s).toString(), u"BE68539007547034"_s);
    }

    void contactsAreAddedAndListed()
    {
        CliRun run = cli({ u"contacts"_s, u"add"_s, m_file, u"--name"_s, u"Beta NV"_s, u"--vat"_s,
                           u"BE0403019261"_s, u"--street"_s, u"Markt 2"_s, u"--postal-code"_s, u"2000"_s,
                           u"--city"_s, u"Antwerpen"_s, u"--format"_s, u"json"_s });
        KASBOEK_COMPARE_EXIT(run, 0);
        QCOMPARE(object(run).value(u"id"_s).toInteger(), 1);
        QCOMPARE(object(run).value(u"country"_s).toString(), u"BE"_s); // the company's, by default
        run = cli({ u"contacts"_s, u"add"_s, m_file, u"--kind"_s, u"person"_s, u"--given-name"_s, u"An"_s,
                    u"--family-name"_s, u"Peeters"_s, u"--country"_s, u"NL"_s });
        KASBOEK_COMPARE_EXIT(run, 0);
        QVERIFY2(run.out.startsWith(u"Added contact 2 (uid "_s), qPrintable(run.out));

        const CliRun listed = cli({ u"contacts"_s, u"list"_s, m_file, u"--format"_s, u"json"_s });
        KASBOEK_COMPARE_EXIT(listed, 0);
        const QJsonArray contacts = array(listed);
        QCOMPARE(contacts.size(), 2);
        // By name: "An Peeters" before "Beta NV".
        QCOMPARE(contacts.at(0).toObject().value(u"name"_s).toString(), u"An Peeters"_s);
        QCOMPARE(contacts.at(0).toObject().value(u"kind"_s).toString(), u"person"_s);
        QCOMPARE(contacts.at(0).toObject().value(u"archived"_s).toBool(true), false);
        QCOMPARE(contacts.at(1).toObject().value(u"vat_number"_s).toString(), u"BE0403019261"_s);
        QVERIFY(!QUuid::fromString(contacts.at(1).toObject().value(u"uid"_s).toString()).isNull());

        const CliRun searched = cli({ u"contacts"_s, u"list"_s, m_file, u"--search"_s, u"beta"_s });
        KASBOEK_COMPARE_EXIT(searched, 0);
        QVERIFY(searched.out.contains(u"Beta NV"_s));
        QVERIFY(!searched.out.contains(u"Peeters"_s));
    }

    void anInvalidContactIsRefusedAndNotStored()
    {
        const CliRun run = cli(
            { u"contacts"_s, u"add"_s, m_file, u"--name"_s, u"Gamma"_s, u"--vat"_s, u"BE0403019262"_s });
        KASBOEK_COMPARE_EXIT(run, 5);
        QVERIFY2(run.err.contains(u"--vat"_s), qPrintable(run.err));
        QCOMPARE(array(cli({ u"contacts"_s, u"list"_s, m_file, u"--format"_s, u"json"_s })).size(), 2);
    }

    void anInvoiceIsIssuedFromItsDescription()
    {
        // 12.5 h × 85.00 = 1062.50 and 1 × 42.50: 1105.00 at 21 % is 232.05 VAT, 1337.05 in all.
        const QString description = json(u"invoice.json"_s, R"({
            "contact": 1, "issue_date": "2026-10-01", "buyer_reference": "PO-7",
            "lines": [
                {"name": "Consultancy", "quantity": "12.5", "unit": "HUR", "unit_price": "85.00", "vat_rate": "21"},
                {"name": "Travel", "quantity": 1, "unit_price": 42.5, "vat_rate": 21}
            ]})");
        const CliRun run = cli({ u"invoices"_s, u"issue"_s, m_file, description, u"--format"_s, u"json"_s });
        KASBOEK_COMPARE_EXIT(run, 0);
        const QJsonObject invoice = object(run);
        QCOMPARE(invoice.value(u"number"_s).toString(), u"2026-0001"_s);
        QCOMPARE(invoice.value(u"status"_s).toString(), u"issued"_s);
        QCOMPARE(invoice.value(u"total_exclusive"_s).toString(), u"1105.00"_s);
        QCOMPARE(invoice.value(u"total_vat"_s).toString(), u"232.05"_s);
        QCOMPARE(invoice.value(u"total_inclusive"_s).toString(), u"1337.05"_s);
        QCOMPARE(invoice.value(u"due_date"_s).toString(), u"2026-10-31"_s); // 30 days, the contact's terms
        // A Belgian company's invoice gets a structured communication: 12 digits.
        QVERIFY(QRegularExpression(u"^\\d{12}$"_s)
                    .match(invoice.value(u"payment_reference"_s).toString())
                    .hasMatch());
        // Posted with it: the customer owes the total.
        QCOMPARE(trialBalanceRow(u"400000"_s).value(3), u"1337.05"_s);
    }

    void aRefusedDescriptionStoresNothingAndUsesNoNumber()
    {
        struct Case
        {
            QByteArray json;
            QString mentions;
        };
        const QList<Case> cases {
            { R"({"contact": 1, "lines": [{"name": "X", "unit_price": "1.00", "vatrate": "21"}]})",
              u"lines[0].vatrate is not"_s },
            { R"({"contact": 99, "lines": [{"name": "X", "unit_price": "1.00", "vat_rate": "21"}]})",
              u"contact"_s },
            { R"({"contact": 1, "lines": [{"name": "X", "unit_price": "1.123456", "vat_rate": "21"}]})",
              u"lines[0].unit_price"_s },
            { R"({"contact": 1, "lines": []})", u"lines"_s },
            { R"({"contact": 1, "lines": [{"name": "X", "unit_price": "1.00", "vat_rate": "21"}],)",
              u"JSON"_s },
            // Passes the reader, fails at issue: a person without an address.
            { R"({"contact": 2, "lines": [{"name": "X", "unit_price": "1.00", "vat_rate": "21"}]})",
              u"buyer.address"_s },
        };
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const CliRun run
                = cli({ u"invoices"_s, u"issue"_s, m_file, json(u"bad%1.json"_s.arg(i), cases.at(i).json) });
            KASBOEK_COMPARE_EXIT(run, 5);
            QVERIFY2(run.err.contains(cases.at(i).mentions), qPrintable(run.err));
        }
        QCOMPARE(documents().size(), 1);
        // The number the refused issue would have taken is still free.
        const CliRun next = cli({ u"invoices"_s, u"issue"_s, m_file,
                                  json(u"next.json"_s,
                                       R"({"contact": "1", "issue_date": "2026-10-02",
                                           "lines": [{"name": "Support", "unit_price": "100", "vat_rate": "21"}]})"),
                                  u"--format"_s, u"json"_s });
        KASBOEK_COMPARE_EXIT(next, 0);
        QCOMPARE(object(next).value(u"number"_s).toString(), u"2026-0002"_s);
        QCOMPARE(object(next).value(u"total_inclusive"_s).toString(), u"121.00"_s);
    }

    void aDraftIsStoredWithoutANumber()
    {
        const CliRun run = cli(
            { u"invoices"_s, u"issue"_s, m_file,
              json(u"draft.json"_s,
                   R"({"contact": 1, "lines": [{"name": "Later", "unit_price": "10", "vat_rate": "6"}]})"),
              u"--draft"_s, u"--format"_s, u"json"_s });
        KASBOEK_COMPARE_EXIT(run, 0);
        QCOMPARE(object(run).value(u"status"_s).toString(), u"draft"_s);
        QVERIFY(object(run).value(u"number"_s).isNull());
        const QJsonArray listed = documents();
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.last().toObject().value(u"status"_s).toString(), u"draft"_s); // no date: last
    }

    void aCreditNoteCorrectsAnInvoiceOfTheSameCustomer()
    {
        // 42.50 at 21 %: 8.925 VAT rounds half away from zero to 8.93.
        const CliRun run = cli({ u"invoices"_s, u"issue"_s, m_file,
                                 json(u"credit.json"_s,
                                      R"({"type": "credit_note", "contact": 1, "corrects": "2026-0001",
                                          "issue_date": "2026-10-05",
                                          "lines": [{"name": "Travel", "unit_price": "42.50", "vat_rate": "21"}]})"),
                                 u"--format"_s, u"json"_s });
        KASBOEK_COMPARE_EXIT(run, 0);
        QCOMPARE(object(run).value(u"type"_s).toString(), u"credit_note"_s);
        QCOMPARE(object(run).value(u"corrects"_s).toString(), u"2026-0001"_s);
        QCOMPARE(object(run).value(u"total_inclusive"_s).toString(), u"51.43"_s);

        const CliRun other = cli(
            { u"invoices"_s, u"issue"_s, m_file,
              json(u"credit2.json"_s, R"({"type": "credit_note", "contact": 2, "corrects": "2026-0001"})") });
        KASBOEK_COMPARE_EXIT(other, 5);
        QVERIFY2(other.err.contains(u"corrects"_s), qPrintable(other.err));
    }

    void aPaymentSettlesWhatIsDue()
    {
        // 1337.05 invoiced, 51.43 credited: 1285.62 is due.
        CliRun run = cli({ u"payments"_s, u"record"_s, m_file, u"2026-0001"_s, u"--amount"_s, u"1300.00"_s,
                           u"--date"_s, u"2026-10-10"_s });
        KASBOEK_COMPARE_EXIT(run, 5);
        QVERIFY2(run.err.contains(u"1285.62"_s), qPrintable(run.err));

        run = cli({ u"payments"_s, u"record"_s, m_file, u"2026-0001"_s, u"--date"_s, u"2026-10-10"_s,
                    u"--reference"_s, u"+++202/6000/00127+++"_s, u"--format"_s, u"json"_s });
        KASBOEK_COMPARE_EXIT(run, 0);
        QCOMPARE(object(run).value(u"amount"_s).toString(), u"1285.62"_s);
        QCOMPARE(object(run).value(u"outstanding"_s).toString(), u"0.00"_s);
        QCOMPARE(trialBalanceRow(u"550000"_s).value(3), u"1285.62"_s);

        run = cli({ u"payments"_s, u"record"_s, m_file, u"2026-0001"_s, u"--date"_s, u"2026-10-11"_s });
        KASBOEK_COMPARE_EXIT(run, 5);
        run = cli({ u"payments"_s, u"record"_s, m_file, u"2099-0001"_s, u"--amount"_s, u"1"_s });
        KASBOEK_COMPARE_EXIT(run, 5);
    }

    void bankChargesAndAnExcessAreBooked()
    {
        // 2026-0002 is 121.00. The customer sent 130.00; the bank kept 2.50 of it: 127.50 reaches
        // the account, 121.00 settles the invoice and 9.00 stays with the customer as a credit.
        CliRun run = cli({ u"payments"_s, u"record"_s, m_file, u"2026-0002"_s, u"--amount"_s, u"130.00"_s,
                           u"--date"_s, u"2026-10-12"_s, u"--bank-charges"_s, u"2.50"_s });
        KASBOEK_COMPARE_EXIT(run, 5); // more than is due, without --keep-excess
        run = cli({ u"payments"_s, u"record"_s, m_file, u"2026-0002"_s, u"--amount"_s, u"130.00"_s,
                    u"--date"_s, u"2026-10-12"_s, u"--bank-charges"_s, u"2.50"_s, u"--keep-excess"_s,
                    u"--format"_s, u"json"_s });
        KASBOEK_COMPARE_EXIT(run, 0);
        QCOMPARE(object(run).value(u"amount"_s).toString(), u"121.00"_s);
        QCOMPARE(object(run).value(u"excess"_s).toString(), u"9.00"_s);
        QCOMPARE(object(run).value(u"bank_charges"_s).toString(), u"2.50"_s);
        QCOMPARE(object(run).value(u"outstanding"_s).toString(), u"0.00"_s);
        QCOMPARE(trialBalanceRow(u"550000"_s).value(3), u"1413.12"_s); // 1285.62 + 127.50
        QCOMPARE(trialBalanceRow(u"657000"_s).value(3), u"2.50"_s);
        run = cli(
            { u"payments"_s, u"record"_s, m_file, u"2026-0002"_s, u"--keep-excess"_s, u"--write-off"_s });
        KASBOEK_COMPARE_EXIT(run, 2);
    }

    void standardInputCarriesOneThing()
    {
        const CliRun run = runCli({ u"invoices"_s, u"issue"_s, m_file, u"-"_s, u"--passphrase-fd"_s, u"0"_s },
                                  cliEnvironment(), { { 0, testPassphrase() + '\n' } });
        KASBOEK_COMPARE_EXIT(run, 2);
    }

    void aDescriptionCanComeFromStandardInput()
    {
        const CliRun run = runCli(
            { u"invoices"_s, u"issue"_s, m_file, u"-"_s, u"--draft"_s }, cliEnvironment(testPassphrase()),
            { { 0,
                R"({"contact": 1, "lines": [{"name": "Piped", "unit_price": "5", "vat_rate": "21"}]})" } });
        KASBOEK_COMPARE_EXIT(run, 0);
        QVERIFY2(run.out.startsWith(u"Stored draft"_s), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestCliInvoicing)
#include "TestCliInvoicing.moc"
