// A helper process for the storage tests, which need a second process:
//   kasboek_storage_probe hold FILE    open FILE, print "ready", wait until stdin closes
//   kasboek_storage_probe churn FILE SEED
//       run 1,000 random write transactions; after each commit print "committed N"
//       (N = 1, 2, ...) and flush, so the parent knows exactly what was acknowledged.
// The passphrase comes from KASBOEK_PASSPHRASE.
#include "storage/CompanyFile.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>
#include <cstdio>

using namespace kasboek;

namespace {

int churn(storage::CompanyFile& file, quint32 seed)
{
    QRandomGenerator random(seed);
    for (int n = 1; n <= 1000; ++n) {
        auto work = file.beginWork();
        if (!work)
            return 3;
        storage::Database& db = work->database();
        // Each transaction: a marker row proving it committed, plus random inserts,
        // updates and deletes of filler rows of random size (spanning pages).
        auto marker = db.prepare("INSERT INTO settings (key, value) VALUES (?1, ?2)");
        marker->bind(1, QStringLiteral("durability.%1.%2").arg(seed).arg(n)).bind(2, QString::number(n));
        if (!marker->run())
            return 4;
        const int operations = random.bounded(1, 6);
        for (int i = 0; i < operations; ++i) {
            const QString key = QStringLiteral("filler.%1").arg(random.bounded(200));
            auto remove = db.prepare("DELETE FROM settings WHERE key = ?1");
            remove->bind(1, key);
            if (!remove->run())
                return 5;
            if (random.bounded(4) != 0) {
                auto insert = db.prepare("INSERT INTO settings (key, value) VALUES (?1, ?2)");
                insert->bind(1, key).bind(2, QString(random.bounded(1, 6000), u'x'));
                if (!insert->run())
                    return 6;
            }
        }
        if (!work->commit())
            return 7;
        std::printf("committed %d\n", n);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    const crypto::SecureBuffer passphrase(qgetenv("KASBOEK_PASSPHRASE"));
    auto file = storage::CompanyFile::open(args.at(2), passphrase);
    if (!file) {
        std::printf("error %d %s\n", static_cast<int>(file.error().code), qPrintable(file.error().message));
        return 1;
    }
    if (args.at(1) == u"hold") {
        std::printf("ready\n");
        std::fflush(stdout);
        while (std::fgetc(stdin) != EOF) { }
        return 0;
    }
    if (args.at(1) == u"churn" && args.size() == 4)
        return churn(**file, args.at(3).toUInt());
    return 2;
}
