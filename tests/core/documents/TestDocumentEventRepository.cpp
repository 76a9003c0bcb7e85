#include "DocumentTestSupport.h"
#include "storage/repositories/DocumentEventRepository.h"
#include "storage/repositories/DocumentRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::test;
using domain::Document;
using domain::DocumentType;
using storage::DocumentEvent;
using storage::DocumentEventKind;
using storage::DocumentEventRepository;

class TestDocumentEventRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void appendsInDateOrder();
    void refusesWhatCannotHappen_data();
    void refusesWhatCannotHappen();
    void kindsHaveStableCodes();

private:
    qint64 issued(DocumentType type, const QString& number);
    Result<DocumentEvent> appendCommitted(const DocumentEvent& event);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::CompanyFile> m_file;
    RecordingObserver m_observer;
    qint64 m_contact = 0;
    qint64 m_invoice = 0;
    qint64 m_quote = 0;
    qint64 m_draft = 0;
    qint64 m_purchase = 0;
};

void TestDocumentEventRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = createDocumentsFile(m_dir.filePath(u"events.kasboek"_s));
    m_contact = insertContact(*m_file, customer(u"Klant"_s)).id;
    m_invoice = issued(DocumentType::Invoice, u"2026-0001"_s);
    m_quote = issued(DocumentType::Quote, u"Q2026-0001"_s);
    m_purchase = issued(DocumentType::PurchaseInvoice, u"AK-1"_s);
    Document draft;
    draft.contactId = m_contact;
    auto stored = committed(*m_file, [&](storage::UnitOfWork& work) {
        return storage::DocumentRepository(m_file->database()).insertDraft(work, draft);
    });
    KASBOEK_VERIFY_OK(stored);
    m_draft = stored->id;
    m_file->addChangeObserver(&m_observer);
}

void TestDocumentEventRepository::init()
{
    m_observer.seen.clear();
}

void TestDocumentEventRepository::cleanupTestCase()
{
    m_file.reset();
}

qint64 TestDocumentEventRepository::issued(DocumentType type, const QString& number)
{
    Document d;
    d.type = type;
    d.contactId = m_contact;
    d.number = number;
    d.issueDate = QDate(2026, 3, 1);
    d.dueDate = QDate(2026, 3, 31);
    d.seller.name = u"Verkoper"_s;
    d.buyer.name = u"Koper"_s;
    storage::DocumentRepository documents(m_file->database());
    auto stored = committed(*m_file, [&](storage::UnitOfWork& work) -> Result<Document> {
        if (domain::DocumentTypes::isPurchase(type))
            return documents.insertIssuedPurchase(work, d);
        Document draft = d;
        draft.number.clear();
        auto inserted = documents.insertDraft(work, draft);
        if (!inserted)
            return inserted;
        d.id = inserted->id;
        d.seriesId = type == DocumentType::Quote ? 3 : 1;
        return documents.markIssued(work, d);
    });
    return stored ? stored->id : 0;
}

Result<DocumentEvent> TestDocumentEventRepository::appendCommitted(const DocumentEvent& event)
{
    return committed(*m_file, [&](storage::UnitOfWork& work) {
        return DocumentEventRepository(m_file->database()).append(work, event);
    });
}

