#include "CliTestSupport.h"

#include <QElapsedTimer>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#endif

using namespace kasboek::test;

// The passphrase prompt, on a pseudo-terminal that kasboek-cli gets as its
// controlling terminal: prompts appear there (not on stdout), nothing typed is
// echoed, a new passphrase is asked twice, and Ctrl-C gives the echo back.
class TestCliTerminal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createAsksTwiceWithoutEcho();
    void mismatchIsRefused();
    void infoAsksOnce();
    void interruptRestoresEcho();

#if defined(Q_OS_UNIX)
private:
    // A kasboek-cli whose controlling terminal is a new pseudo-terminal; its
    // stdin, stdout and stderr stay QProcess's pipes.
    struct Session
    {
        int master = -1;
        int slave = -1; // held open by the test too, so the master never reads as hung up
        QProcess process;
        QByteArray screen; // everything written to the terminal so far
        ~Session()
        {
            if (process.state() != QProcess::NotRunning) {
                process.kill();
                process.waitForFinished();
            }
            if (slave >= 0)
                ::close(slave);
            if (master >= 0)
                ::close(master);
        }
    };
    bool start(Session& session, const QStringList& arguments);
    bool waitFor(Session& session, const QByteArray& text);
    void drain(Session& session);
    bool type(Session& session, const QByteArray& line);
    bool echoIsOn(const Session& session) const;
#endif

    QTemporaryDir m_dir;
    QString m_file;
};

#if defined(Q_OS_UNIX)

bool TestCliTerminal::start(Session& session, const QStringList& arguments)
{
    session.master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (session.master < 0 || ::grantpt(session.master) != 0 || ::unlockpt(session.master) != 0)
        return false;
    const char* name = ::ptsname(session.master);
    if (name == nullptr)
        return false;
    const QByteArray slave(name);
    session.slave = ::open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (session.slave < 0)
        return false;
    session.process.setProcessEnvironment(cliEnvironment());
    // After fork, before exec: a new session whose controlling terminal is the pty.
    session.process.setChildProcessModifier([slave] {
        ::setsid();
        const int fd = ::open(slave.constData(), O_RDWR);
        if (fd >= 0) {
            ::ioctl(fd, TIOCSCTTY, 0);
            ::close(fd);
        }
    });
    session.process.start(QStringLiteral(KASBOEK_CLI), arguments);
    return session.process.waitForStarted(30000);
}

bool TestCliTerminal::waitFor(Session& session, const QByteArray& text)
{
    QElapsedTimer timer;
    timer.start();
    while (!session.screen.contains(text)) {
        if (timer.hasExpired(60000))
            return false;
        pollfd poller { session.master, POLLIN, 0 };
        if (::poll(&poller, 1, 200) <= 0)
            continue;
        char buffer[512];
        const ssize_t got = ::read(session.master, buffer, sizeof buffer);
        if (got <= 0)
            return false;
        session.screen.append(buffer, got);
    }
    return true;
}

void TestCliTerminal::drain(Session& session)
{
    pollfd poller { session.master, POLLIN, 0 };
    char buffer[512];
    while (::poll(&poller, 1, 100) > 0) {
        const ssize_t got = ::read(session.master, buffer, sizeof buffer);
        if (got <= 0)
            return;
        session.screen.append(buffer, got);
    }
}

bool TestCliTerminal::type(Session& session, const QByteArray& line)
{
    // Echo goes off just after the prompt is written, discarding what was typed
    // ahead (as getpass does): wait until it is off, as a person would.
    QElapsedTimer timer;
    timer.start();
    while (echoIsOn(session)) {
        if (timer.hasExpired(10000))
            return false;
        ::usleep(10000);
    }
    const QByteArray bytes = line + '\n';
    return ::write(session.master, bytes.constData(), static_cast<size_t>(bytes.size())) == bytes.size();
}

bool TestCliTerminal::echoIsOn(const Session& session) const
{
    termios settings {};
    return ::tcgetattr(session.master, &settings) == 0 && (settings.c_lflag & ECHO) != 0;
}

void TestCliTerminal::initTestCase()
{
    m_file = m_dir.filePath(QStringLiteral("typed.kasboek"));
}

void TestCliTerminal::createAsksTwiceWithoutEcho()
{
    Session session;
    QVERIFY(start(session, { QStringLiteral("create"), m_file }));
    QVERIFY2(waitFor(session, "New passphrase for " + m_file.toUtf8() + ": "), session.screen);
    QVERIFY(type(session, testPassphrase()));
    QVERIFY2(waitFor(session, "Repeat the new passphrase: "), session.screen);
    QVERIFY(type(session, testPassphrase()));
    QVERIFY(session.process.waitForFinished(60000));
    QCOMPARE(session.process.exitCode(), 0);
    QCOMPARE(session.process.readAllStandardOutput(), "Created " + m_file.toUtf8() + " for typed (BE).\n");
    QCOMPARE(session.process.readAllStandardError(), QByteArray());
    drain(session);
    QVERIFY2(!session.screen.contains(testPassphrase()), session.screen);
    QVERIFY(echoIsOn(session));
}

void TestCliTerminal::mismatchIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("mismatch.kasboek"));
    Session session;
    QVERIFY(start(session, { QStringLiteral("create"), path }));
    QVERIFY(waitFor(session, "New passphrase"));
    QVERIFY(type(session, "the first passphrase"));
    QVERIFY(waitFor(session, "Repeat the new passphrase: "));
    QVERIFY(type(session, "the second passphrase"));
    QVERIFY(session.process.waitForFinished(60000));
    QCOMPARE(session.process.exitCode(), 5);
    QVERIFY(session.process.readAllStandardError().contains("do not match"));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCliTerminal::infoAsksOnce()
{
    QVERIFY(QFileInfo::exists(m_file));
    Session session;
    QVERIFY(start(session, { QStringLiteral("info"), m_file }));
    QVERIFY(waitFor(session, "Passphrase for " + m_file.toUtf8() + ": "));
    QVERIFY(type(session, testPassphrase()));
    QVERIFY(session.process.waitForFinished(60000));
    QCOMPARE(session.process.exitCode(), 0);
    QVERIFY(session.process.readAllStandardOutput().contains("Argon2id"));
    QVERIFY(!session.screen.contains("Repeat"));
}

void TestCliTerminal::interruptRestoresEcho()
{
    const QString path = m_dir.filePath(QStringLiteral("interrupted.kasboek"));
    Session session;
    QVERIFY(start(session, { QStringLiteral("create"), path }));
    QVERIFY(waitFor(session, "New passphrase"));
    QElapsedTimer timer;
    timer.start();
    while (echoIsOn(session) && !timer.hasExpired(10000))
        ::usleep(10000);
    QVERIFY(!echoIsOn(session));
    QCOMPARE(::write(session.master, "\x03", 1), 1); // Ctrl-C
    QVERIFY(session.process.waitForFinished(30000));
    QCOMPARE(session.process.exitStatus(), QProcess::CrashExit); // died of SIGINT, as it should
    QVERIFY(echoIsOn(session));
    QVERIFY(!QFileInfo::exists(path));
}

#else

void TestCliTerminal::initTestCase()
{
    QSKIP("pseudo-terminals are a Unix test; the Windows console prompt is tested by hand");
}
void TestCliTerminal::createAsksTwiceWithoutEcho() { }
void TestCliTerminal::mismatchIsRefused() { }
void TestCliTerminal::infoAsksOnce() { }
void TestCliTerminal::interruptRestoresEcho() { }

#endif

QTEST_GUILESS_MAIN(TestCliTerminal)
#include "TestCliTerminal.moc"
