#include "DocumentTestSupport.h"
#include "storage/repositories/NumberSeriesRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::test;
using domain::DocumentType;
using storage::AllocatedNumber;
using storage::ChangeKind;
using storage::NumberSeries;
using storage::NumberSeriesRepository;

class TestNumberSeriesRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void aNewFileHasOneDefaultPerSalesType();
    void allocatesInOrderAndRecordsTheCounter();
    void rolledBackAllocationGivesTheNumberBack();
    void aYearPatternRestartsInJanuary();
    void aMonthPatternRestartsEveryMonth();
    void aPatternWithoutDateNeverRestarts();
    void peekAllocatesNothing();
    void numberingContinuesFromAnotherProgram();
    void anotherDefaultTakesTheRole();
    void theDefaultKeepsItsRole();
    void invalidSeriesWriteNothing_data();
    void invalidSeriesWriteNothing();
    void archivedSeriesIssueNothing();
    void usedSeriesCannotBeRemoved();

private:
    Result<AllocatedNumber> allocateCommitted(qint64 seriesId, QDate date);
    Result<NumberSeries> insertCommitted(const NumberSeries& series);
    NumberSeries defaultFor(DocumentType type);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::CompanyFile> m_file;
    std::unique_ptr<NumberSeriesRepository> m_series;
    RecordingObserver m_observer;
};

void TestNumberSeriesRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = createDocumentsFile(m_dir.filePath(u"series.kasboek"_s));
    m_file->addChangeObserver(&m_observer);
    m_series = std::make_unique<NumberSeriesRepository>(m_file->database());
}

void TestNumberSeriesRepository::init()
{
    // Back to the series a new file has: the three defaults and no counters.
    KASBOEK_VERIFY_OK(
        m_file->database().execute("DELETE FROM number_counters; DELETE FROM number_series WHERE id > 3;"
                                   "UPDATE number_series SET is_default = 1, archived = 0;"));
    m_observer.seen.clear();
}

void TestNumberSeriesRepository::cleanupTestCase()
{
    m_series.reset();
    m_file.reset();
}

Result<AllocatedNumber> TestNumberSeriesRepository::allocateCommitted(qint64 seriesId, QDate date)
{
    return committed(*m_file,
                     [&](storage::UnitOfWork& work) { return m_series->allocate(work, seriesId, date); });
}

Result<NumberSeries> TestNumberSeriesRepository::insertCommitted(const NumberSeries& series)
{
    return committed(*m_file, [&](storage::UnitOfWork& work) { return m_series->insert(work, series); });
}

NumberSeries TestNumberSeriesRepository::defaultFor(DocumentType type)
{
    return m_series->defaultFor(type).value_or(NumberSeries {});
}

