#include "RepositoryTestSupport.h"
#include "storage/repositories/ContactRepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::test;
using domain::Contact;
using domain::ContactKind;
using storage::ChangeKind;
using storage::ContactQuery;
using storage::ContactRepository;

namespace {

const QSet<QString> kAllColumns = setOf({ u"uid",
                                          u"kind",
                                          u"is_customer",
                                          u"is_supplier",
                                          u"name",
                                          u"given_name",
                                          u"family_name",
                                          u"contact_person",
                                          u"email",
                                          u"phone",
                                          u"street",
                                          u"postal_code",
                                          u"city",
                                          u"country",
                                          u"vat_number",
                                          u"enterprise_number",
                                          u"kvk_number",
                                          u"peppol_id",
                                          u"iban",
                                          u"bic",
                                          u"language",
                                          u"currency",
                                          u"payment_terms_days",
                                          u"notes",
                                          u"archived",
                                          u"created_at",
                                          u"updated_at" });

// Every field set, most of them in the form people type them.
Contact fullCompany()
{
    Contact c;
    c.kind = ContactKind::Company;
    c.isCustomer = true;
    c.isSupplier = true;
    c.name = u"Brouwerij De Halve Maan"_s;
    c.contactPerson = u"An Janssens"_s;
    c.email = u"Facturen@HalveMaan.BE"_s;
    c.phone = u"+32 50 44 42 22"_s;
    c.street = u"Walplein 26"_s;
    c.postalCode = u"8000"_s;
    c.city = u"Brugge"_s;
    c.country = u"be"_s;
    c.vatNumber = u"BE 0123.456.749"_s;
    c.enterpriseNumber = u"0123.456.749"_s;
    c.kvkNumber = u"6959 9084"_s;
    c.peppolId = u"0208:0123456749"_s;
    c.iban = u"BE68 5390 0754 7034"_s;
    c.bic = u"GEBABEBB"_s;
    c.language = u"fr"_s;
    c.currency = u"USD"_s;
    c.paymentTermsDays = 14;
    c.notes = u"Delivery at the back door.\nAsk for An."_s;
    return c;
}

Contact company(const QString& name, const QString& city = u"Gent"_s)
{
    Contact c;
    c.name = name;
    c.city = city;
    c.country = u"BE"_s;
    return c;
}

} // namespace

class TestContactRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void insertStoresEveryFieldInCanonicalForm();
    void insertRecordsOneInsertWithEveryColumn();
    void emptyFieldsAreStoredAsNull();
    void insertKeepsAGivenUid();
    void insertRefusesAUidAlreadyStored();
    void unicodeRoundTrips();
    void updateWritesAndRecordsOnlyChangedColumns();
    void updateThatChangesNothingWritesNothing();
    void updateLeavesUidCreatedAtAndArchivedAlone();
    void updateOfArchivedContactIsAllowed();
    void updateOfMissingContactIsNotFound();
    void updateWithAnotherContactsUidIsRefused();
    void invalidWritesNothing_data();
    void invalidWritesNothing();
    void invalidUpdateWritesNothing();
    void archiveAndUnarchive();
    void removeDeletesAndRecordsTheWholeRow();
    void removeOfMissingContactIsNotFound();
    void rolledBackWorkLeavesNothing();
    void listPages();
    void listSorts_data();
    void listSorts();
    void listSearches_data();
    void listSearches();
    void listFiltersByRoleAndArchive();
    void listRefusesNegativeOffset();

private:
    Result<Contact> insertCommitted(const Contact& contact);
    QList<Contact> seedList();

    QTemporaryDir m_dir;
    std::unique_ptr<storage::CompanyFile> m_file;
    std::unique_ptr<ContactRepository> m_contacts;
    RecordingObserver m_observer;
};

void TestContactRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // One file for the whole class: creating one costs the key derivation.
    m_file = createFile(m_dir.filePath(u"contacts.kasboek"_s));
    m_file->addChangeObserver(&m_observer);
    m_contacts = std::make_unique<ContactRepository>(m_file->database());
}

void TestContactRepository::init()
{
    KASBOEK_VERIFY_OK(m_file->database().execute("DELETE FROM contacts"));
    m_observer.seen.clear();
}

void TestContactRepository::cleanupTestCase()
{
    m_contacts.reset();
    m_file.reset();
}

