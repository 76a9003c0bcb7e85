#include <QProcess>
#include <QtTest>

// The real executable, started as a user or a script would.
class TestDesktopApp : public QObject
{
    Q_OBJECT
private slots:
    void versionWorksWithoutADisplay();
    void helpWorksWithoutADisplay();
    void unknownOptionFails();

private:
    static QProcessEnvironment withoutDisplay();
};

QProcessEnvironment TestDesktopApp::withoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        environment.remove(QString::fromLatin1(name));
    return environment;
}

void TestDesktopApp::versionWorksWithoutADisplay()
{
    QProcess app;
    app.setProcessEnvironment(withoutDisplay());
    app.start(QStringLiteral(KASBOEK_DESKTOP_EXECUTABLE), { QStringLiteral("--version") });
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    QCOMPARE(app.readAllStandardOutput(), QByteArray("Kasboek " KASBOEK_VERSION "\n"));
}

void TestDesktopApp::helpWorksWithoutADisplay()
{
    QProcess app;
    app.setProcessEnvironment(withoutDisplay());
    app.start(QStringLiteral(KASBOEK_DESKTOP_EXECUTABLE), { QStringLiteral("--help") });
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitCode(), 0);
    QVERIFY(app.readAllStandardOutput().startsWith("Usage: kasboek"));
}

void TestDesktopApp::unknownOptionFails()
{
    QProcess app;
    QProcessEnvironment environment = withoutDisplay();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(KASBOEK_DESKTOP_EXECUTABLE), { QStringLiteral("--no-such-option") });
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY(app.readAllStandardError().contains("--no-such-option"));
}

QTEST_GUILESS_MAIN(TestDesktopApp)
#include "TestDesktopApp.moc"