void TestNumberSeriesRepository::aNewFileHasOneDefaultPerSalesType()
{
    const auto all = m_series->list();
    KASBOEK_VERIFY_OK(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(defaultFor(DocumentType::Invoice).pattern, u"{year}-{seq:4}"_s);
    QCOMPARE(defaultFor(DocumentType::CreditNote).pattern, u"CN{year}-{seq:4}"_s);
    QCOMPARE(defaultFor(DocumentType::Quote).pattern, u"Q{year}-{seq:4}"_s);
    for (const NumberSeries& series : *all) {
        QVERIFY(series.isDefault);
        QVERIFY(!series.uid.isNull());
        QVERIFY(series.createdAt.isValid());
    }
    QVERIFY(all->at(0).uid != all->at(1).uid);
    KASBOEK_VERIFY_ERROR(m_series->defaultFor(DocumentType::PurchaseInvoice), ErrorCode::NotFound);
}

void TestNumberSeriesRepository::allocatesInOrderAndRecordsTheCounter()
{
    const qint64 invoices = defaultFor(DocumentType::Invoice).id;
    const QDate date(2026, 3, 7);
    QStringList numbers;
    for (int i = 0; i < 3; ++i) {
        const auto number = allocateCommitted(invoices, date);
        KASBOEK_VERIFY_OK(number);
        QCOMPARE(number->seriesId, invoices);
        QCOMPARE(number->sequence, qint64(i + 1));
        QCOMPARE(number->period, u"2026"_s);
        numbers.append(number->number);
    }
    QCOMPARE(numbers, QStringList({ u"2026-0001"_s, u"2026-0002"_s, u"2026-0003"_s }));
    // The credit notes count on their own.
    QCOMPARE(
        allocateCommitted(defaultFor(DocumentType::CreditNote).id, date).value_or(AllocatedNumber {}).number,
        u"CN2026-0001"_s);

    // The first number inserts the period's counter, the next ones update it; all recorded.
    QCOMPARE(m_observer.seen.size(), 4);
    QCOMPARE(m_observer.seen[0].table, u"number_counters"_s);
    QCOMPARE(m_observer.seen[0].kind, ChangeKind::Insert);
    QCOMPARE(m_observer.seen[0].after.value(u"last_sequence"_s).toLongLong(), 1);
    QCOMPARE(m_observer.seen[0].after.value(u"period"_s).toString(), u"2026"_s);
    QCOMPARE(m_observer.seen[2].kind, ChangeKind::Update);
    QCOMPARE(m_observer.seen[2].before.value(u"last_sequence"_s).toLongLong(), 2);
    QCOMPARE(m_observer.seen[2].after.value(u"last_sequence"_s).toLongLong(), 3);
    QCOMPARE(
        m_file->database()
            .queryInt("SELECT last_sequence FROM number_counters WHERE series_id = 1 AND period = '2026'")
            .value_or(-1),
        3);
}

void TestNumberSeriesRepository::rolledBackAllocationGivesTheNumberBack()
{
    const qint64 invoices = defaultFor(DocumentType::Invoice).id;
    const QDate date(2026, 5, 1);
    QCOMPARE(allocateCommitted(invoices, date).value_or(AllocatedNumber {}).number, u"2026-0001"_s);
    {
        auto work = m_file->beginWork();
        KASBOEK_VERIFY_OK(work);
        const auto taken = m_series->allocate(*work, invoices, date);
        KASBOEK_VERIFY_OK(taken);
        QCOMPARE(taken->number, u"2026-0002"_s);
        // Not committed: whatever failed after the number was taken, it goes back.
    }
    {
        auto work = m_file->beginWork();
        KASBOEK_VERIFY_OK(work);
        KASBOEK_VERIFY_OK(m_series->allocate(*work, invoices, date));
        KASBOEK_VERIFY_OK(m_series->allocate(*work, invoices, date));
    }
    QCOMPARE(allocateCommitted(invoices, date).value_or(AllocatedNumber {}).number, u"2026-0002"_s);
    QCOMPARE(allocateCommitted(invoices, date).value_or(AllocatedNumber {}).number, u"2026-0003"_s);
}

void TestNumberSeriesRepository::aYearPatternRestartsInJanuary()
{
    const qint64 invoices = defaultFor(DocumentType::Invoice).id;
    QCOMPARE(allocateCommitted(invoices, QDate(2026, 12, 30)).value_or(AllocatedNumber {}).number,
             u"2026-0001"_s);
    QCOMPARE(allocateCommitted(invoices, QDate(2026, 12, 31)).value_or(AllocatedNumber {}).number,
             u"2026-0002"_s);
    QCOMPARE(allocateCommitted(invoices, QDate(2027, 1, 1)).value_or(AllocatedNumber {}).number,
             u"2027-0001"_s);
    QCOMPARE(allocateCommitted(invoices, QDate(2027, 1, 2)).value_or(AllocatedNumber {}).number,
             u"2027-0002"_s);
    // A late 2026 document continues 2026's count, not 2027's.
    const auto late = allocateCommitted(invoices, QDate(2026, 12, 31));
    QCOMPARE(late.value_or(AllocatedNumber {}).number, u"2026-0003"_s);
    QCOMPARE(late.value_or(AllocatedNumber {}).period, u"2026"_s);
}

void TestNumberSeriesRepository::aMonthPatternRestartsEveryMonth()
{
    NumberSeries monthly;
    monthly.documentType = DocumentType::Invoice;
    monthly.name = u"Per maand"_s;
    monthly.pattern = u"F{yy}{month}-{seq:3}"_s;
    const auto stored = insertCommitted(monthly);
    KASBOEK_VERIFY_OK(stored);
    QCOMPARE(allocateCommitted(stored->id, QDate(2026, 1, 31)).value_or(AllocatedNumber {}).number,
             u"F2601-001"_s);
    QCOMPARE(allocateCommitted(stored->id, QDate(2026, 2, 1)).value_or(AllocatedNumber {}).number,
             u"F2602-001"_s);
    QCOMPARE(allocateCommitted(stored->id, QDate(2026, 2, 2)).value_or(AllocatedNumber {}).number,
             u"F2602-002"_s);
    QCOMPARE(allocateCommitted(stored->id, QDate(2027, 2, 2)).value_or(AllocatedNumber {}).period,
             u"2027-02"_s);
}

void TestNumberSeriesRepository::aPatternWithoutDateNeverRestarts()
{
    NumberSeries running;
    running.documentType = DocumentType::Quote;
    running.pattern = u"OFF-{seq:5}"_s;
    const auto stored = insertCommitted(running);
    KASBOEK_VERIFY_OK(stored);
    QCOMPARE(allocateCommitted(stored->id, QDate(2026, 12, 31)).value_or(AllocatedNumber {}).number,
             u"OFF-00001"_s);
    const auto next = allocateCommitted(stored->id, QDate(2027, 1, 1));
    QCOMPARE(next.value_or(AllocatedNumber {}).number, u"OFF-00002"_s);
    QCOMPARE(next.value_or(AllocatedNumber {}).period, u"all"_s);
}

void TestNumberSeriesRepository::peekAllocatesNothing()
{
    const qint64 invoices = defaultFor(DocumentType::Invoice).id;
    QCOMPARE(m_series->peek(invoices, QDate(2026, 4, 1)).value_or(AllocatedNumber {}).number, u"2026-0001"_s);
    QCOMPARE(m_series->peek(invoices, QDate(2026, 4, 1)).value_or(AllocatedNumber {}).number, u"2026-0001"_s);
    QCOMPARE(rowCount(*m_file, "number_counters"), 0);
    KASBOEK_VERIFY_ERROR(m_series->peek(invoices, QDate()), ErrorCode::Validation);
    KASBOEK_VERIFY_ERROR(m_series->peek(4242, QDate(2026, 4, 1)), ErrorCode::NotFound);
}

void TestNumberSeriesRepository::numberingContinuesFromAnotherProgram()
{
    const qint64 invoices = defaultFor(DocumentType::Invoice).id;
    const QDate date(2026, 6, 1);
    KASBOEK_VERIFY_OK(committed(*m_file, [&](storage::UnitOfWork& work) -> Result<bool> {
        auto set = m_series->setNextSequence(work, invoices, date, 42);
        if (!set)
            return std::unexpected(set.error());
        return true;
    }));
    QCOMPARE(allocateCommitted(invoices, date).value_or(AllocatedNumber {}).number, u"2026-0042"_s);
    // Never back to numbers that were given out.
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto back = m_series->setNextSequence(*work, invoices, date, 10);
    KASBOEK_VERIFY_ERROR(back, ErrorCode::Validation);
    QCOMPARE(back.error().field, u"nextSequence"_s);
    KASBOEK_VERIFY_OK(m_series->setNextSequence(*work, invoices, date, 43)); // what comes anyway: no change
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(allocateCommitted(invoices, date).value_or(AllocatedNumber {}).number, u"2026-0043"_s);
}

void TestNumberSeriesRepository::anotherDefaultTakesTheRole()
{
    const NumberSeries old = defaultFor(DocumentType::Invoice);
    m_observer.seen.clear();
    NumberSeries fresh;
    fresh.documentType = DocumentType::Invoice;
    fresh.name = u"  Nieuwe   reeks "_s;
    fresh.pattern = u" INV{year}-{seq:5} "_s;
    fresh.isDefault = true;
    const auto stored = insertCommitted(fresh);
    KASBOEK_VERIFY_OK(stored);
    QCOMPARE(stored->name, u"Nieuwe reeks"_s);
    QCOMPARE(stored->pattern, u"INV{year}-{seq:5}"_s);
    QCOMPARE(defaultFor(DocumentType::Invoice).id, stored->id);
    QVERIFY(!m_series->find(old.id).value_or(NumberSeries {}).isDefault);
    // Two changes: the old default gave up the role, the new series was inserted.
    QCOMPARE(m_observer.seen.size(), 2);
    QCOMPARE(m_observer.seen[0].kind, ChangeKind::Update);
    QCOMPARE(m_observer.seen[0].rowId, old.id);
    QCOMPARE(keysOf(m_observer.seen[0].after), setOf({ u"is_default", u"updated_at" }));
    QCOMPARE(m_observer.seen[1].kind, ChangeKind::Insert);
    QCOMPARE(m_observer.seen[1].uid, stored->uid.toString(QUuid::WithoutBraces));

    // Making the old one the default again, by update.
    NumberSeries back = m_series->find(old.id).value_or(NumberSeries {});
    back.isDefault = true;
    KASBOEK_VERIFY_OK(
        committed(*m_file, [&](storage::UnitOfWork& work) { return m_series->update(work, back); }));
    QCOMPARE(defaultFor(DocumentType::Invoice).id, old.id);
    QCOMPARE(m_series->list(DocumentType::Invoice).value_or(QList<NumberSeries> {}).size(), 2);
}

void TestNumberSeriesRepository::theDefaultKeepsItsRole()
{
    NumberSeries standard = defaultFor(DocumentType::Invoice);
    standard.isDefault = false;
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto dropped = m_series->update(*work, standard);
    KASBOEK_VERIFY_ERROR(dropped, ErrorCode::Validation);
    QCOMPARE(dropped.error().field, u"isDefault"_s);
    const auto archived = m_series->archive(*work, standard.id);
    KASBOEK_VERIFY_ERROR(archived, ErrorCode::Validation);
    QCOMPARE(archived.error().field, u"archived"_s);
    const auto removed = m_series->remove(*work, standard.id);
    KASBOEK_VERIFY_ERROR(removed, ErrorCode::Conflict);
    NumberSeries retyped = defaultFor(DocumentType::Invoice);
    retyped.documentType = DocumentType::Quote;
    const auto moved = m_series->update(*work, retyped);
    KASBOEK_VERIFY_ERROR(moved, ErrorCode::Validation);
    QCOMPARE(moved.error().field, u"documentType"_s);
    KASBOEK_VERIFY_OK(work->commit());
    QVERIFY(m_observer.seen.isEmpty());
}

void TestNumberSeriesRepository::invalidSeriesWriteNothing_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field");
    QTest::newRow("pattern") << int(DocumentType::Invoice) << u"{year}-{seq:4"_s << QString() << u"pattern"_s;
    QTest::newRow("no sequence") << int(DocumentType::Invoice) << u"{year}"_s << QString() << u"pattern"_s;
    QTest::newRow("purchase") << int(DocumentType::PurchaseInvoice) << u"{seq}"_s << QString()
                              << u"documentType"_s;
    QTest::newRow("name") << int(DocumentType::Quote) << u"{seq}"_s << QString(101, u'n') << u"name"_s;
}

