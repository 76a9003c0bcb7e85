#include "CliTestSupport.h"
#include "StorageTestSupport.h"
#include "storage/FileFormat.h"
#include "storage/Migrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace kasboek;
using namespace kasboek::test;

namespace {

// "Label:   value" lines of `info` as label -> value ("iterations" -> "3").
QMap<QString, QString> infoFields(const QString& text)
{
    static const QRegularExpression line(QStringLiteral("^\\s*([^:]+):[ ]*(.*)$"));
    QMap<QString, QString> fields;
    for (const QString& row : text.split(u'\n', Qt::SkipEmptyParts)) {
        const auto match = line.match(row);
        if (match.hasMatch())
            fields.insert(match.captured(1), match.captured(2));
    }
    return fields;
}

struct Company
{
    QString name;
    QString country;
};

Company companyOf(storage::CompanyFile& file)
{
    auto statement = file.database().prepare("SELECT name, country FROM company WHERE id = 1");
    if (!statement || !statement->step().value_or(false))
        return {};
    return { statement->columnText(0), statement->columnText(1) };
}

QStringList withFd(int descriptor)
{
    return { QStringLiteral("--passphrase-fd"), QString::number(descriptor) };
}

} // namespace

// The commands against real files, through the real binary. The key derivation
// takes about half a second per open by design, so files are shared between tests
// where a test does not change them.
class TestCliCommands : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void infoShowsFormatKdfCipherAndCounts();
    void infoAsJson();
    void createWithCountryAndNameFromADescriptor();
    void createRefusesToOverwrite();
    void wrongPassphraseExitsThreeAndChangesNothing();
    void environmentComesBeforeTheDescriptor();
    void fileInUseExitsFour();
    void noPassphraseSourceWithoutATerminal();
    void checkPassesOnAGoodFile();
    void checkFailsOnADamagedFile();
    void passwdFromTheEnvironment();
    void passwdFromDescriptors();
    void passwdRefusesAWeakOrWrongPassphrase();

private:
    QString copyOfGood(const QString& name);

    QTemporaryDir m_dir;
    QString m_good; // made by `kasboek-cli create` with testPassphrase(); never changed
};

void TestCliCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_good = m_dir.filePath(QStringLiteral("Atelier Verhaegen.kasboek"));
    const CliRun run = runCli({ QStringLiteral("create"), m_good }, cliEnvironment(testPassphrase()));
    KASBOEK_COMPARE_EXIT(run, 0);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, QStringLiteral("Created %1 for Atelier Verhaegen (BE).\n").arg(m_good));
    const qint64 size = QFileInfo(m_good).size();
    QVERIFY(size >= storage::FileFormat::pageSize);
    QCOMPARE(size % storage::FileFormat::pageSize, 0);
}

QString TestCliCommands::copyOfGood(const QString& name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_good, path) ? path : QString();
}

void TestCliCommands::infoShowsFormatKdfCipherAndCounts()
{
    const CliRun run = runCli({ QStringLiteral("info"), m_good }, cliEnvironment(testPassphrase()));
    KASBOEK_COMPARE_EXIT(run, 0);
    QCOMPARE(run.err, QString());
    const auto fields = infoFields(run.out);
    const auto& profile = storage::FileFormat::currentKdfProfile();

    QCOMPARE(fields.value(QStringLiteral("File")), QFileInfo(m_good).absoluteFilePath());
    QCOMPARE(fields.value(QStringLiteral("File size")),
             QStringLiteral("%1 bytes").arg(QFileInfo(m_good).size()));
    QCOMPARE(fields.value(QStringLiteral("Format version")),
             QString::number(storage::MigrationSet::standard().latestVersion()));
    QCOMPARE(fields.value(QStringLiteral("Company")), QStringLiteral("Atelier Verhaegen (BE)"));
    QCOMPARE(fields.value(QStringLiteral("Key derivation")), QStringLiteral("Argon2id"));
    QCOMPARE(fields.value(QStringLiteral("profile")), QString::number(profile.id));
    QCOMPARE(fields.value(QStringLiteral("iterations")), QString::number(profile.argon2.iterations));
    QCOMPARE(fields.value(QStringLiteral("memory")), QStringLiteral("%1 KiB").arg(profile.argon2.memoryKiB));
    QCOMPARE(fields.value(QStringLiteral("lanes")), QString::number(profile.argon2.lanes));
    QCOMPARE(fields.value(QStringLiteral("Cipher")),
             QStringLiteral("SQLCipher, AES-256-CBC with HMAC-SHA1 per page"));
    QCOMPARE(fields.value(QStringLiteral("page size")), QStringLiteral("4096 bytes"));
    // A new file: its company and the two settings that say when and by what it was made.
    QCOMPARE(fields.value(QStringLiteral("company")), QStringLiteral("1"));
    QCOMPARE(fields.value(QStringLiteral("settings")), QStringLiteral("2"));
    QCOMPARE(fields.value(QStringLiteral("contacts")), QStringLiteral("0"));
    QVERIFY(run.out.contains(QStringLiteral("\nRecords:\n")));
}

