#include "RepositoryTestSupport.h"
#include "storage/repositories/CompanyProfileRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::test;
using domain::CompanyProfile;
using storage::ChangeKind;
using storage::CompanyProfileRepository;

class TestCompanyProfileRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void loadsTheProfileTheFileWasCreatedWith();
    void updateRoundTripsEveryField();
    void updateRecordsOnlyChangedColumns();
    void updateThatChangesNothingWritesNothing();
    void invalidUpdateWritesNothing();
    void rolledBackWorkLeavesNothing();

private:
    CompanyProfile fullProfile() const;

    QTemporaryDir m_dir;
    std::unique_ptr<storage::CompanyFile> m_file;
    std::unique_ptr<CompanyProfileRepository> m_profile;
    RecordingObserver m_observer;
    CompanyProfile m_created;
};

void TestCompanyProfileRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = createFile(m_dir.filePath(u"company.kasboek"_s));
    m_file->addChangeObserver(&m_observer);
    m_profile = std::make_unique<CompanyProfileRepository>(m_file->database());
    const auto created = m_profile->load();
    KASBOEK_VERIFY_OK(created);
    m_created = *created;
}

void TestCompanyProfileRepository::init()
{
    // Back to the profile the file was created with, behind the repository's back.
    auto restore = m_file->database().prepare(
        "UPDATE company SET name = ?1, legal_form = NULL, country = ?2, street = NULL, postal_code = NULL, "
        "city = NULL, vat_number = NULL, enterprise_number = NULL, kvk_number = NULL, iban = NULL, bic = "
        "NULL, "
        "email = NULL, phone = NULL, website = NULL, currency = 'EUR', updated_at = ?3 WHERE id = 1");
    KASBOEK_VERIFY_OK(restore);
    restore->bind(1, m_created.name)
        .bind(2, m_created.country)
        .bind(3, m_created.updatedAt.toString(Qt::ISODateWithMs));
    KASBOEK_VERIFY_OK(restore->run());
    m_observer.seen.clear();
}

void TestCompanyProfileRepository::cleanupTestCase()
{
    m_profile.reset();
    m_file.reset();
}

CompanyProfile TestCompanyProfileRepository::fullProfile() const
{
    CompanyProfile p = m_created;
    p.name = u"Atelier Verhaegen"_s;
    p.legalForm = u"BV"_s;
    p.country = u"be"_s;
    p.street = u"Korenmarkt 1"_s;
    p.postalCode = u"9000"_s;
    p.city = u"Gent"_s;
    p.vatNumber = u"BE 0123.456.749"_s;
    p.enterpriseNumber = u"0123.456.749"_s;
    p.kvkNumber = u"69599084"_s;
    p.iban = u"BE68 5390 0754 7034"_s;
    p.bic = u"GEBABEBB"_s;
    p.email = u"hallo@Verhaegen.be"_s;
    p.phone = u"+32 9 123 45 67"_s;
    p.website = u"https://www.verhaegen.be"_s;
    p.currency = u"EUR"_s;
    return p;
}

void TestCompanyProfileRepository::loadsTheProfileTheFileWasCreatedWith()
{
    const auto loaded = m_profile->load();
    KASBOEK_VERIFY_OK(loaded);
    QCOMPARE(loaded->name, u"Atelier Verhaegen"_s); // as StorageTestSupport's createFile() names it
    QCOMPARE(loaded->country, u"BE"_s);
    QCOMPARE(loaded->currency, u"EUR"_s);
    QVERIFY(loaded->vatNumber.isEmpty());
    QVERIFY(loaded->createdAt.isValid());
    QCOMPARE(loaded->createdAt.timeSpec(), Qt::UTC);
}

void TestCompanyProfileRepository::updateRoundTripsEveryField()
{
    nextMillisecond();
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const QString time = work->timestamp();
    const auto updated = m_profile->update(*work, fullProfile());
    KASBOEK_VERIFY_OK(updated);
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(updated->vatNumber, u"BE0123456749"_s);
    QCOMPARE(updated->enterpriseNumber, u"0123456749"_s);
    QCOMPARE(updated->iban, u"BE68539007547034"_s);
    QCOMPARE(updated->email, u"hallo@verhaegen.be"_s);
    QCOMPARE(updated->createdAt, m_created.createdAt);
    QCOMPARE(updated->updatedAt, QDateTime::fromString(time, Qt::ISODateWithMs));
    const auto loaded = m_profile->load();
    KASBOEK_VERIFY_OK(loaded);
    QCOMPARE(*loaded, *updated);
    QCOMPARE(m_file->database().queryInt("SELECT count(*) FROM company").value_or(-1), 1);
}

