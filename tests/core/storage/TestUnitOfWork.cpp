#include "StorageTestSupport.h"

using namespace kasboek;
using namespace kasboek::test;

namespace {

// Records in the same transaction as the change, as the audit trail will.
class RecordingObserver final : public storage::ChangeObserver
{
public:
    bool failNext = false;
    QList<storage::ChangeRecord> seen;

    Result<void> recordChange(storage::Database& database, const storage::ChangeRecord& change) override
    {
        if (failNext)
            return fail(ErrorCode::Database, QStringLiteral("observer refused"));
        seen.append(change);
        auto insert = database.prepare("INSERT INTO settings (key, value) VALUES (?1, ?2)");
        if (!insert)
            return std::unexpected(insert.error());
        insert->bind(1, QStringLiteral("log.%1").arg(seen.size())).bind(2, change.table);
        return insert->run();
    }
};

Result<void> writeSetting(storage::UnitOfWork& work, const QString& key)
{
    auto insert = work.database().prepare("INSERT INTO settings (key, value) VALUES (?1, 'v')");
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, key);
    if (auto ran = insert->run(); !ran)
        return ran;
    return work.record({ QStringLiteral("settings"),
                         key,
                         work.database().lastInsertRowId(),
                         storage::ChangeKind::Insert,
                         {},
                         { { QStringLiteral("key"), key } } });
}

qint64 count(storage::CompanyFile& file, const char* sql)
{
    return file.database().queryInt(sql).value_or(-1);
}

} // namespace

class TestUnitOfWork : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void observersSeeEveryChangeInTheSameTransaction();
    void observerFailureRollsEverythingBack();
    void uncommittedWorkIsRolledBack();
    void oneTimestampPerUnit();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::CompanyFile> m_file;
    RecordingObserver m_observer;
};

void TestUnitOfWork::init()
{
    static int n = 0;
    m_file = createFile(m_dir.filePath(QStringLiteral("uow%1.kasboek").arg(++n)));
    m_observer = RecordingObserver {};
    m_file->addChangeObserver(&m_observer);
}

void TestUnitOfWork::cleanup()
{
    m_file.reset();
}

void TestUnitOfWork::observersSeeEveryChangeInTheSameTransaction()
{
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    KASBOEK_VERIFY_OK(writeSetting(*work, QStringLiteral("a")));
    KASBOEK_VERIFY_OK(writeSetting(*work, QStringLiteral("b")));
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(m_observer.seen.size(), 2);
    QCOMPARE(m_observer.seen[1].uid, QStringLiteral("b"));
    QCOMPARE(m_observer.seen[1].after.value(QStringLiteral("key")).toString(), QStringLiteral("b"));
    QCOMPARE(count(*m_file, "SELECT count(*) FROM settings WHERE key LIKE 'log.%'"), 2);
}

void TestUnitOfWork::observerFailureRollsEverythingBack()
{
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    KASBOEK_VERIFY_OK(writeSetting(*work, QStringLiteral("kept?")));
    m_observer.failNext = true;
    KASBOEK_VERIFY_ERROR(writeSetting(*work, QStringLiteral("refused")), ErrorCode::Database);
    // The unit is finished: committing does not resurrect the first write.
    QVERIFY(!work->commit().has_value());
    QCOMPARE(count(*m_file, "SELECT count(*) FROM settings WHERE key IN ('kept?', 'refused')"), 0);
    QCOMPARE(count(*m_file, "SELECT count(*) FROM settings WHERE key LIKE 'log.%'"), 0);
}

void TestUnitOfWork::uncommittedWorkIsRolledBack()
{
    {
        auto work = m_file->beginWork();
        KASBOEK_VERIFY_OK(work);
        KASBOEK_VERIFY_OK(writeSetting(*work, QStringLiteral("abandoned")));
    }
    QCOMPARE(count(*m_file, "SELECT count(*) FROM settings WHERE key = 'abandoned'"), 0);
    // The file accepts new work afterwards.
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    KASBOEK_VERIFY_OK(writeSetting(*work, QStringLiteral("next")));
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(count(*m_file, "SELECT count(*) FROM settings WHERE key = 'next'"), 1);
}

void TestUnitOfWork::oneTimestampPerUnit()
{
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const QString first = work->timestamp();
    QTest::qWait(5);
    QCOMPARE(work->timestamp(), first);
    QVERIFY(first.endsWith(u'Z'));
    QVERIFY(QDateTime::fromString(first, Qt::ISODateWithMs).isValid());
}

QTEST_GUILESS_MAIN(TestUnitOfWork)
#include "TestUnitOfWork.moc"