void TestNumberSeriesRepository::invalidSeriesWriteNothing()
{
    QFETCH(int, type);
    QFETCH(QString, pattern);
    QFETCH(QString, name);
    QFETCH(QString, field);
    NumberSeries series;
    series.documentType = DocumentType(type);
    series.pattern = pattern;
    series.name = name;
    series.isDefault = true;
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto refused = m_series->insert(*work, series);
    KASBOEK_VERIFY_ERROR(refused, ErrorCode::Validation);
    QCOMPARE(refused.error().field, field);
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(rowCount(*m_file, "number_series"), 3);
    QVERIFY(m_observer.seen.isEmpty());
    QCOMPARE(defaultFor(DocumentType::Invoice).id, 1);
}

void TestNumberSeriesRepository::archivedSeriesIssueNothing()
{
    NumberSeries spare;
    spare.documentType = DocumentType::CreditNote;
    spare.pattern = u"CR-{seq}"_s;
    const auto stored = insertCommitted(spare);
    KASBOEK_VERIFY_OK(stored);
    KASBOEK_VERIFY_OK(
        committed(*m_file, [&](storage::UnitOfWork& work) { return m_series->archive(work, stored->id); }));
    const auto refused = allocateCommitted(stored->id, QDate(2026, 1, 1));
    KASBOEK_VERIFY_ERROR(refused, ErrorCode::Conflict);
    QCOMPARE(refused.error().field, u"seriesId"_s);
    QCOMPARE(m_series->list(DocumentType::CreditNote).value_or(QList<NumberSeries> {}).size(), 1);
    QCOMPARE(m_series->list(DocumentType::CreditNote, true).value_or(QList<NumberSeries> {}).size(), 2);
}