void TestCliCommands::infoAsJson()
{
    const CliRun run
        = runCli({ QStringLiteral("info"), m_good, QStringLiteral("--format"), QStringLiteral("JSON") },
                 cliEnvironment(testPassphrase()));
    KASBOEK_COMPARE_EXIT(run, 0);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString() + run.out));
    QVERIFY(document.isObject());
    const QJsonObject info = document.object();

    QCOMPARE(QStringList(info.keys()),
             (QStringList { QStringLiteral("cipher"), QStringLiteral("company"), QStringLiteral("file"),
                            QStringLiteral("file_size"), QStringLiteral("format_version"),
                            QStringLiteral("kdf"), QStringLiteral("records") }));
    QCOMPARE(info.value(QStringLiteral("file")).toString(), QFileInfo(m_good).absoluteFilePath());
    QCOMPARE(info.value(QStringLiteral("file_size")).toInteger(), QFileInfo(m_good).size());
    QCOMPARE(info.value(QStringLiteral("format_version")).toInt(),
             storage::MigrationSet::standard().latestVersion());
    const QJsonObject companyJson = info.value(QStringLiteral("company")).toObject();
    QCOMPARE(companyJson.value(QStringLiteral("name")).toString(), QStringLiteral("Atelier Verhaegen"));
    QCOMPARE(companyJson.value(QStringLiteral("country")).toString(), QStringLiteral("BE"));

    const auto& profile = storage::FileFormat::currentKdfProfile();
    const QJsonObject kdf = info.value(QStringLiteral("kdf")).toObject();
    QCOMPARE(kdf.value(QStringLiteral("algorithm")).toString(), QStringLiteral("Argon2id"));
    QCOMPARE(kdf.value(QStringLiteral("profile")).toInt(), int(profile.id));
    QCOMPARE(kdf.value(QStringLiteral("iterations")).toInteger(), qint64(profile.argon2.iterations));
    QCOMPARE(kdf.value(QStringLiteral("memory_kib")).toInteger(), qint64(profile.argon2.memoryKiB));
    QCOMPARE(kdf.value(QStringLiteral("lanes")).toInteger(), qint64(profile.argon2.lanes));

    const QJsonObject cipher = info.value(QStringLiteral("cipher")).toObject();
    QCOMPARE(cipher.value(QStringLiteral("engine")).toString(), QStringLiteral("SQLCipher"));
    QCOMPARE(cipher.value(QStringLiteral("algorithm")).toString(), QStringLiteral("AES-256-CBC"));
    QCOMPARE(cipher.value(QStringLiteral("hmac")).toString(), QStringLiteral("HMAC-SHA1"));
    QCOMPARE(cipher.value(QStringLiteral("page_size")).toInt(), storage::FileFormat::pageSize);

    // The counts are the file's own, table for table; and the company is the one
    // `create` derived from the file name.
    auto file = storage::CompanyFile::open(m_good, passphrase());
    KASBOEK_VERIFY_OK(file);
    auto counts = (*file)->recordCounts();
    KASBOEK_VERIFY_OK(counts);
    const QJsonObject records = info.value(QStringLiteral("records")).toObject();
    QCOMPARE(records.size(), counts->size());
    for (const auto& count : *counts)
        QCOMPARE(records.value(count.table).toInteger(-1), count.rows);
    const Company company = companyOf(**file);
    QCOMPARE(company.name, QStringLiteral("Atelier Verhaegen"));
    QCOMPARE(company.country, QStringLiteral("BE"));
}

void TestCliCommands::createWithCountryAndNameFromADescriptor()
{
    const QString path = m_dir.filePath(QStringLiteral("nl.kasboek"));
    const QByteArray secret("een lange zin als wachtwoord");
    const CliRun run = runCli(QStringList { QStringLiteral("create"), path, QStringLiteral("--country"),
                                            QStringLiteral("nl"), QStringLiteral("--name"),
                                            QStringLiteral("Bakkerij de Vries") }
                                  + withFd(3),
                              cliEnvironment(), { { 3, secret + "\n" } });
    KASBOEK_COMPARE_EXIT(run, 0);
    QCOMPARE(run.out, QStringLiteral("Created %1 for Bakkerij de Vries (NL).\n").arg(path));

    auto file = storage::CompanyFile::open(path, passphrase(secret));
    KASBOEK_VERIFY_OK(file);
    const Company company = companyOf(**file);
    QCOMPARE(company.name, QStringLiteral("Bakkerij de Vries"));
    QCOMPARE(company.country, QStringLiteral("NL"));
}

