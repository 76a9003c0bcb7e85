#include "CliTestSupport.h"

#include <QRegularExpression>

using namespace kasboek::test;

// kasboek-cli's command line itself: usage errors, help, version, and every refusal
// that needs no passphrase (files that are missing or foreign, no passphrase
// source). Nothing here derives a key, so it runs in well under a second.
class TestCliUsage : public QObject
{
    Q_OBJECT
private slots:
    void usageErrorsAreOneLineAndExitTwo_data();
    void usageErrorsAreOneLineAndExitTwo();
    void helpForEveryCommand_data();
    void helpForEveryCommand();
    void overviewListsEveryCommand_data();
    void overviewListsEveryCommand();
    void helpWinsOverOtherErrors();
    void versionIsTheProjectVersion();
    void unusableFilesExitFour_data();
    void unusableFilesExitFour();
    void verboseAddsTheDetail();
    void createRefusesAnExistingFile();
    void createWithoutAPassphraseSource();
    void createRefusesAShortPassphrase();
    void descriptorThatEndsEarly();
    void messagesSpeakTheUsersLanguage_data();
    void messagesSpeakTheUsersLanguage();

private:
    QTemporaryDir m_dir;
};

void TestCliUsage::usageErrorsAreOneLineAndExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const auto row = [](const char* name, QStringList arguments, const char* message) {
        QTest::newRow(name) << arguments << QString::fromUtf8(message);
    };
    row("no command", {}, "missing command");
    row("unknown command", { QStringLiteral("frobnicate") }, "unknown command 'frobnicate'");
    row("unknown global option", { QStringLiteral("--frobnicate") }, "unknown option --frobnicate");
    row("missing FILE", { QStringLiteral("info") }, "info: missing argument FILE");
    row("missing FILE of create",
        { QStringLiteral("create"), QStringLiteral("--country"), QStringLiteral("NL") },
        "create: missing argument FILE");
    row("extra argument",
        { QStringLiteral("check"), QStringLiteral("a.kasboek"), QStringLiteral("b.kasboek") },
        "unexpected argument 'b.kasboek'");
    row("unknown option",
        { QStringLiteral("info"), QStringLiteral("a.kasboek"), QStringLiteral("--frobnicate") },
        "unknown option --frobnicate");
    row("unknown short option", { QStringLiteral("info"), QStringLiteral("a.kasboek"), QStringLiteral("-x") },
        "unknown option -x");
    row("option of another command",
        { QStringLiteral("check"), QStringLiteral("a.kasboek"), QStringLiteral("--new-passphrase-fd"),
          QStringLiteral("0") },
        "unknown option --new-passphrase-fd");
    row("missing option value",
        { QStringLiteral("info"), QStringLiteral("a.kasboek"), QStringLiteral("--format") },
        "option --format needs a value");
    row("value not allowed",
        { QStringLiteral("info"), QStringLiteral("a.kasboek"), QStringLiteral("--format"),
          QStringLiteral("xml") },
        "option --format must be one of text, json");
    row("country not supported",
        { QStringLiteral("create"), QStringLiteral("a.kasboek"), QStringLiteral("--country=FR") },
        "option --country must be one of BE, NL");
    row("option twice",
        { QStringLiteral("create"), QStringLiteral("a.kasboek"), QStringLiteral("--name"),
          QStringLiteral("A"), QStringLiteral("--name"), QStringLiteral("B") },
        "option --name is given more than once");
    row("value for a flag",
        { QStringLiteral("info"), QStringLiteral("a.kasboek"), QStringLiteral("--verbose=yes") },
        "option --verbose takes no value");
    row("descriptor not a number",
        { QStringLiteral("info"), QStringLiteral("a.kasboek"), QStringLiteral("--passphrase-fd"),
          QStringLiteral("three") },
        "needs a file descriptor number");
    row("descriptor not open",
        { QStringLiteral("passwd"), QStringLiteral("a.kasboek"), QStringLiteral("--new-passphrase-fd"),
          QStringLiteral("57") },
        "file descriptor 57 is not open");
    row("help for an unknown command", { QStringLiteral("help"), QStringLiteral("frobnicate") },
        "unknown command 'frobnicate'");
}