Result<Contact> TestContactRepository::insertCommitted(const Contact& contact)
{
    auto work = m_file->beginWork();
    if (!work)
        return std::unexpected(work.error());
    auto stored = m_contacts->insert(*work, contact);
    if (!stored)
        return stored;
    if (auto committed = work->commit(); !committed)
        return std::unexpected(committed.error());
    return stored;
}

void TestContactRepository::insertStoresEveryFieldInCanonicalForm()
{
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const QDateTime time = QDateTime::fromString(work->timestamp(), Qt::ISODateWithMs);
    const auto stored = m_contacts->insert(*work, fullCompany());
    KASBOEK_VERIFY_OK(stored);
    KASBOEK_VERIFY_OK(work->commit());

    QVERIFY(stored->id > 0);
    QVERIFY(!stored->uid.isNull());
    QCOMPARE(stored->createdAt, time);
    QCOMPARE(stored->updatedAt, time);
    QCOMPARE(stored->vatNumber, u"BE0123456749"_s);
    QCOMPARE(stored->iban, u"BE68539007547034"_s);
    QCOMPARE(stored->email, u"Facturen@halvemaan.be"_s);
    QCOMPARE(stored->kvkNumber, u"69599084"_s);
    QCOMPARE(stored->country, u"BE"_s);

    const auto found = m_contacts->find(stored->id);
    KASBOEK_VERIFY_OK(found);
    QCOMPARE(*found, *stored);
    const auto byUid = m_contacts->findByUid(stored->uid);
    KASBOEK_VERIFY_OK(byUid);
    QCOMPARE(*byUid, *stored);

    // What is in the file, read without the repository.
    auto row = m_file->database().prepare("SELECT vat_number, iban, kind, is_customer, is_supplier, "
                                          "payment_terms_days, uid FROM contacts WHERE id = ?1");
    KASBOEK_VERIFY_OK(row);
    row->bind(1, stored->id);
    QCOMPARE(row->step().value_or(false), true);
    QCOMPARE(row->columnText(0), u"BE0123456749"_s);
    QCOMPARE(row->columnText(1), u"BE68539007547034"_s);
    QCOMPARE(row->columnText(2), u"company"_s);
    QCOMPARE(row->columnInt(3), 1);
    QCOMPARE(row->columnInt(4), 1);
    QCOMPARE(row->columnInt(5), 14);
    QCOMPARE(row->columnText(6), stored->uid.toString(QUuid::WithoutBraces));
}

void TestContactRepository::insertRecordsOneInsertWithEveryColumn()
{
    const auto stored = insertCommitted(fullCompany());
    KASBOEK_VERIFY_OK(stored);
    QCOMPARE(m_observer.seen.size(), 1);
    const storage::ChangeRecord& change = m_observer.seen.first();
    QCOMPARE(change.table, u"contacts"_s);
    QCOMPARE(change.kind, ChangeKind::Insert);
    QCOMPARE(change.rowId, stored->id);
    QCOMPARE(change.uid, stored->uid.toString(QUuid::WithoutBraces));
    QVERIFY(change.before.isEmpty());
    QCOMPARE(keysOf(change.after), kAllColumns);
    QCOMPARE(change.after.value(u"vat_number"_s).toString(), u"BE0123456749"_s);
    QCOMPARE(change.after.value(u"name"_s).toString(), u"Brouwerij De Halve Maan"_s);
    QCOMPARE(change.after.value(u"is_supplier"_s).toLongLong(), 1);
    QCOMPARE(change.after.value(u"payment_terms_days"_s).toLongLong(), 14);
    QCOMPARE(change.after.value(u"created_at"_s).toString(), stored->createdAt.toString(Qt::ISODateWithMs));
}

void TestContactRepository::emptyFieldsAreStoredAsNull()
{
    const auto stored = insertCommitted(company(u"Minimaal BV"_s, QString()));
    KASBOEK_VERIFY_OK(stored);
    QCOMPARE(
        m_file->database()
            .queryInt(
                "SELECT count(*) FROM contacts WHERE email IS NULL AND vat_number IS NULL AND city IS NULL "
                "AND given_name IS NULL AND notes IS NULL")
            .value_or(-1),
        1);
    QVERIFY(m_observer.seen.first().after.value(u"email"_s).isNull());
    const auto found = m_contacts->find(stored->id);
    KASBOEK_VERIFY_OK(found);
    QVERIFY(found->email.isEmpty());
    QCOMPARE(*found, *stored);
}