void TestCliCommands::createRefusesToOverwrite()
{
    const QByteArray before = sha256Of(m_good);
    const CliRun run = runCli({ QStringLiteral("create"), m_good }, cliEnvironment("a different passphrase"));
    KASBOEK_COMPARE_EXIT(run, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(QStringLiteral("already exists")), qPrintable(run.err));
    QCOMPARE(sha256Of(m_good), before);
}

void TestCliCommands::wrongPassphraseExitsThreeAndChangesNothing()
{
    const QByteArray before = sha256Of(m_good);
    const CliRun info
        = runCli({ QStringLiteral("info"), m_good }, cliEnvironment("not the right passphrase"));
    KASBOEK_COMPARE_EXIT(info, 3);
    QCOMPARE(info.out, QString());
    QCOMPARE(info.errLines().size(), 1);
    QVERIFY2(info.err.contains(QStringLiteral("Wrong passphrase")), qPrintable(info.err));

    const CliRun check = runCli(QStringList { QStringLiteral("check"), m_good } + withFd(3), cliEnvironment(),
                                { { 3, "not the right passphrase either\n" } });
    KASBOEK_COMPARE_EXIT(check, 3);
    QCOMPARE(check.out, QString());
    QCOMPARE(sha256Of(m_good), before);
    QVERIFY(QDir(m_dir.path()).entryList({ QStringLiteral("*-wal") }).isEmpty());
}

void TestCliCommands::environmentComesBeforeTheDescriptor()
{
    // The contract's order: KASBOEK_PASSPHRASE when set, otherwise the descriptor.
    const CliRun run = runCli(QStringList { QStringLiteral("info"), m_good } + withFd(3),
                              cliEnvironment(testPassphrase()), { { 3, "not the right passphrase\n" } });
    KASBOEK_COMPARE_EXIT(run, 0);
    const CliRun fromDescriptor
        = runCli(QStringList { QStringLiteral("info"), m_good } + withFd(3), cliEnvironment(),
                 { { 3, testPassphrase() } }); // no newline at the end: fine
    KASBOEK_COMPARE_EXIT(fromDescriptor, 0);
    QCOMPARE(fromDescriptor.out, run.out);
}

void TestCliCommands::fileInUseExitsFour()
{
    auto holder = storage::CompanyFile::open(m_good, passphrase());
    KASBOEK_VERIFY_OK(holder);
    const CliRun run = runCli({ QStringLiteral("info"), m_good }, cliEnvironment(testPassphrase()));
    KASBOEK_COMPARE_EXIT(run, 4);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(QStringLiteral("in use")), qPrintable(run.err));
    // The holder is unaffected.
    KASBOEK_VERIFY_OK((*holder)->recordCounts());
}

void TestCliCommands::noPassphraseSourceWithoutATerminal()
{
    // No variable, no descriptor, and (new session) no terminal to prompt on.
    const QByteArray before = sha256Of(m_good);
    for (const char* command : { "info", "check", "passwd" }) {
        const CliRun run = runCli({ QString::fromLatin1(command), m_good });
        KASBOEK_COMPARE_EXIT(run, 2);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(
            run.err.contains(QStringLiteral("no passphrase: set KASBOEK_PASSPHRASE, use --passphrase-fd N, "
                                            "or run on a terminal")),
            qPrintable(run.err));
    }
    // passwd with the current passphrase but no source for the new one.
    const CliRun passwd = runCli({ QStringLiteral("passwd"), m_good }, cliEnvironment(testPassphrase()));
    KASBOEK_COMPARE_EXIT(passwd, 2);
    QVERIFY2(passwd.err.contains(QStringLiteral("no new passphrase")), qPrintable(passwd.err));
    QVERIFY2(passwd.err.contains(QStringLiteral("KASBOEK_NEW_PASSPHRASE")), qPrintable(passwd.err));
    QCOMPARE(sha256Of(m_good), before);
}

void TestCliCommands::checkPassesOnAGoodFile()
{
    const CliRun run = runCli({ QStringLiteral("check"), m_good }, cliEnvironment(testPassphrase()));
    KASBOEK_COMPARE_EXIT(run, 0);
    QCOMPARE(run.out, QStringLiteral("integrity: ok\nledger: ok\n"));
    QCOMPARE(run.err, QString());
}