void TestCliUsage::usageErrorsAreOneLineAndExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir workingDirectory;
    const CliRun run = runCli(arguments, cliEnvironment(testPassphrase()), {}, workingDirectory.path());
    KASBOEK_COMPARE_EXIT(run, 2);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("kasboek-cli: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("kasboek-cli help")), qPrintable(run.err)); // where to look next
    QVERIFY(QDir(workingDirectory.path()).isEmpty()); // a usage error creates nothing
}

void TestCliUsage::helpForEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("mentions");
    const QStringList passphrase { QStringLiteral("KASBOEK_PASSPHRASE"), QStringLiteral("--passphrase-fd") };
    QTest::newRow("create") << QStringLiteral("create")
                            << passphrase
            + QStringList { QStringLiteral("--country BE|NL"), QStringLiteral("--name NAME") };
    QTest::newRow("info") << QStringLiteral("info")
                          << passphrase + QStringList { QStringLiteral("--format text|json") };
    QTest::newRow("check") << QStringLiteral("check")
                           << passphrase + QStringList { QStringLiteral("integrity") };
    QTest::newRow("passwd") << QStringLiteral("passwd")
                            << passphrase
            + QStringList { QStringLiteral("KASBOEK_NEW_PASSPHRASE"), QStringLiteral("--new-passphrase-fd") };
    QTest::newRow("help") << QStringLiteral("help") << QStringList { QStringLiteral("COMMAND") };
}

void TestCliUsage::helpForEveryCommand()
{
    QFETCH(QString, command);
    QFETCH(QStringList, mentions);
    const CliRun viaHelp = runCli({ QStringLiteral("help"), command });
    KASBOEK_COMPARE_EXIT(viaHelp, 0);
    QCOMPARE(viaHelp.err, QString());
    QVERIFY2(viaHelp.out.startsWith(QStringLiteral("Usage: kasboek-cli ") + command),
             qPrintable(viaHelp.out));
    for (const QString& mention : std::as_const(mentions))
        QVERIFY2(viaHelp.out.contains(mention),
                 qPrintable(mention + QStringLiteral(" missing in\n") + viaHelp.out));
    QVERIFY(viaHelp.out.contains(QStringLiteral("--verbose")));

    // `COMMAND --help` and `COMMAND -h` say the same.
    for (const QString& flag : { QStringLiteral("--help"), QStringLiteral("-h") }) {
        const CliRun viaFlag = runCli({ command, flag });
        KASBOEK_COMPARE_EXIT(viaFlag, 0);
        QCOMPARE(viaFlag.out, viaHelp.out);
    }
    // Help text fits a terminal.
    for (const QString& line : viaHelp.out.split(u'\n'))
        QVERIFY2(line.size() <= 80, qPrintable(line));
}

void TestCliUsage::overviewListsEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("help") << QStringList { QStringLiteral("help") };
    QTest::newRow("--help") << QStringList { QStringLiteral("--help") };
    QTest::newRow("-h") << QStringList { QStringLiteral("-h") };
}

void TestCliUsage::overviewListsEveryCommand()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    KASBOEK_COMPARE_EXIT(run, 0);
    QCOMPARE(run.err, QString());
    for (const char* command : { "create", "info", "check", "passwd", "help" }) {
        const QRegularExpression listed(QStringLiteral("^  %1 +\\S").arg(QString::fromLatin1(command)),
                                        QRegularExpression::MultilineOption);
        QVERIFY2(run.out.contains(listed), command);
    }
    for (const char* code : { "0", "1", "2", "3", "4", "5" }) {
        const QRegularExpression listed(QStringLiteral("^  %1 +\\S").arg(QString::fromLatin1(code)),
                                        QRegularExpression::MultilineOption);
        QVERIFY2(run.out.contains(listed), code);
    }
}

void TestCliUsage::helpWinsOverOtherErrors()
{
    const CliRun run
        = runCli({ QStringLiteral("info"), QStringLiteral("--frobnicate"), QStringLiteral("--help") });
    KASBOEK_COMPARE_EXIT(run, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("Usage: kasboek-cli info")));
    // After `--`, "--help" is a file name.
    const CliRun literal = runCli({ QStringLiteral("info"), QStringLiteral("--"), QStringLiteral("--help") });
    KASBOEK_COMPARE_EXIT(literal, 4);
}