void TestContactRepository::insertKeepsAGivenUid()
{
    Contact c = company(u"Geïmporteerd NV"_s);
    c.uid = QUuid(u"6f1c7a52-3c4e-4f0a-9d35-0b6a1e2f9c11"_s);
    const auto stored = insertCommitted(c);
    KASBOEK_VERIFY_OK(stored);
    QCOMPARE(stored->uid, c.uid);
    KASBOEK_VERIFY_OK(m_contacts->findByUid(c.uid));
}

void TestContactRepository::insertRefusesAUidAlreadyStored()
{
    const auto first = insertCommitted(company(u"Eerste"_s));
    KASBOEK_VERIFY_OK(first);
    m_observer.seen.clear();
    Contact second = company(u"Tweede"_s);
    second.uid = first->uid;
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto refused = m_contacts->insert(*work, second);
    KASBOEK_VERIFY_ERROR(refused, ErrorCode::Conflict);
    QCOMPARE(refused.error().field, u"uid"_s);
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(rowCount(*m_file, "contacts"), 1);
    QVERIFY(m_observer.seen.isEmpty());
}

void TestContactRepository::unicodeRoundTrips()
{
    Contact person;
    person.kind = ContactKind::Person;
    person.givenName = u"Łukasz"_s;
    person.familyName = u"Ĳsselmeer-Müller"_s;
    person.street = u"Rue de l'Église 3"_s;
    person.city = u"Liège"_s;
    person.country = u"BE"_s;
    person.notes = u"é ü ĳ Ł — 😀"_s;
    const auto stored = insertCommitted(person);
    KASBOEK_VERIFY_OK(stored);
    QCOMPARE(stored->name, u"Łukasz Ĳsselmeer-Müller"_s);
    const auto found = m_contacts->find(stored->id);
    KASBOEK_VERIFY_OK(found);
    QCOMPARE(*found, *stored);
    QCOMPARE(found->familyName, u"Ĳsselmeer-Müller"_s);
    QCOMPARE(found->city, u"Liège"_s);
    QCOMPARE(found->notes, u"é ü ĳ Ł — 😀"_s);
    QCOMPARE(found->kind, ContactKind::Person);

    // Searching with the same letters finds them.
    ContactQuery query;
    query.search = u"Ĳssel"_s;
    QCOMPARE(m_contacts->count(query).value_or(-1), 1);
    query.search = u"liège"_s; // ASCII case-folding only: the 'l' matches, 'è' is the same
    QCOMPARE(m_contacts->count(query).value_or(-1), 1);
}

void TestContactRepository::updateWritesAndRecordsOnlyChangedColumns()
{
    const auto stored = insertCommitted(fullCompany());
    KASBOEK_VERIFY_OK(stored);
    m_observer.seen.clear();
    nextMillisecond();

    Contact edited = *stored;
    edited.email = u"boekhouding@halvemaan.be"_s;
    edited.city = u" Brugge-Centrum "_s;
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const QString time = work->timestamp();
    const auto updated = m_contacts->update(*work, edited);
    KASBOEK_VERIFY_OK(updated);
    KASBOEK_VERIFY_OK(work->commit());

    QCOMPARE(updated->city, u"Brugge-Centrum"_s);
    QCOMPARE(updated->updatedAt, QDateTime::fromString(time, Qt::ISODateWithMs));
    QCOMPARE(updated->createdAt, stored->createdAt);
    QCOMPARE(m_observer.seen.size(), 1);
    const storage::ChangeRecord& change = m_observer.seen.first();
    QCOMPARE(change.kind, ChangeKind::Update);
    QCOMPARE(change.table, u"contacts"_s);
    QCOMPARE(change.rowId, stored->id);
    QCOMPARE(change.uid, stored->uid.toString(QUuid::WithoutBraces));
    const QSet<QString> changed = setOf({ u"email", u"city", u"updated_at" });
    QCOMPARE(keysOf(change.before), changed);
    QCOMPARE(keysOf(change.after), changed);
    QCOMPARE(change.before.value(u"email"_s).toString(), u"Facturen@halvemaan.be"_s);
    QCOMPARE(change.after.value(u"email"_s).toString(), u"boekhouding@halvemaan.be"_s);
    QCOMPARE(change.before.value(u"city"_s).toString(), u"Brugge"_s);
    QCOMPARE(change.after.value(u"city"_s).toString(), u"Brugge-Centrum"_s);
    QCOMPARE(change.after.value(u"updated_at"_s).toString(), time);

    const auto found = m_contacts->find(stored->id);
    KASBOEK_VERIFY_OK(found);
    QCOMPARE(*found, *updated);
}

