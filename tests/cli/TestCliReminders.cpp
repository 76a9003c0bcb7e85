#include "../core/recurring/RecurringTestSupport.h"
#include "CliTestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace kasboek;
using namespace kasboek::test;

namespace {

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList lines(const QString& text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

// reminders due, send and letters through the real binary, on a Belgian company file with
// three invoices to a customer who pays in 14 days: 2026-0001 (5 January, due 19 January),
// 2026-0002 (10 January, due 24 January) and 2026-0003 (30 January, due 13 February). The
// reminder settings: first after 7 days, second after 21, formal notice after 35; 12 % a year
// and a fixed 40.00 from the second reminder on.
class TestCliReminders final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RecurringFixture> m_fixture;
    QString m_book;
    QTemporaryDir m_out;

    CliRun reminders(QStringList arguments) const
    {
        arguments.prepend(QStringLiteral("reminders"));
        return runCli(arguments, cliEnvironment(testPassphrase()));
    }
    QString out(const QString& name) const { return m_out.filePath(name); }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<RecurringFixture>();
        domain::ReminderSettings settings;
        settings.firstAfterDays = 7;
        settings.secondAfterDays = 21;
        settings.formalNoticeAfterDays = 35;
        settings.annualInterestBasisPoints = 1200;
        settings.fixedCompensation = euro("40.00");
        settings.chargesFrom = domain::ReminderLevel::Second;
        KASBOEK_VERIFY_OK(m_fixture->reminders->saveSettings(settings));
        m_fixture->invoice(QDate(2026, 1, 5));
        m_fixture->invoice(QDate(2026, 1, 10));
        m_fixture->invoice(QDate(2026, 1, 30));
        m_book = m_fixture->file->path();
        // The binary needs the file to itself.
        m_fixture->reminders.reset();
        m_fixture->recurring.reset();
        m_fixture->invoicing.reset();
        m_fixture->file.reset();
    }

    void dueListsTheOverdueInvoicesAsCsv()
    {
        const CliRun run
            = reminders({ QStringLiteral("due"), m_book, QStringLiteral("--date"),
                          QStringLiteral("2026-02-01"), QStringLiteral("--format"), QStringLiteral("csv") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(lines(run.out),
                 QStringList({
                     QStringLiteral("invoice,customer,due_date,days_late,level,currency,outstanding,interest,"
                                    "compensation,total"),
                     QStringLiteral(
                         "2026-0001,Brouwerij De Halve Maan,2026-01-19,13,1,EUR,121.00,0.00,0.00,121.00"),
                     QStringLiteral(
                         "2026-0002,Brouwerij De Halve Maan,2026-01-24,8,1,EUR,121.00,0.00,0.00,121.00"),
                 }));
    }

    void dueAsJsonAndAsText()
    {
        CliRun run
            = reminders({ QStringLiteral("due"), m_book, QStringLiteral("--date"),
                          QStringLiteral("2026-02-01"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("invoice")).toString(),
                 QStringLiteral("2026-0001"));
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("days_late")).toInt(), 13);
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("total")).toString(), QStringLiteral("121.00"));

        run = reminders(
            { QStringLiteral("due"), m_book, QStringLiteral("--date"), QStringLiteral("2026-02-01") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QStringList text = lines(run.out);
        QCOMPARE(text.size(), 3); // a header and two invoices
        QVERIFY2(text.at(1).startsWith(QStringLiteral("2026-0001  Brouwerij De Halve Maan  2026-01-19")),
                 qPrintable(run.out));
        QVERIFY2(text.at(1).contains(QStringLiteral("first reminder")), qPrintable(run.out));
        QVERIFY2(text.at(1).endsWith(QStringLiteral("EUR 121.00")), qPrintable(run.out));
    }

    void aBadDateIsAUsageError()
    {
        const CliRun run = reminders(
            { QStringLiteral("due"), m_book, QStringLiteral("--date"), QStringLiteral("1 February") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("YYYY-MM-DD")), qPrintable(run.err));
    }

    void anInvoiceNotDueIsRefusedAndNothingIsRecorded()
    {
        const QString folder = out(QStringLiteral("refused"));
        const CliRun run = reminders({ QStringLiteral("send"), m_book, QStringLiteral("2026-0003"),
                                       QStringLiteral("--date"), QStringLiteral("2026-02-01"),
                                       QStringLiteral("-o"), folder });
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(QStringLiteral("2026-0003")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("not due")), qPrintable(run.err));
        QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
    }

    void sendRecordsTheDueRemindersAndWritesTheirLetters()
    {
        const QString folder = out(QStringLiteral("first"));
        CliRun run
            = reminders({ QStringLiteral("send"), m_book, QStringLiteral("--all"), QStringLiteral("--date"),
                          QStringLiteral("2026-02-01"), QStringLiteral("-o"), folder });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString first = QDir(folder).filePath(QStringLiteral("reminder-1-2026-0001.pdf"));
        const QString second = QDir(folder).filePath(QStringLiteral("reminder-1-2026-0002.pdf"));
        QCOMPARE(lines(run.out), QStringList({ first, second }));
        const QString text = pdfText(first);
        QVERIFY2(text.contains(QStringLiteral("2026-0001")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("121,00")), qPrintable(text)); // a Dutch letter
        QVERIFY2(!text.contains(QStringLiteral("40,00")), qPrintable(text)); // no charges yet

        // Recorded: nothing is due any more on that day, and sending again sends nothing.
        run = reminders({ QStringLiteral("due"), m_book, QStringLiteral("--date"),
                          QStringLiteral("2026-02-01"), QStringLiteral("--format"), QStringLiteral("csv") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(lines(run.out).size(), 1);
        run = reminders({ QStringLiteral("send"), m_book, QStringLiteral("--all"), QStringLiteral("--date"),
                          QStringLiteral("2026-02-01"), QStringLiteral("-o"), out(QStringLiteral("again")) });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("no invoice is due")), qPrintable(run.err));
    }

    void theSecondReminderClaimsInterestAndCompensation()
    {
        const QString folder = out(QStringLiteral("second"));
        const CliRun run = reminders({ QStringLiteral("send"), m_book, QStringLiteral("2026-0001"),
                                       QStringLiteral("--date"), QStringLiteral("2026-02-19"),
                                       QStringLiteral("-o"), folder });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString letter = QDir(folder).filePath(QStringLiteral("reminder-2-2026-0001.pdf"));
        QCOMPARE(run.out.trimmed(), letter);
        // 31 days late: 121.00 × 12 % × 31 / 365 = 1.233 → 1.23; with 40.00: 162.23.
        const QString text = pdfText(letter);
        QVERIFY2(text.contains(QStringLiteral("1,23")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("40,00")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("162,23")), qPrintable(text));
    }

    void lettersPrintsTheRecordedRemindersAgain()
    {
        const QString folder = out(QStringLiteral("copies"));
        const CliRun run = reminders(
            { QStringLiteral("letters"), m_book, QStringLiteral("2026-0001"), QStringLiteral("-o"), folder });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(QDir(folder).entryList(QDir::Files),
                 QStringList({ QStringLiteral("reminder-1-2026-0001.pdf"),
                               QStringLiteral("reminder-2-2026-0001.pdf") }));
        // As sent: the copy of the second letter claims what the original did.
        QVERIFY(pdfText(QDir(folder).filePath(QStringLiteral("reminder-2-2026-0001.pdf")))
                    .contains(QStringLiteral("162,23")));
    }
};

QTEST_GUILESS_MAIN(TestCliReminders)
#include "TestCliReminders.moc"
