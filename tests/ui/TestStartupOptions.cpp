#include "app/StartupOptions.h"

#include <QtTest>

using kasboek::ui::StartupOptions;
using Action = StartupOptions::Action;

class TestStartupOptions : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void versionText();
};

void TestStartupOptions::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("file");
    const QString program = QStringLiteral("kasboek");
    QTest::newRow("nothing") << QStringList { program } << true << Action::Run << QString();
    QTest::newRow("file") << QStringList { program, QStringLiteral("books.kasboek") } << true << Action::Run
                          << QStringLiteral("books.kasboek");
    QTest::newRow("version") << QStringList { program, QStringLiteral("--version") } << false
                             << Action::ShowVersion << QString();
    QTest::newRow("-v after a file") << QStringList { program, QStringLiteral("a.kasboek"),
                                                      QStringLiteral("-v") }
                                     << false << Action::ShowVersion << QString();
    QTest::newRow("help") << QStringList { program, QStringLiteral("--help") } << true << Action::ShowHelp
                          << QString();
    QTest::newRow("Qt option, lenient")
        << QStringList { program, QStringLiteral("-reverse") } << false << Action::Run << QString();
    QTest::newRow("unknown option, strict")
        << QStringList { program, QStringLiteral("--frobnicate") } << true << Action::Fail << QString();
    QTest::newRow("two files") << QStringList { program, QStringLiteral("a"), QStringLiteral("b") } << true
                               << Action::Fail << QString();
    QTest::newRow("dash file after --")
        << QStringList { program, QStringLiteral("--"), QStringLiteral("-odd") } << true << Action::Run
        << QStringLiteral("-odd");
}

void TestStartupOptions::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, strict);
    QFETCH(Action, action);
    QFETCH(QString, file);
    const StartupOptions options = StartupOptions::parse(arguments, strict);
    QCOMPARE(options.action, action);
    QCOMPARE(options.file, file);
    QCOMPARE(options.message.isEmpty(), action != Action::Fail);
}

void TestStartupOptions::versionText()
{
    QCOMPARE(StartupOptions::versionText(), QStringLiteral("Kasboek " KASBOEK_VERSION));
    QVERIFY(StartupOptions::helpText().contains(QStringLiteral("--version")));
}

QTEST_GUILESS_MAIN(TestStartupOptions)
#include "TestStartupOptions.moc"
