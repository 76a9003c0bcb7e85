#include "RepositoryTestSupport.h"
#include "storage/repositories/SettingsRepository.h"

#include <QTest>

using namespace kasboek;
using namespace kasboek::storage;

// SettingsRepository: the file's key/value settings, every change recorded.
class TestSettingsRepository final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CompanyFile> m_file;
    test::RecordingObserver m_observer;

private slots:
    void initTestCase()
    {
        m_file = test::createFile(m_dir.filePath(QStringLiteral("settings.kasboek")));
        m_file->addChangeObserver(&m_observer);
    }

    void init() { m_observer.seen.clear(); }

    void aMissingKeyHasNoValue()
    {
        SettingsRepository settings(m_file->database());
        auto value = settings.value(QStringLiteral("template.accent_color"));
        KASBOEK_VERIFY_OK(value);
        QVERIFY(!value->has_value());
        QCOMPARE(*settings.value(QStringLiteral("template.accent_color"), QStringLiteral("#123456")),
                 QStringLiteral("#123456"));
    }

    void setInsertsThenUpdatesAndRecordsBoth()
    {
        SettingsRepository settings(m_file->database());
        {
            auto work = m_file->beginWork();
            KASBOEK_VERIFY_OK(work);
            KASBOEK_VERIFY_OK(
                settings.setValue(*work, QStringLiteral("reminders.first_after_days"), QStringLiteral("10")));
            KASBOEK_VERIFY_OK(work->commit());
        }
        QCOMPARE(settings.value(QStringLiteral("reminders.first_after_days"))->value(), QStringLiteral("10"));
        QCOMPARE(m_observer.seen.size(), 1);
        QCOMPARE(m_observer.seen[0].kind, ChangeKind::Insert);
        QCOMPARE(m_observer.seen[0].after.value(QStringLiteral("value")).toString(), QStringLiteral("10"));
        {
            auto work = m_file->beginWork();
            KASBOEK_VERIFY_OK(work);
            KASBOEK_VERIFY_OK(
                settings.setValue(*work, QStringLiteral("reminders.first_after_days"), QStringLiteral("14")));
            // The same value again writes and records nothing.
            KASBOEK_VERIFY_OK(
                settings.setValue(*work, QStringLiteral("reminders.first_after_days"), QStringLiteral("14")));
            KASBOEK_VERIFY_OK(work->commit());
        }
        QCOMPARE(m_observer.seen.size(), 2);
        QCOMPARE(m_observer.seen[1].kind, ChangeKind::Update);
        QCOMPARE(m_observer.seen[1].before.value(QStringLiteral("value")).toString(), QStringLiteral("10"));
        QCOMPARE(settings.value(QStringLiteral("reminders.first_after_days"))->value(), QStringLiteral("14"));
    }

    void aRolledBackChangeLeavesNothing()
    {
        SettingsRepository settings(m_file->database());
        {
            auto work = m_file->beginWork();
            KASBOEK_VERIFY_OK(work);
            KASBOEK_VERIFY_OK(
                settings.setValue(*work, QStringLiteral("template.footer"), QStringLiteral("x")));
        }
        QVERIFY(!settings.value(QStringLiteral("template.footer"))->has_value());
    }

    void removeIsIdempotent()
    {
        SettingsRepository settings(m_file->database());
        auto work = m_file->beginWork();
        KASBOEK_VERIFY_OK(work);
        KASBOEK_VERIFY_OK(settings.setValue(*work, QStringLiteral("template.font"), QStringLiteral("Inter")));
        KASBOEK_VERIFY_OK(settings.remove(*work, QStringLiteral("template.font")));
        KASBOEK_VERIFY_OK(settings.remove(*work, QStringLiteral("template.font")));
        KASBOEK_VERIFY_OK(work->commit());
        QVERIFY(!settings.value(QStringLiteral("template.font"))->has_value());
        QCOMPARE(m_observer.seen.size(), 2);
        QCOMPARE(m_observer.seen[1].kind, ChangeKind::Delete);
    }

    void aBlankKeyIsRefused()
    {
        SettingsRepository settings(m_file->database());
        auto work = m_file->beginWork();
        KASBOEK_VERIFY_OK(work);
        KASBOEK_VERIFY_ERROR(settings.setValue(*work, QStringLiteral(" "), QStringLiteral("x")),
                             ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestSettingsRepository)
#include "TestSettingsRepository.moc"