void TestContactRepository::updateThatChangesNothingWritesNothing()
{
    const auto stored = insertCommitted(fullCompany());
    KASBOEK_VERIFY_OK(stored);
    m_observer.seen.clear();
    nextMillisecond();

    // Typed differently, the same once normalised.
    Contact same = *stored;
    same.vatNumber = u"be 0123 456 749"_s;
    same.name = u"  Brouwerij De Halve Maan"_s;
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto updated = m_contacts->update(*work, same);
    KASBOEK_VERIFY_OK(updated);
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(*updated, *stored);
    QVERIFY(m_observer.seen.isEmpty());
    QCOMPARE(m_contacts->find(stored->id).value_or(Contact {}).updatedAt, stored->updatedAt);
}

void TestContactRepository::updateLeavesUidCreatedAtAndArchivedAlone()
{
    const auto stored = insertCommitted(company(u"Vast NV"_s));
    KASBOEK_VERIFY_OK(stored);
    nextMillisecond();
    Contact edited = *stored;
    edited.uid = QUuid(); // unknown to the form: allowed
    edited.archived = true;
    edited.createdAt = QDateTime::fromString(u"2001-01-01T00:00:00.000Z"_s, Qt::ISODateWithMs);
    edited.phone = u"09 123 45 67"_s;
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto updated = m_contacts->update(*work, edited);
    KASBOEK_VERIFY_OK(updated);
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(updated->uid, stored->uid);
    QCOMPARE(updated->createdAt, stored->createdAt);
    QCOMPARE(updated->archived, false);
    QCOMPARE(keysOf(m_observer.seen.last().after), setOf({ u"phone", u"updated_at" }));
}

void TestContactRepository::updateOfArchivedContactIsAllowed()
{
    const auto stored = insertCommitted(company(u"Oud BV"_s));
    KASBOEK_VERIFY_OK(stored);
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto archived = m_contacts->archive(*work, stored->id);
    KASBOEK_VERIFY_OK(archived);
    Contact edited = *archived;
    edited.street = u"Nieuwstraat 1"_s;
    const auto updated = m_contacts->update(*work, edited);
    KASBOEK_VERIFY_OK(updated);
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(updated->archived, true);
    QCOMPARE(updated->street, u"Nieuwstraat 1"_s);
}

void TestContactRepository::updateOfMissingContactIsNotFound()
{
    Contact ghost = company(u"Spook"_s);
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    KASBOEK_VERIFY_ERROR(m_contacts->update(*work, ghost), ErrorCode::NotFound); // id 0: never stored
    ghost.id = 4242;
    KASBOEK_VERIFY_ERROR(m_contacts->update(*work, ghost), ErrorCode::NotFound);
    KASBOEK_VERIFY_ERROR(m_contacts->find(4242), ErrorCode::NotFound);
    KASBOEK_VERIFY_ERROR(m_contacts->findByUid(QUuid::createUuid()), ErrorCode::NotFound);
    KASBOEK_VERIFY_OK(work->commit());
    QVERIFY(m_observer.seen.isEmpty());
    QCOMPARE(rowCount(*m_file, "contacts"), 0);
}

void TestContactRepository::updateWithAnotherContactsUidIsRefused()
{
    const auto a = insertCommitted(company(u"A"_s));
    const auto b = insertCommitted(company(u"B"_s));
    KASBOEK_VERIFY_OK(a);
    KASBOEK_VERIFY_OK(b);
    m_observer.seen.clear();
    Contact mixed = *a;
    mixed.uid = b->uid;
    mixed.name = u"A2"_s;
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    KASBOEK_VERIFY_ERROR(m_contacts->update(*work, mixed), ErrorCode::InvalidArgument);
    KASBOEK_VERIFY_OK(work->commit());
    QVERIFY(m_observer.seen.isEmpty());
    QCOMPARE(m_contacts->find(a->id).value_or(Contact {}).name, u"A"_s);
}

