#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <cstdio>
#include <cstdlib>

namespace kasboek::test {

QString dataDir()
{
    return QStringLiteral(KASBOEK_TEST_DATA_DIR);
}

QString sharedDir()
{
    const QFileInfo info(QStringLiteral(KASBOEK_SHARED_DIR));
    return info.isDir() ? info.canonicalFilePath() : QString();
}

QString requireSharedDir(const char* why)
{
    const QString dir = sharedDir();
    if (dir.isEmpty()) {
        std::fprintf(stdout, "SKIPPED: %s needs the shared folder (KASBOEK_SHARED_DIR=%s), which is absent\n",
                     why, KASBOEK_SHARED_DIR);
        std::fflush(stdout);
        std::exit(KASBOEK_SKIP_RETURN_CODE);
    }
    return dir;
}

QByteArray testPassphrase()
{
    return QByteArrayLiteral("correct horse battery staple");
}

} // namespace kasboek::test