void TestCompanyProfileRepository::updateRecordsOnlyChangedColumns()
{
    nextMillisecond();
    CompanyProfile edited = m_created;
    edited.vatNumber = u"BE0123456749"_s;
    edited.website = u"verhaegen.be"_s;
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    KASBOEK_VERIFY_OK(m_profile->update(*work, edited));
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(m_observer.seen.size(), 1);
    const storage::ChangeRecord& change = m_observer.seen.first();
    QCOMPARE(change.table, u"company"_s);
    QCOMPARE(change.kind, ChangeKind::Update);
    QCOMPARE(change.rowId, 1);
    QVERIFY(change.uid.isEmpty());
    const QSet<QString> changed = setOf({ u"vat_number", u"website", u"updated_at" });
    QCOMPARE(keysOf(change.before), changed);
    QCOMPARE(keysOf(change.after), changed);
    QVERIFY(change.before.value(u"vat_number"_s).isNull());
    QCOMPARE(change.after.value(u"vat_number"_s).toString(), u"BE0123456749"_s);
    QCOMPARE(change.before.value(u"updated_at"_s).toString(),
             m_created.updatedAt.toString(Qt::ISODateWithMs));

    // Clearing a field stores NULL again.
    nextMillisecond();
    edited.website.clear();
    auto again = m_file->beginWork();
    KASBOEK_VERIFY_OK(again);
    KASBOEK_VERIFY_OK(m_profile->update(*again, edited));
    KASBOEK_VERIFY_OK(again->commit());
    QCOMPARE(keysOf(m_observer.seen.last().after), setOf({ u"website", u"updated_at" }));
    QVERIFY(m_observer.seen.last().after.value(u"website"_s).isNull());
    QCOMPARE(m_file->database().queryInt("SELECT count(*) FROM company WHERE website IS NULL").value_or(-1),
             1);
}

void TestCompanyProfileRepository::updateThatChangesNothingWritesNothing()
{
    nextMillisecond();
    CompanyProfile same = m_created;
    same.country = u"be"_s;
    same.updatedAt = QDateTime::currentDateTimeUtc(); // not the caller's to set
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto updated = m_profile->update(*work, same);
    KASBOEK_VERIFY_OK(updated);
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(*updated, m_created);
    QVERIFY(m_observer.seen.isEmpty());
}

void TestCompanyProfileRepository::invalidUpdateWritesNothing()
{
    CompanyProfile invalid = fullProfile();
    invalid.vatNumber = u"NL004495445B01"_s; // a Belgian business's own VAT number is Belgian
    invalid.enterpriseNumber.clear();
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto refused = m_profile->update(*work, invalid);
    KASBOEK_VERIFY_ERROR(refused, ErrorCode::Validation);
    QCOMPARE(refused.error().field, u"vatNumber"_s);
    CompanyProfile mismatch = fullProfile();
    mismatch.enterpriseNumber = u"0202.239.951"_s;
    KASBOEK_VERIFY_ERROR(m_profile->update(*work, mismatch), ErrorCode::Validation);
    CompanyProfile nameless = fullProfile();
    nameless.name = u"  "_s;
    KASBOEK_VERIFY_ERROR(m_profile->update(*work, nameless), ErrorCode::Validation);
    KASBOEK_VERIFY_OK(work->commit());
    QVERIFY(m_observer.seen.isEmpty());
    QCOMPARE(m_profile->load().value_or(CompanyProfile {}), m_created);
}

void TestCompanyProfileRepository::rolledBackWorkLeavesNothing()
{
    {
        auto work = m_file->beginWork();
        KASBOEK_VERIFY_OK(work);
        KASBOEK_VERIFY_OK(m_profile->update(*work, fullProfile()));
        QCOMPARE(m_profile->load().value_or(CompanyProfile {}).city, u"Gent"_s);
    }
    QCOMPARE(m_profile->load().value_or(CompanyProfile {}), m_created);
}

QTEST_GUILESS_MAIN(TestCompanyProfileRepository)
#include "TestCompanyProfileRepository.moc"
