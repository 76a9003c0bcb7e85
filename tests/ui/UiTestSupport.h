#pragma once

#include "TestSupport.h"
#include "crypto/SecureBuffer.h"
#include "storage/CompanyFile.h"

#include <QSettings>
#include <QTemporaryDir>
#include <memory>

namespace kasboek::test {

// Opening or creating a file derives a key (about half a second, longer on a busy
// machine); the UI tests wait this long for it.
constexpr int keyDerivationTimeoutMs = 15000;

inline QString uiTestPassphrase()
{
    return QString::fromLatin1(testPassphrase());
}

inline crypto::SecureBuffer secret(const QString& text)
{
    return crypto::SecureBuffer(text.toUtf8());
}

// Makes a company file through the core, closed again, for tests that open one.
inline void makeCompanyFile(const QString& path, const QString& passphrase = uiTestPassphrase())
{
    auto file = storage::CompanyFile::create(path, secret(passphrase),
                                             { QStringLiteral("Atelier Verhaegen"), QStringLiteral("BE") });
    if (!file)
        qFatal("creating a test file failed: %s", qPrintable(file.error().toString()));
}

// A settings file of its own per test, so no test sees the user's (or another test's)
// recent files and window geometry.
class TemporarySettings final
{
public:
    TemporarySettings()
        : m_settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
    { }
    QSettings& settings() { return m_settings; }

private:
    QTemporaryDir m_dir;
    QSettings m_settings;
};

} // namespace kasboek::test
