#pragma once

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace kasboek::test {

// The outcome of one run of the real kasboek-cli binary.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    [[nodiscard]] QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
    [[nodiscard]] QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg(exitCode).arg(out, err);
    }
};

// The environment for kasboek-cli: the test's own, without any passphrase it may
// have inherited, plus the ones given. Messages in English whatever the machine's language
// (C.UTF-8: plain C would make Qt warn that it is not UTF-8).
inline QProcessEnvironment cliEnvironment(const QByteArray& passphrase = {},
                                          const QByteArray& newPassphrase = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("KASBOEK_PASSPHRASE"));
    environment.remove(QStringLiteral("KASBOEK_NEW_PASSPHRASE"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (!passphrase.isEmpty())
        environment.insert(QStringLiteral("KASBOEK_PASSPHRASE"), QString::fromUtf8(passphrase));
    if (!newPassphrase.isEmpty())
        environment.insert(QStringLiteral("KASBOEK_NEW_PASSPHRASE"), QString::fromUtf8(newPassphrase));
    return environment;
}

// Runs kasboek-cli with `arguments`. `descriptors` maps file descriptor numbers to
// what the program reads from them (through /bin/sh: `exec 3<FILE`), for
// --passphrase-fd. The child runs in a new session, so it has no controlling
// terminal even when the tests run in one: a prompt fails instead of waiting.
// If a passphrase of 8 or more characters shows up in the output, the run counts
// as a failure (exit code -100), whatever the program returned.
inline CliRun runCli(const QStringList& arguments, const QProcessEnvironment& environment = cliEnvironment(),
                     const QMap<int, QByteArray>& descriptors = {}, const QString& workingDirectory = {})
{
    QTemporaryDir scratch;
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
#if defined(Q_OS_UNIX)
    process.setChildProcessModifier([] { ::setsid(); });
#endif

    QByteArrayList secrets;
    for (const char* variable : { "KASBOEK_PASSPHRASE", "KASBOEK_NEW_PASSPHRASE" }) {
        const QString value = environment.value(QString::fromLatin1(variable));
        if (!value.isEmpty())
            secrets.append(value.toUtf8());
    }
    if (descriptors.isEmpty()) {
        process.start(QStringLiteral(KASBOEK_CLI), arguments);
    } else {
        // sh -c 'exec 3<"$1" 4<"$2"; shift 2; exec "$0" "$@"' kasboek-cli FILE3 FILE4 ARGS...
        QString script;
        QStringList shellArguments { QStringLiteral("-c"), {}, QStringLiteral(KASBOEK_CLI) };
        int position = 1;
        for (auto it = descriptors.cbegin(); it != descriptors.cend(); ++it, ++position) {
            const QString path = scratch.filePath(QStringLiteral("fd%1").arg(it.key()));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size())
                return { -1, {}, QStringLiteral("could not write %1").arg(path) };
            file.close();
            script += QStringLiteral("exec %1<\"$%2\"; ").arg(it.key()).arg(position);
            shellArguments.append(path);
            secrets += it.value().split('\n');
        }
        script += QStringLiteral("shift %1; exec \"$0\" \"$@\"").arg(descriptors.size());
        shellArguments[1] = script;
        process.start(QStringLiteral("/bin/sh"), shellArguments + arguments);
    }
    if (!process.waitForStarted(30000))
        return { -1, {}, QStringLiteral("kasboek-cli did not start: ") + process.errorString() };
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return { -1, {}, QStringLiteral("kasboek-cli did not finish within two minutes") };
    }
    CliRun run { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                 QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    for (const QByteArray& secret : std::as_const(secrets)) {
        const QByteArray trimmed = secret.trimmed();
        if (trimmed.size() >= 8
            && (run.out.toUtf8().contains(trimmed) || run.err.toUtf8().contains(trimmed))) {
            run.err.prepend(QStringLiteral("A PASSPHRASE WAS PRINTED\n"));
            run.exitCode = -100;
        }
    }
    return run;
}

} // namespace kasboek::test

// QCOMPARE of a run's exit code that shows the run's output when it fails.
#define KASBOEK_COMPARE_EXIT(run, expected)                                                                  \
    do {                                                                                                     \
        const kasboek::test::CliRun& kasboek_run_ = (run);                                                   \
        if (kasboek_run_.exitCode != (expected))                                                             \
            qWarning().noquote() << kasboek_run_.describe();                                                 \
        QCOMPARE(kasboek_run_.exitCode, (expected));                                                         \
    } while (false)
