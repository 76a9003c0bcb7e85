#include "TestSupport.h"
#include "crypto/SecureBuffer.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QTemporaryDir>

using namespace kasboek;
using namespace kasboek::storage;

class TestSqliteLayer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void bindsAndReadsEveryType();
    void valuesAreNeverInterpretedAsSql();
    void secretsBindAsText();
    void errorsAreTypedValues();
    void transactionRollsBackUnlessCommitted();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSqliteLayer::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("plain.db")), Database::OpenMode::ReadWriteCreate);
    KASBOEK_VERIFY_OK(db);
    m_db = std::move(*db);
    KASBOEK_VERIFY_OK(m_db->execute("DROP TABLE IF EXISTS t;"
                                    "CREATE TABLE t (i INTEGER, s TEXT, b BLOB, u TEXT UNIQUE)"));
}

void TestSqliteLayer::cleanup()
{
    m_db.reset();
}

void TestSqliteLayer::bindsAndReadsEveryType()
{
    auto insert = m_db->prepare("INSERT INTO t (i, s, b, u) VALUES (?1, ?2, ?3, ?4)");
    KASBOEK_VERIFY_OK(insert);
    const QByteArray blob("\x00\x01\xff", 3);
    insert->bind(1, std::numeric_limits<qint64>::min())
        .bind(2, QStringLiteral("Ærøskøbing – 東京"))
        .bindBlob(3, blob);
    insert->bindNull(4);
    KASBOEK_VERIFY_OK(insert->run());
    insert->bind(1, qint64 { 7 })
        .bindOptionalText(2, QString())
        .bindBlob(3, QByteArray())
        .bind(4, std::optional<qint64> {});
    KASBOEK_VERIFY_OK(insert->run());

    auto select = m_db->prepare("SELECT i, s, b, u FROM t ORDER BY rowid");
    KASBOEK_VERIFY_OK(select);
    auto row = select->step();
    KASBOEK_VERIFY_OK(row);
    QVERIFY(*row);
    QCOMPARE(select->columnInt(0), std::numeric_limits<qint64>::min());
    QCOMPARE(select->columnText(1), QStringLiteral("Ærøskøbing – 東京"));
    QCOMPARE(select->columnBlob(2), blob);
    QVERIFY(select->columnIsNull(3));
    row = select->step();
    QVERIFY(*row);
    QVERIFY(select->columnIsNull(1)); // an empty optional text is NULL
    QVERIFY(!select->columnIsNull(2)); // an empty blob is not
    QCOMPARE(select->columnOptionalInt(3), std::optional<qint64> {});
    row = select->step();
    QVERIFY(!*row);
}

void TestSqliteLayer::valuesAreNeverInterpretedAsSql()
{
    auto insert = m_db->prepare("INSERT INTO t (s) VALUES (?1)");
    KASBOEK_VERIFY_OK(insert);
    insert->bind(1, QStringLiteral("x'); DROP TABLE t; --"));
    KASBOEK_VERIFY_OK(insert->run());
    QCOMPARE(m_db->queryInt("SELECT count(*) FROM t WHERE s LIKE 'x''); DROP%'").value_or(-1), 1);
}

void TestSqliteLayer::secretsBindAsText()
{
    auto insert = m_db->prepare("INSERT INTO t (s) VALUES (?1)");
    KASBOEK_VERIFY_OK(insert);
    insert->bindSecret(1, crypto::SecureBuffer(QByteArrayView("x'00ff'")));
    KASBOEK_VERIFY_OK(insert->run());
    auto select = m_db->prepare("SELECT s, typeof(s) FROM t");
    KASBOEK_VERIFY_OK(select);
    KASBOEK_VERIFY_OK(select->step());
    QCOMPARE(select->columnText(0), QStringLiteral("x'00ff'"));
    QCOMPARE(select->columnText(1), QStringLiteral("text"));
}

void TestSqliteLayer::errorsAreTypedValues()
{
    KASBOEK_VERIFY_ERROR(m_db->prepare("SELEC nonsense"), ErrorCode::Database);
    auto insert = m_db->prepare("INSERT INTO t (u) VALUES ('same')");
    KASBOEK_VERIFY_OK(insert);
    KASBOEK_VERIFY_OK(insert->run());
    auto duplicate = insert->run();
    KASBOEK_VERIFY_ERROR(duplicate, ErrorCode::Conflict);
    QVERIFY(duplicate.error().detail.contains(QStringLiteral("UNIQUE")));
    // A bind to a parameter that does not exist surfaces at step().
    auto bad = m_db->prepare("SELECT ?1");
    KASBOEK_VERIFY_OK(bad);
    bad->bind(5, qint64 { 1 });
    KASBOEK_VERIFY_ERROR(bad->step(), ErrorCode::Database);
}

void TestSqliteLayer::transactionRollsBackUnlessCommitted()
{
    {
        auto transaction = Transaction::begin(*m_db);
        KASBOEK_VERIFY_OK(transaction);
        KASBOEK_VERIFY_OK(m_db->execute("INSERT INTO t (i) VALUES (1)"));
    }
    QCOMPARE(m_db->queryInt("SELECT count(*) FROM t").value_or(-1), 0);
    auto transaction = Transaction::begin(*m_db);
    KASBOEK_VERIFY_OK(transaction);
    KASBOEK_VERIFY_OK(m_db->execute("INSERT INTO t (i) VALUES (2)"));
    KASBOEK_VERIFY_OK(transaction->commit());
    QVERIFY(!transaction->isActive());
    QCOMPARE(m_db->queryInt("SELECT count(*) FROM t").value_or(-1), 1);
}

QTEST_GUILESS_MAIN(TestSqliteLayer)
#include "TestSqliteLayer.moc"