void TestContactRepository::invalidWritesNothing_data()
{
    QTest::addColumn<Contact>("contact");
    QTest::addColumn<QString>("field");
    Contact c = fullCompany();
    c.vatNumber = u"BE0123456748"_s;
    QTest::newRow("VAT number") << c << u"vatNumber"_s;
    c = fullCompany();
    c.iban = u"BE68539007547035"_s;
    QTest::newRow("IBAN") << c << u"iban"_s;
    c = fullCompany();
    c.email = u"an@@halvemaan.be"_s;
    QTest::newRow("e-mail") << c << u"email"_s;
    c = fullCompany();
    c.country = u"UK"_s;
    QTest::newRow("country") << c << u"country"_s;
    c = fullCompany();
    c.name.clear();
    QTest::newRow("name") << c << u"name"_s;
    c = fullCompany();
    c.paymentTermsDays = 366;
    QTest::newRow("payment terms") << c << u"paymentTermsDays"_s;
    c = fullCompany();
    c.language = u"es"_s;
    QTest::newRow("language") << c << u"language"_s;
}

void TestContactRepository::invalidWritesNothing()
{
    QFETCH(Contact, contact);
    QFETCH(QString, field);
    KASBOEK_VERIFY_OK(insertCommitted(company(u"Bestaand"_s)));
    m_observer.seen.clear();
    const qint64 before = m_contacts->count({}).value_or(-1);
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto refused = m_contacts->insert(*work, contact);
    KASBOEK_VERIFY_ERROR(refused, ErrorCode::Validation);
    QCOMPARE(refused.error().field, field);
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(m_contacts->count({}).value_or(-1), before);
    QCOMPARE(rowCount(*m_file, "contacts"), 1);
    QVERIFY(m_observer.seen.isEmpty());
}

void TestContactRepository::invalidUpdateWritesNothing()
{
    const auto stored = insertCommitted(fullCompany());
    KASBOEK_VERIFY_OK(stored);
    m_observer.seen.clear();
    Contact edited = *stored;
    edited.city = u"Oostende"_s; // valid, but the unit must not store it...
    edited.bic = u"GEBA"_s; // ...because this is not
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto refused = m_contacts->update(*work, edited);
    KASBOEK_VERIFY_ERROR(refused, ErrorCode::Validation);
    QCOMPARE(refused.error().field, u"bic"_s);
    KASBOEK_VERIFY_OK(work->commit());
    QVERIFY(m_observer.seen.isEmpty());
    const auto found = m_contacts->find(stored->id);
    KASBOEK_VERIFY_OK(found);
    QCOMPARE(*found, *stored);
}

void TestContactRepository::archiveAndUnarchive()
{
    const auto stored = insertCommitted(company(u"Archief BV"_s));
    KASBOEK_VERIFY_OK(stored);
    m_observer.seen.clear();
    nextMillisecond();

    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto archived = m_contacts->archive(*work, stored->id);
    KASBOEK_VERIFY_OK(archived);
    QVERIFY(archived->archived);
    // Archiving twice is not a second change.
    KASBOEK_VERIFY_OK(m_contacts->archive(*work, stored->id));
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(m_observer.seen.size(), 1);
    QCOMPARE(m_observer.seen.first().kind, ChangeKind::Update);
    QCOMPARE(keysOf(m_observer.seen.first().after), setOf({ u"archived", u"updated_at" }));
    QCOMPARE(m_observer.seen.first().before.value(u"archived"_s).toLongLong(), 0);
    QCOMPARE(m_observer.seen.first().after.value(u"archived"_s).toLongLong(), 1);

    QCOMPARE(m_contacts->count({}).value_or(-1), 0);
    ContactQuery all;
    all.archived = ContactQuery::Archived::Include;
    QCOMPARE(m_contacts->count(all).value_or(-1), 1);
    QVERIFY(m_contacts->find(stored->id).value_or(Contact {}).archived);

    nextMillisecond();
    auto again = m_file->beginWork();
    KASBOEK_VERIFY_OK(again);
    const auto restored = m_contacts->unarchive(*again, stored->id);
    KASBOEK_VERIFY_OK(restored);
    KASBOEK_VERIFY_OK(again->commit());
    QVERIFY(!restored->archived);
    QCOMPARE(m_observer.seen.size(), 2);
    QCOMPARE(m_observer.seen.last().after.value(u"archived"_s).toLongLong(), 0);
    QCOMPARE(m_contacts->count({}).value_or(-1), 1);

    auto missing = m_file->beginWork();
    KASBOEK_VERIFY_OK(missing);
    KASBOEK_VERIFY_ERROR(m_contacts->archive(*missing, 4242), ErrorCode::NotFound);
}

