#pragma once

#include "TestSupport.h"
#include "crypto/SecureBuffer.h"
#include "storage/CompanyFile.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

namespace kasboek::test {

inline crypto::SecureBuffer passphrase(QByteArrayView text = {})
{
    return crypto::SecureBuffer(text.isNull() ? QByteArrayView(testPassphrase()) : text);
}

inline std::unique_ptr<storage::CompanyFile>
createFile(const QString& path, const storage::MigrationSet& migrations = storage::MigrationSet::standard())
{
    auto file = storage::CompanyFile::create(
        path, passphrase(), { QStringLiteral("Atelier Verhaegen"), QStringLiteral("BE") }, migrations);
    if (!file)
        qFatal("creating a test file failed: %s", qPrintable(file.error().toString() + file.error().detail));
    return std::move(*file);
}

inline QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Inserts `count` settings rows inside one unit of work, to grow a file over many pages.
inline void fillSettings(storage::CompanyFile& file, int count,
                         const QString& prefix = QStringLiteral("fill"))
{
    auto work = file.beginWork();
    KASBOEK_VERIFY_OK(work);
    auto insert = work->database().prepare("INSERT INTO settings (key, value) VALUES (?1, ?2)");
    KASBOEK_VERIFY_OK(insert);
    for (int i = 0; i < count; ++i) {
        insert->bind(1, prefix + QString::number(i)).bind(2, QString(500, u'v') + QString::number(i));
        KASBOEK_VERIFY_OK(insert->run());
    }
    KASBOEK_VERIFY_OK(work->commit());
}

} // namespace kasboek::test