void TestCliCommands::checkFailsOnADamagedFile()
{
    // Many rows, so that a late page holds nothing SQLite reads on open.
    const QString path = m_dir.filePath(QStringLiteral("damaged.kasboek"));
    {
        auto file = createFile(path);
        fillSettings(*file, 3000);
    }
    QByteArray bytes = readAll(path);
    QVERIFY(bytes.size() > 100 * storage::FileFormat::pageSize);
    const qsizetype offset = bytes.size() - 3 * storage::FileFormat::pageSize + 777;
    bytes[offset] = static_cast<char>(bytes[offset] ^ 0x10);
    writeAll(path, bytes);

    const CliRun run = runCli({ QStringLiteral("check"), path }, cliEnvironment(testPassphrase()));
    KASBOEK_COMPARE_EXIT(run, 4);
    QVERIFY2(run.out.startsWith(QStringLiteral("integrity: failed\n  ")), qPrintable(run.describe()));
    QVERIFY2(run.out.count(u'\n') > 1, qPrintable(run.describe())); // the problems, under the check
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("kasboek-cli: %1: The file is damaged").arg(path)),
             qPrintable(run.describe()));
}

void TestCliCommands::passwdFromTheEnvironment()
{
    const QString path = copyOfGood(QStringLiteral("passwd-env.kasboek"));
    QVERIFY(!path.isEmpty());
    const QByteArray next("a brand new passphrase");
    const CliRun run = runCli({ QStringLiteral("passwd"), path }, cliEnvironment(testPassphrase(), next));
    KASBOEK_COMPARE_EXIT(run, 0);
    QCOMPARE(run.out, QStringLiteral("Changed the passphrase of %1.\n").arg(path));
    QCOMPARE(run.err, QString());

    const CliRun old = runCli({ QStringLiteral("info"), path }, cliEnvironment(testPassphrase()));
    KASBOEK_COMPARE_EXIT(old, 3);
    const CliRun current = runCli({ QStringLiteral("check"), path }, cliEnvironment(next));
    KASBOEK_COMPARE_EXIT(current, 0);
}

void TestCliCommands::passwdFromDescriptors()
{
    const QString path = copyOfGood(QStringLiteral("passwd-fd.kasboek"));
    QVERIFY(!path.isEmpty());

    // Both on one descriptor: the current passphrase, then the new one.
    const QByteArray second("second passphrase on line two");
    const CliRun oneDescriptor = runCli(QStringList { QStringLiteral("passwd"), path } + withFd(3),
                                        cliEnvironment(), { { 3, testPassphrase() + "\n" + second + "\n" } });
    KASBOEK_COMPARE_EXIT(oneDescriptor, 0);

    // The new one on a descriptor of its own.
    const QByteArray third("third passphrase, from fd 4");
    const CliRun twoDescriptors
        = runCli(QStringList { QStringLiteral("passwd"), path, QStringLiteral("--new-passphrase-fd"),
                               QStringLiteral("4") }
                     + withFd(3),
                 cliEnvironment(), { { 3, second + "\n" }, { 4, third + "\r\n" } });
    KASBOEK_COMPARE_EXIT(twoDescriptors, 0);

    const CliRun withSecond = runCli({ QStringLiteral("info"), path }, cliEnvironment(second));
    KASBOEK_COMPARE_EXIT(withSecond, 3);
    const CliRun withThird = runCli(QStringList { QStringLiteral("info"), path } + withFd(5),
                                    cliEnvironment(), { { 5, third + "\n" } });
    KASBOEK_COMPARE_EXIT(withThird, 0);
}

void TestCliCommands::passwdRefusesAWeakOrWrongPassphrase()
{
    const QString path = copyOfGood(QStringLiteral("passwd-refused.kasboek"));
    QVERIFY(!path.isEmpty());
    const QByteArray before = sha256Of(path);

    const CliRun weak = runCli({ QStringLiteral("passwd"), path }, cliEnvironment(testPassphrase(), "short"));
    KASBOEK_COMPARE_EXIT(weak, 5);
    QVERIFY2(weak.err.contains(QStringLiteral("at least 8 characters")), qPrintable(weak.err));
    QCOMPARE(sha256Of(path), before);

    const CliRun wrong = runCli({ QStringLiteral("passwd"), path },
                                cliEnvironment("not the current passphrase", "a brand new passphrase"));
    KASBOEK_COMPARE_EXIT(wrong, 3);
    QCOMPARE(sha256Of(path), before);
    QVERIFY(QDir(m_dir.path()).entryList({ QStringLiteral("*.rekey-*") }).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "TestCliCommands.moc"