void TestCliUsage::versionIsTheProjectVersion()
{
    const CliRun run = runCli({ QStringLiteral("--version") });
    KASBOEK_COMPARE_EXIT(run, 0);
    QCOMPARE(run.out, QStringLiteral("kasboek-cli " KASBOEK_VERSION "\n"));
}

void TestCliUsage::unusableFilesExitFour_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // null: do not create the file
    QTest::addColumn<QString>("message");

    QTest::newRow("missing") << QStringLiteral("missing.kasboek") << QByteArray()
                             << QStringLiteral("does not exist");
    QTest::newRow("empty") << QStringLiteral("empty.kasboek") << QByteArray("") << QStringLiteral("empty");
    QTest::newRow("pdf") << QStringLiteral("invoice.pdf")
                         << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n")
                         << QStringLiteral("not a Kasboek file");
    QTest::newRow("plain sqlite") << QStringLiteral("plain.db")
                                  << QByteArray("SQLite format 3\0", 16).append(4080, '\0')
                                  << QStringLiteral("unencrypted SQLite");
    QByteArray truncated(1000, '\x5a');
    truncated[0] = 1; // names the current KDF profile, but is not a whole page
    QTest::newRow("truncated") << QStringLiteral("truncated.kasboek") << truncated
                               << QStringLiteral("damaged");
    QTest::newRow("folder") << QStringLiteral("folder.kasboek") << QByteArray("<dir>")
                            << QStringLiteral("folder");
}

void TestCliUsage::unusableFilesExitFour()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(name);
    if (content == "<dir>") {
        QVERIFY(QDir().mkpath(path));
    } else if (!content.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    // Told before any passphrase is asked for: there is no passphrase source here.
    for (const char* command : { "info", "check", "passwd" }) {
        const CliRun run = runCli({ QString::fromLatin1(command), path });
        KASBOEK_COMPARE_EXIT(run, 4);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("kasboek-cli: ") + path + QStringLiteral(": ")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(message, Qt::CaseInsensitive), qPrintable(run.err));
    }
    if (content.isNull()) {
        QVERIFY(!QFileInfo::exists(path));
    } else if (content != "<dir>") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }
}

void TestCliUsage::verboseAddsTheDetail()
{
    const QString path = m_dir.filePath(QStringLiteral("nowhere.kasboek"));
    const CliRun quiet = runCli({ QStringLiteral("info"), path });
    KASBOEK_COMPARE_EXIT(quiet, 4);
    QCOMPARE(quiet.errLines().size(), 1);
    QVERIFY(!quiet.err.contains(QStringLiteral("FileNotFound")));

    for (const QStringList& arguments :
         { QStringList { QStringLiteral("--verbose"), QStringLiteral("info"), path },
           QStringList { QStringLiteral("info"), path, QStringLiteral("-v") } }) {
        const CliRun verbose = runCli(arguments);
        KASBOEK_COMPARE_EXIT(verbose, 4);
        const QStringList lines = verbose.errLines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first(), quiet.errLines().first());
        QVERIFY2(lines.last().startsWith(QStringLiteral("kasboek-cli: detail: FileNotFound")),
                 qPrintable(lines.last()));
    }
}