void TestContactRepository::removeDeletesAndRecordsTheWholeRow()
{
    const auto stored = insertCommitted(fullCompany());
    KASBOEK_VERIFY_OK(stored);
    const QVariantMap inserted = m_observer.seen.first().after;
    m_observer.seen.clear();

    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    KASBOEK_VERIFY_OK(m_contacts->remove(*work, stored->id));
    KASBOEK_VERIFY_OK(work->commit());
    KASBOEK_VERIFY_ERROR(m_contacts->find(stored->id), ErrorCode::NotFound);
    QCOMPARE(rowCount(*m_file, "contacts"), 0);
    QCOMPARE(m_observer.seen.size(), 1);
    const storage::ChangeRecord& change = m_observer.seen.first();
    QCOMPARE(change.kind, ChangeKind::Delete);
    QCOMPARE(change.rowId, stored->id);
    QCOMPARE(change.uid, stored->uid.toString(QUuid::WithoutBraces));
    QVERIFY(change.after.isEmpty());
    QCOMPARE(change.before, inserted);
}

void TestContactRepository::removeOfMissingContactIsNotFound()
{
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    KASBOEK_VERIFY_ERROR(m_contacts->remove(*work, 4242), ErrorCode::NotFound);
    QVERIFY(m_observer.seen.isEmpty());
}

void TestContactRepository::rolledBackWorkLeavesNothing()
{
    const auto kept = insertCommitted(company(u"Blijft"_s));
    KASBOEK_VERIFY_OK(kept);
    qint64 abandonedId = 0;
    {
        auto work = m_file->beginWork();
        KASBOEK_VERIFY_OK(work);
        const auto inserted = m_contacts->insert(*work, company(u"Verdwijnt"_s));
        KASBOEK_VERIFY_OK(inserted);
        abandonedId = inserted->id;
        Contact edited = *kept;
        edited.name = u"Veranderd"_s;
        KASBOEK_VERIFY_OK(m_contacts->update(*work, edited));
        KASBOEK_VERIFY_OK(m_contacts->archive(*work, kept->id));
        // Inside the unit the changes are visible...
        QCOMPARE(m_contacts->count({}).value_or(-1), 1);
    } // ...and gone when it ends without commit().
    QCOMPARE(rowCount(*m_file, "contacts"), 1);
    KASBOEK_VERIFY_ERROR(m_contacts->find(abandonedId), ErrorCode::NotFound);
    const auto found = m_contacts->find(kept->id);
    KASBOEK_VERIFY_OK(found);
    QCOMPARE(*found, *kept);
}

QList<Contact> TestContactRepository::seedList()
{
    struct Seed
    {
        const char16_t* name;
        const char16_t* city;
        const char16_t* country;
        bool customer;
        bool supplier;
        const char16_t* email;
        const char16_t* vat;
    };
    const Seed seeds[] = {
        { u"Aannemer Claes", u"Antwerpen", u"BE", true, false, u"info@claes.be", u"" },
        { u"bakkerij Gentiaan", u"Brugge", u"BE", true, false, u"", u"" },
        { u"Café 100% Gent", u"Gent", u"BE", true, true, u"", u"" },
        { u"Drukkerij Dewaele", u"Kortrijk", u"BE", false, true, u"orders@dewaele.be", u"BE0202239951" },
        { u"Elektro Bouwens", u"Eindhoven", u"NL", true, false, u"", u"NL004495445B01" },
        { u"fietsen_Smit", u"Utrecht", u"NL", false, true, u"smit@fietsen.nl", u"" },
        { u"Garage Gysels", u"Hasselt", u"BE", true, false, u"garage@gentse-gysels.be", u"" },
        { u"Houthandel Hermans", u"Leuven", u"BE", true, true, u"", u"" },
        { u"IJzerwaren Ilse", u"Gent", u"BE", false, false, u"", u"" },
        { u"Juwelier Janssen", u"Maastricht", u"NL", true, false, u"", u"" },
        { u"Kapsalon Kim", u"Mechelen", u"BE", true, false, u"", u"" },
        { u"Loodgieter Lambrecht", u"Aalst", u"BE", false, true, u"", u"" },
    };
    QList<Contact> stored;
    auto work = m_file->beginWork();
    if (!work)
        return {};
    for (const Seed& seed : seeds) {
        Contact c;
        c.name = QString::fromUtf16(seed.name);
        c.city = QString::fromUtf16(seed.city);
        c.country = QString::fromUtf16(seed.country);
        c.isCustomer = seed.customer;
        c.isSupplier = seed.supplier;
        c.email = QString::fromUtf16(seed.email);
        c.vatNumber = QString::fromUtf16(seed.vat);
        auto inserted = m_contacts->insert(*work, c);
        if (!inserted) {
            qWarning() << inserted.error().toString();
            return {};
        }
        stored.append(*inserted);
    }
    if (!work->commit())
        return {};
    return stored;
}

