#include "UiTestSupport.h"
#include "app/RecentFiles.h"
#include "models/RecentFilesModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

using namespace kasboek;
using namespace kasboek::test;
using ui::RecentFilesModel;

class TestRecentFilesModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void newestFirstWithoutDuplicates();
    void keepsAtMostTen();
    void missingFilesAreFlagged();
    void removeAndClear();
    void survivesARestart();

private:
    QString touch(const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<TemporarySettings> m_settings;
};

void TestRecentFilesModel::init()
{
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<TemporarySettings>();
}

QString TestRecentFilesModel::touch(const QString& name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot create %s", qPrintable(path));
    return path;
}

void TestRecentFilesModel::newestFirstWithoutDuplicates()
{
    ui::RecentFiles recent(m_settings->settings());
    RecentFilesModel model(recent);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString a = touch(QStringLiteral("a.kasboek"));
    const QString b = touch(QStringLiteral("b.kasboek"));
    recent.add(a);
    recent.add(b);
    recent.add(m_dir.path() + QStringLiteral("/./a.kasboek")); // same file, other spelling
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.pathAt(0), a);
    QCOMPARE(model.pathAt(1), b);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("a.kasboek"));
    QCOMPARE(model.index(0).data(RecentFilesModel::FolderRole).toString(),
             QDir::toNativeSeparators(m_dir.path()));
    QCOMPARE(model.index(0).data(RecentFilesModel::ExistsRole).toBool(), true);
    QVERIFY(!model.index(0).data(Qt::AccessibleTextRole).toString().isEmpty());
    QCOMPARE(model.roleNames().value(RecentFilesModel::PathRole), QByteArray("path"));
}

void TestRecentFilesModel::keepsAtMostTen()
{
    ui::RecentFiles recent(m_settings->settings());
    RecentFilesModel model(recent);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 13; ++i)
        recent.add(touch(QStringLiteral("f%1.kasboek").arg(i)));
    QCOMPARE(model.rowCount(), int(ui::RecentFiles::maximumCount));
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("f12.kasboek"));
    QCOMPARE(model.index(9).data().toString(), QStringLiteral("f3.kasboek"));
}

void TestRecentFilesModel::missingFilesAreFlagged()
{
    ui::RecentFiles recent(m_settings->settings());
    RecentFilesModel model(recent);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString there = touch(QStringLiteral("there.kasboek"));
    recent.add(there);
    recent.add(m_dir.filePath(QStringLiteral("never-was.kasboek")));
    QCOMPARE(model.index(0).data(RecentFilesModel::ExistsRole).toBool(), false);
    QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("not found")));
    QVERIFY(model.index(0).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("not found")));
    QCOMPARE(model.index(1).data(RecentFilesModel::ExistsRole).toBool(), true);

    // A file deleted later shows as missing after a refresh.
    QVERIFY(QFile::remove(there));
    model.refresh();
    QCOMPARE(model.index(1).data(RecentFilesModel::ExistsRole).toBool(), false);
}

void TestRecentFilesModel::removeAndClear()
{
    ui::RecentFiles recent(m_settings->settings());
    RecentFilesModel model(recent);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&recent, &ui::RecentFiles::changed);
    const QString a = touch(QStringLiteral("a.kasboek"));
    const QString b = touch(QStringLiteral("b.kasboek"));
    recent.add(a);
    recent.add(b);
    recent.remove(a);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.pathAt(0), b);
    recent.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(changed.count(), 4);
    QVERIFY(!m_settings->settings().contains(QStringLiteral("recentFiles/paths")));
}

void TestRecentFilesModel::survivesARestart()
{
    const QString a = touch(QStringLiteral("a.kasboek"));
    {
        ui::RecentFiles recent(m_settings->settings());
        recent.add(a);
    }
    m_settings->settings().sync();
    QSettings reread(m_settings->settings().fileName(), QSettings::IniFormat);
    ui::RecentFiles recent(reread);
    QCOMPARE(recent.paths(), QStringList { a });
}

QTEST_GUILESS_MAIN(TestRecentFilesModel)
#include "TestRecentFilesModel.moc"