void TestNumberSeriesRepository::usedSeriesCannotBeRemoved()
{
    NumberSeries spare;
    spare.documentType = DocumentType::Invoice;
    spare.pattern = u"X{seq}"_s;
    const auto stored = insertCommitted(spare);
    KASBOEK_VERIFY_OK(stored);
    KASBOEK_VERIFY_OK(allocateCommitted(stored->id, QDate(2026, 1, 1)));
    // Unused by any document: it goes, with its counter, both recorded.
    m_observer.seen.clear();
    KASBOEK_VERIFY_OK(committed(*m_file, [&](storage::UnitOfWork& work) -> Result<bool> {
        auto removed = m_series->remove(work, stored->id);
        if (!removed)
            return std::unexpected(removed.error());
        return true;
    }));
    QCOMPARE(m_observer.seen.size(), 2);
    QCOMPARE(m_observer.seen[0].table, u"number_counters"_s);
    QCOMPARE(m_observer.seen[0].kind, ChangeKind::Delete);
    QCOMPARE(m_observer.seen[1].table, u"number_series"_s);
    QCOMPARE(rowCount(*m_file, "number_counters"), 0);

    // One that numbers a document stays.
    const qint64 contact = insertContact(*m_file, customer(u"Klant"_s)).id;
    const auto again = insertCommitted(spare);
    KASBOEK_VERIFY_OK(again);
    auto insert = m_file->database().prepare(
        "INSERT INTO documents (uid, type, status, contact_id, series_id, created_at, updated_at) "
        "VALUES ('used', 'invoice', 'draft', ?1, ?2, 'x', 'x')");
    KASBOEK_VERIFY_OK(insert);
    insert->bind(1, contact).bind(2, again->id);
    KASBOEK_VERIFY_OK(insert->run());
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    KASBOEK_VERIFY_ERROR(m_series->remove(*work, again->id), ErrorCode::Conflict);
    KASBOEK_VERIFY_OK(work->commit());
    KASBOEK_VERIFY_OK(m_file->database().execute("DELETE FROM documents WHERE uid = 'used'"));
}

QTEST_GUILESS_MAIN(TestNumberSeriesRepository)
#include "TestNumberSeriesRepository.moc"