void TestContactRepository::listPages()
{
    const QList<Contact> seeded = seedList();
    QCOMPARE(seeded.size(), 12);
    QCOMPARE(m_contacts->count({}).value_or(-1), 12);

    QList<Contact> paged;
    QList<qsizetype> sizes;
    for (qint64 offset = 0; offset < 15; offset += 5) {
        ContactQuery query;
        query.offset = offset;
        query.limit = 5;
        const auto page = m_contacts->list(query);
        KASBOEK_VERIFY_OK(page);
        sizes.append(page->size());
        paged.append(*page);
        // count() ignores the page.
        QCOMPARE(m_contacts->count(query).value_or(-1), 12);
    }
    QCOMPARE(sizes, (QList<qsizetype> { 5, 5, 2 }));
    const auto all = m_contacts->list({});
    KASBOEK_VERIFY_OK(all);
    QCOMPARE(paged, *all);

    ContactQuery none;
    none.limit = 0;
    QCOMPARE(m_contacts->list(none).value_or(QList<Contact> { Contact {} }).size(), 0);
    ContactQuery past;
    past.offset = 100;
    QCOMPARE(m_contacts->list(past).value_or(QList<Contact> { Contact {} }).size(), 0);
}

void TestContactRepository::listSorts_data()
{
    QTest::addColumn<ContactQuery::SortColumn>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("name ascending") << ContactQuery::SortColumn::Name << Qt::AscendingOrder;
    QTest::newRow("name descending") << ContactQuery::SortColumn::Name << Qt::DescendingOrder;
    QTest::newRow("city ascending") << ContactQuery::SortColumn::City << Qt::AscendingOrder;
    QTest::newRow("city descending") << ContactQuery::SortColumn::City << Qt::DescendingOrder;
    QTest::newRow("country ascending") << ContactQuery::SortColumn::Country << Qt::AscendingOrder;
    QTest::newRow("created descending") << ContactQuery::SortColumn::CreatedAt << Qt::DescendingOrder;
}

void TestContactRepository::listSorts()
{
    QFETCH(ContactQuery::SortColumn, column);
    QFETCH(Qt::SortOrder, order);
    QList<Contact> expected = seedList();
    QCOMPARE(expected.size(), 12);

    // The order the query must give: by the column (case-insensitively for text), ties by id.
    auto key = [column](const Contact& c) -> QString {
        switch (column) {
        case ContactQuery::SortColumn::Name:
            return c.name.toLower();
        case ContactQuery::SortColumn::City:
            return c.city.toLower();
        case ContactQuery::SortColumn::Country:
            return c.country;
        default:
            return c.createdAt.toString(Qt::ISODateWithMs);
        }
    };
    std::stable_sort(expected.begin(), expected.end(), [&](const Contact& a, const Contact& b) {
        const int byKey = key(a).compare(key(b));
        if (byKey != 0)
            return order == Qt::AscendingOrder ? byKey < 0 : byKey > 0;
        return order == Qt::AscendingOrder ? a.id < b.id : a.id > b.id;
    });

    ContactQuery query;
    query.sortBy = column;
    query.order = order;
    query.archived = ContactQuery::Archived::Include;
    const auto listed = m_contacts->list(query);
    KASBOEK_VERIFY_OK(listed);
    QStringList names;
    QStringList expectedNames;
    for (const Contact& c : *listed)
        names.append(c.name);
    for (const Contact& c : expected)
        expectedNames.append(c.name);
    QCOMPARE(names, expectedNames);
}