void TestDocumentEventRepository::appendsInDateOrder()
{
    QVERIFY(m_invoice && m_quote && m_purchase);
    DocumentEvent later {
        0, {}, m_quote, DocumentEventKind::Accepted, QDate(2026, 3, 20), u"Per e-mail"_s, {}
    };
    DocumentEvent earlier { 0, {}, m_quote, DocumentEventKind::Sent, QDate(2026, 3, 2), {}, {} };
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const QString time = work->timestamp();
    const auto first = DocumentEventRepository(m_file->database()).append(*work, later);
    const auto second = DocumentEventRepository(m_file->database()).append(*work, earlier);
    KASBOEK_VERIFY_OK(first);
    KASBOEK_VERIFY_OK(second);
    KASBOEK_VERIFY_OK(work->commit());
    QVERIFY(!first->uid.isNull());
    QCOMPARE(first->createdAt, QDateTime::fromString(time, Qt::ISODateWithMs));

    const auto events = DocumentEventRepository(m_file->database()).forDocument(m_quote);
    KASBOEK_VERIFY_OK(events);
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->at(0), *second);
    QCOMPARE(events->at(1), *first);
    QCOMPARE(DocumentEventRepository(m_file->database()).find(first->id).value_or(DocumentEvent {}), *first);

    QCOMPARE(m_observer.seen.size(), 2);
    QCOMPARE(m_observer.seen[0].table, u"document_events"_s);
    QCOMPARE(m_observer.seen[0].kind, storage::ChangeKind::Insert);
    QCOMPARE(m_observer.seen[0].uid, first->uid.toString(QUuid::WithoutBraces));
    QCOMPARE(m_observer.seen[0].after.value(u"kind"_s).toString(), u"accepted"_s);
    QCOMPARE(m_observer.seen[0].after.value(u"event_date"_s).toString(), u"2026-03-20"_s);
    QCOMPARE(m_observer.seen[0].after.value(u"note"_s).toString(), u"Per e-mail"_s);
}

void TestDocumentEventRepository::refusesWhatCannotHappen_data()
{
    QTest::addColumn<int>("document");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("note");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    const QDate fine(2026, 3, 5);
    QTest::newRow("draft") << 0 << int(DocumentEventKind::Sent) << fine << QString()
                           << int(ErrorCode::Conflict) << u"documentId"_s;
    QTest::newRow("accepted invoice") << 1 << int(DocumentEventKind::Accepted) << fine << QString()
                                      << int(ErrorCode::Validation) << u"kind"_s;
    QTest::newRow("sent purchase") << 3 << int(DocumentEventKind::Sent) << fine << QString()
                                   << int(ErrorCode::Validation) << u"kind"_s;
    QTest::newRow("before the issue") << 2 << int(DocumentEventKind::Declined) << QDate(2026, 2, 28)
                                      << QString() << int(ErrorCode::Validation) << u"date"_s;
    QTest::newRow("no date") << 2 << int(DocumentEventKind::Declined) << QDate() << QString()
                             << int(ErrorCode::Validation) << u"date"_s;
    QTest::newRow("long note") << 2 << int(DocumentEventKind::Declined) << fine << QString(1001, u'x')
                               << int(ErrorCode::Validation) << u"note"_s;
    QTest::newRow("no document") << 4 << int(DocumentEventKind::Sent) << fine << QString()
                                 << int(ErrorCode::NotFound) << QString();
}

void TestDocumentEventRepository::refusesWhatCannotHappen()
{
    QFETCH(int, document);
    QFETCH(int, kind);
    QFETCH(QDate, date);
    QFETCH(QString, note);
    QFETCH(int, code);
    QFETCH(QString, field);
    const qint64 ids[] = { m_draft, m_invoice, m_quote, m_purchase, 4242 };
    const qint64 before = rowCount(*m_file, "document_events");
    const auto refused = appendCommitted({ 0, {}, ids[document], DocumentEventKind(kind), date, note, {} });
    KASBOEK_VERIFY_ERROR(refused, ErrorCode(code));
    if (!field.isEmpty())
        QCOMPARE(refused.error().field, field);
    QCOMPARE(rowCount(*m_file, "document_events"), before);
    QVERIFY(m_observer.seen.isEmpty());
}

void TestDocumentEventRepository::kindsHaveStableCodes()
{
    const QStringList codes { u"sent"_s, u"accepted"_s, u"declined"_s, u"converted"_s, u"cancelled"_s };
    for (int i = 0; i < codes.size(); ++i) {
        QCOMPARE(DocumentEventRepository::code(DocumentEventKind(i)), codes[i]);
        QCOMPARE(DocumentEventRepository::kindFromCode(codes[i]).value_or(DocumentEventKind::Sent),
                 DocumentEventKind(i));
    }
    KASBOEK_VERIFY_ERROR(DocumentEventRepository::kindFromCode(u"paid"), ErrorCode::Validation);
}

QTEST_GUILESS_MAIN(TestDocumentEventRepository)
#include "TestDocumentEventRepository.moc"