void TestCliUsage::createRefusesAnExistingFile()
{
    // Anything at all under that name: never overwritten, not even a stray text file.
    const QString path = m_dir.filePath(QStringLiteral("notes.kasboek"));
    const QByteArray content("my notes, not a company file\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const CliRun run = runCli({ QStringLiteral("create"), path }, cliEnvironment(testPassphrase()));
    KASBOEK_COMPARE_EXIT(run, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(QStringLiteral("already exists")), qPrintable(run.err));
    // Refused before a passphrase is asked for: none is needed to hear "no".
    const CliRun unsourced = runCli({ QStringLiteral("create"), path });
    KASBOEK_COMPARE_EXIT(unsourced, 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestCliUsage::createWithoutAPassphraseSource()
{
    const QString path = m_dir.filePath(QStringLiteral("unsourced.kasboek"));
    const CliRun run = runCli({ QStringLiteral("create"), path });
    KASBOEK_COMPARE_EXIT(run, 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(QStringLiteral("no passphrase")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("KASBOEK_PASSPHRASE")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("--passphrase-fd")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(path));

    // Set but empty counts as not set.
    const CliRun empty = runCli({ QStringLiteral("create"), path }, cliEnvironment(QByteArray()));
    KASBOEK_COMPARE_EXIT(empty, 2);
    QVERIFY(!QFileInfo::exists(path));
}

void TestCliUsage::createRefusesAShortPassphrase()
{
    const QString path = m_dir.filePath(QStringLiteral("weak.kasboek"));
    const CliRun run = runCli({ QStringLiteral("create"), path }, cliEnvironment("short"));
    KASBOEK_COMPARE_EXIT(run, 5);
    QVERIFY2(run.err.contains(QStringLiteral("at least 8 characters")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCliUsage::descriptorThatEndsEarly()
{
    const QString path = m_dir.filePath(QStringLiteral("nothing-read.kasboek"));
    const CliRun run
        = runCli({ QStringLiteral("create"), path, QStringLiteral("--passphrase-fd"), QStringLiteral("3") },
                 cliEnvironment(), { { 3, QByteArray() } });
    KASBOEK_COMPARE_EXIT(run, 2);
    QVERIFY2(run.err.contains(QStringLiteral("file descriptor 3 ended before a passphrase was read")),
             qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCliUsage::messagesSpeakTheUsersLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("emptyFile"); // a message of the core
    QTest::addColumn<QString>("unknownCommand"); // one of kasboek-cli's own
    QTest::addColumn<QString>("reportHelp"); // a command's help, made before any command runs

    QTest::newRow("nl_BE") << QStringLiteral("nl_BE.UTF-8")
                           << QStringLiteral("Het bestand is leeg: het is geen Kasboek-bestand.")
                           << QStringLiteral("onbekende opdracht 'frobnicate'")
                           << QStringLiteral("Een financieel rapport afdrukken: proef- en saldibalans");
    QTest::newRow("fr_BE") << QStringLiteral("fr_BE.UTF-8")
                           << QStringLiteral("Le fichier est vide\u00a0: ce n’est pas un fichier Kasboek.")
                           << QStringLiteral("commande inconnue 'frobnicate'")
                           << QStringLiteral("Afficher un rapport financier\u00a0: balance des comptes");
    QTest::newRow("de_BE") << QStringLiteral("de_BE.UTF-8")
                           << QStringLiteral("Die Datei ist leer: Sie ist keine Kasboek-Datei.")
                           << QStringLiteral("unbekannter Befehl 'frobnicate'")
                           << QStringLiteral("Einen Finanzbericht ausgeben: Summen- und Saldenliste");
    QTest::newRow("C") << QStringLiteral("C.UTF-8")
                       << QStringLiteral("The file is empty: it is not a Kasboek file.")
                       << QStringLiteral("unknown command 'frobnicate'")
                       << QStringLiteral("Print a financial report: trial balance");
}

void TestCliUsage::messagesSpeakTheUsersLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, emptyFile);
    QFETCH(QString, unknownCommand);
    QFETCH(QString, reportHelp);
    const QString path = m_dir.filePath(QStringLiteral("empty-for-%1.kasboek").arg(locale));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    // As a user's shell sets it; LC_ALL wins over LANG, as in every Unix program.
    QProcessEnvironment environment = cliEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), locale);

    const CliRun info = runCli({ QStringLiteral("info"), path }, environment);
    KASBOEK_COMPARE_EXIT(info, 4);
    QVERIFY2(info.err.contains(emptyFile), qPrintable(info.err));
    const CliRun unknown = runCli({ QStringLiteral("frobnicate") }, environment);
    KASBOEK_COMPARE_EXIT(unknown, 2);
    QVERIFY2(unknown.err.contains(unknownCommand), qPrintable(unknown.err));
    // Command and option names are the same in every language.
    const CliRun help = runCli({ QStringLiteral("help"), QStringLiteral("report") }, environment);
    KASBOEK_COMPARE_EXIT(help, 0);
    QVERIFY2(help.out.contains(reportHelp), qPrintable(help.out));
    QVERIFY2(help.out.contains(QStringLiteral("--format text|csv|json")), qPrintable(help.out));
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "TestCliUsage.moc"