void TestContactRepository::listSearches_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("names");
    // Name, city and e-mail, any case (ASCII).
    QTest::newRow("city or name or e-mail") << u"gent"_s
                                            << QStringList { u"bakkerij Gentiaan"_s, u"Café 100% Gent"_s,
                                                             u"Garage Gysels"_s, u"IJzerwaren Ilse"_s };
    QTest::newRow("upper case") << u"DRUKKERIJ"_s << QStringList { u"Drukkerij Dewaele"_s };
    QTest::newRow("e-mail domain") << u"fietsen.nl"_s << QStringList { u"fietsen_Smit"_s };
    QTest::newRow("VAT number compact") << u"BE0202239951"_s << QStringList { u"Drukkerij Dewaele"_s };
    QTest::newRow("VAT number as printed") << u"0202.239.951"_s << QStringList { u"Drukkerij Dewaele"_s };
    QTest::newRow("Dutch VAT, lower case") << u"nl004495"_s << QStringList { u"Elektro Bouwens"_s };
    // LIKE's wildcards are searched for literally.
    QTest::newRow("percent sign") << u"100%"_s << QStringList { u"Café 100% Gent"_s };
    QTest::newRow("lone percent sign") << u"%"_s << QStringList { u"Café 100% Gent"_s };
    QTest::newRow("underscore") << u"n_s"_s << QStringList { u"fietsen_Smit"_s };
    QTest::newRow("accented") << u"Café"_s << QStringList { u"Café 100% Gent"_s };
    QTest::newRow("surrounding spaces") << u"  Kapsalon "_s << QStringList { u"Kapsalon Kim"_s };
    QTest::newRow("nothing") << u"zzz"_s << QStringList {};
    QTest::newRow("quote") << u"'; DROP TABLE contacts; --"_s << QStringList {};
}

void TestContactRepository::listSearches()
{
    QFETCH(QString, search);
    QFETCH(QStringList, names);
    QCOMPARE(seedList().size(), 12);
    ContactQuery query;
    query.search = search;
    query.archived = ContactQuery::Archived::Include;
    const auto listed = m_contacts->list(query);
    KASBOEK_VERIFY_OK(listed);
    QStringList found;
    for (const Contact& c : *listed)
        found.append(c.name);
    QCOMPARE(found, names);
    QCOMPARE(m_contacts->count(query).value_or(-1), names.size());
    QCOMPARE(rowCount(*m_file, "contacts"), 12);
}

void TestContactRepository::listFiltersByRoleAndArchive()
{
    const QList<Contact> seeded = seedList();
    QCOMPARE(seeded.size(), 12);
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    // Archive "Houthandel Hermans" (customer and supplier) and "IJzerwaren Ilse" (neither).
    KASBOEK_VERIFY_OK(m_contacts->archive(*work, seeded[7].id));
    KASBOEK_VERIFY_OK(m_contacts->archive(*work, seeded[8].id));
    KASBOEK_VERIFY_OK(work->commit());

    auto countOf = [this](ContactQuery::Role role, ContactQuery::Archived archived) {
        ContactQuery query;
        query.role = role;
        query.archived = archived;
        const qint64 counted = m_contacts->count(query).value_or(-1);
        const auto listed = m_contacts->list(query);
        return listed && listed->size() == counted ? counted : -2;
    };
    using Role = ContactQuery::Role;
    using Archived = ContactQuery::Archived;
    QCOMPARE(countOf(Role::Any, Archived::Exclude), 10);
    QCOMPARE(countOf(Role::Any, Archived::Include), 12);
    QCOMPARE(countOf(Role::Any, Archived::Only), 2);
    QCOMPARE(countOf(Role::Customers, Archived::Include), 8);
    QCOMPARE(countOf(Role::Customers, Archived::Exclude), 7);
    QCOMPARE(countOf(Role::Suppliers, Archived::Include), 5);
    QCOMPARE(countOf(Role::Suppliers, Archived::Exclude), 4);
    QCOMPARE(countOf(Role::Suppliers, Archived::Only), 1);

    ContactQuery suppliers;
    suppliers.role = Role::Suppliers;
    suppliers.search = u"e"_s;
    const auto listed = m_contacts->list(suppliers);
    KASBOEK_VERIFY_OK(listed);
    for (const Contact& c : *listed) {
        QVERIFY(c.isSupplier);
        QVERIFY(!c.archived);
    }
}

void TestContactRepository::listRefusesNegativeOffset()
{
    ContactQuery query;
    query.offset = -1;
    KASBOEK_VERIFY_ERROR(m_contacts->list(query), ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestContactRepository)
#include "TestContactRepository.moc"
