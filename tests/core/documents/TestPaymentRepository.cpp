#include "DocumentTestSupport.h"
#include "storage/repositories/DocumentRepository.h"
#include "storage/repositories/PaymentRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::test;
using domain::Document;
using domain::DocumentType;
using storage::Payment;
using storage::PaymentMethod;
using storage::PaymentRepository;

class TestPaymentRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void storesAndListsByDate();
    void refusesWhatIsNoPayment_data();
    void refusesWhatIsNoPayment();
    void removeRecordsTheWholeRow();
    void methodsHaveStableCodes();

private:
    qint64 document(DocumentType type, const QString& number, bool issue = true);
    Result<Payment> insertCommitted(const Payment& payment);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::CompanyFile> m_file;
    RecordingObserver m_observer;
    qint64 m_contact = 0;
    qint64 m_invoice = 0;
};

void TestPaymentRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = createDocumentsFile(m_dir.filePath(u"payments.kasboek"_s));
    m_contact = insertContact(*m_file, customer(u"Klant"_s)).id;
    m_invoice = document(DocumentType::Invoice, u"2026-0001"_s);
    QVERIFY(m_invoice > 0);
    m_file->addChangeObserver(&m_observer);
}

void TestPaymentRepository::init()
{
    KASBOEK_VERIFY_OK(m_file->database().execute("DELETE FROM payments"));
    m_observer.seen.clear();
}

void TestPaymentRepository::cleanupTestCase()
{
    m_file.reset();
}

qint64 TestPaymentRepository::document(DocumentType type, const QString& number, bool issue)
{
    storage::DocumentRepository documents(m_file->database());
    auto stored = committed(*m_file, [&](storage::UnitOfWork& work) -> Result<Document> {
        Document d;
        d.type = type;
        d.contactId = m_contact;
        auto draft = documents.insertDraft(work, d);
        if (!draft || !issue)
            return draft;
        draft->number = number;
        draft->seriesId = type == DocumentType::Quote ? 3 : 1;
        draft->issueDate = QDate(2026, 3, 1);
        draft->dueDate = QDate(2026, 3, 31);
        draft->seller.name = u"Verkoper"_s;
        draft->buyer.name = u"Koper"_s;
        draft->totalExclusive = euro("100.00");
        draft->totalVat = euro("21.00");
        draft->totalInclusive = euro("121.00");
        return documents.markIssued(work, *draft);
    });
    return stored ? stored->id : 0;
}

Result<Payment> TestPaymentRepository::insertCommitted(const Payment& payment)
{
    return committed(*m_file, [&](storage::UnitOfWork& work) {
        return PaymentRepository(m_file->database()).insert(work, payment);
    });
}

void TestPaymentRepository::storesAndListsByDate()
{
    const auto late = insertCommitted(
        { 0, {}, m_invoice, QDate(2026, 3, 20), euro("21.00"), PaymentMethod::Cash, u"  kas  "_s, {} });
    const auto early = insertCommitted({ 0,
                                         {},
                                         m_invoice,
                                         QDate(2026, 3, 10),
                                         euro("100.00"),
                                         PaymentMethod::BankTransfer,
                                         u"+++123/4567/89002+++"_s,
                                         {} });
    KASBOEK_VERIFY_OK(late);
    KASBOEK_VERIFY_OK(early);
    QCOMPARE(late->reference, u"kas"_s);
    QVERIFY(!late->uid.isNull());
    const auto listed = PaymentRepository(m_file->database()).forDocument(m_invoice);
    KASBOEK_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0), *early);
    QCOMPARE(listed->at(1), *late);
    // The list shows the sum.
    const auto summary = storage::DocumentRepository(m_file->database()).findSummary(m_invoice);
    KASBOEK_VERIFY_OK(summary);
    QCOMPARE(summary->paid, euro("121.00"));

    QCOMPARE(m_observer.seen.size(), 2);
    QCOMPARE(m_observer.seen[0].table, u"payments"_s);
    QCOMPARE(m_observer.seen[0].after.value(u"amount"_s).toLongLong(), 2100);
    QCOMPARE(m_observer.seen[0].after.value(u"currency"_s).toString(), u"EUR"_s);
    QCOMPARE(m_observer.seen[0].after.value(u"method"_s).toString(), u"cash"_s);
}

void TestPaymentRepository::refusesWhatIsNoPayment_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    const QDate fine(2026, 3, 10);
    QTest::newRow("zero") << 0 << u"0.00"_s << u"EUR"_s << fine << QString() << int(ErrorCode::Validation)
                          << u"amount"_s;
    QTest::newRow("negative") << 0 << u"-5.00"_s << u"EUR"_s << fine << QString()
                              << int(ErrorCode::Validation) << u"amount"_s;
    QTest::newRow("other currency") << 0 << u"5.00"_s << u"USD"_s << fine << QString()
                                    << int(ErrorCode::Validation) << u"amount"_s;
    QTest::newRow("no date") << 0 << u"5.00"_s << u"EUR"_s << QDate() << QString()
                             << int(ErrorCode::Validation) << u"date"_s;
    QTest::newRow("long reference") << 0 << u"5.00"_s << u"EUR"_s << fine << QString(141, u'r')
                                    << int(ErrorCode::Validation) << u"reference"_s;
    QTest::newRow("draft") << 1 << u"5.00"_s << u"EUR"_s << fine << QString() << int(ErrorCode::Conflict)
                           << u"documentId"_s;
    QTest::newRow("quote") << 2 << u"5.00"_s << u"EUR"_s << fine << QString() << int(ErrorCode::Conflict)
                           << u"documentId"_s;
    QTest::newRow("no document") << 3 << u"5.00"_s << u"EUR"_s << fine << QString()
                                 << int(ErrorCode::NotFound) << u"documentId"_s;
}

void TestPaymentRepository::refusesWhatIsNoPayment()
{
    QFETCH(int, target);
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QDate, date);
    QFETCH(QString, reference);
    QFETCH(int, code);
    QFETCH(QString, field);
    static const qint64 draft = document(DocumentType::Invoice, QString(), false);
    static const qint64 quote = document(DocumentType::Quote, u"Q2026-0001"_s);
    const qint64 ids[] = { m_invoice, draft, quote, 4242 };
    const auto money = domain::Money::parse(amount, domain::Currency::fromCode(currency).value());
    KASBOEK_VERIFY_OK(money);
    m_observer.seen.clear();
    const auto refused
        = insertCommitted({ 0, {}, ids[target], date, *money, PaymentMethod::Other, reference, {} });
    KASBOEK_VERIFY_ERROR(refused, ErrorCode(code));
    QCOMPARE(refused.error().field, field);
    QCOMPARE(rowCount(*m_file, "payments"), 0);
    QVERIFY(m_observer.seen.isEmpty());
}

void TestPaymentRepository::removeRecordsTheWholeRow()
{
    const auto stored = insertCommitted(
        { 0, {}, m_invoice, QDate(2026, 3, 10), euro("50.00"), PaymentMethod::Card, {}, {} });
    KASBOEK_VERIFY_OK(stored);
    m_observer.seen.clear();
    KASBOEK_VERIFY_OK(committed(*m_file, [&](storage::UnitOfWork& work) -> Result<bool> {
        auto removed = PaymentRepository(m_file->database()).remove(work, stored->id);
        if (!removed)
            return std::unexpected(removed.error());
        return true;
    }));
    QCOMPARE(rowCount(*m_file, "payments"), 0);
    QCOMPARE(m_observer.seen.size(), 1);
    QCOMPARE(m_observer.seen[0].kind, storage::ChangeKind::Delete);
    QCOMPARE(m_observer.seen[0].before.value(u"amount"_s).toLongLong(), 5000);
    QCOMPARE(m_observer.seen[0].before.value(u"method"_s).toString(), u"card"_s);
    KASBOEK_VERIFY_ERROR(PaymentRepository(m_file->database()).find(stored->id), ErrorCode::NotFound);
}

void TestPaymentRepository::methodsHaveStableCodes()
{
    const QStringList codes { u"bank_transfer"_s, u"cash"_s, u"card"_s, u"direct_debit"_s, u"other"_s };
    for (int i = 0; i < codes.size(); ++i) {
        QCOMPARE(PaymentRepository::code(PaymentMethod(i)), codes[i]);
        QCOMPARE(PaymentRepository::methodFromCode(codes[i]).value_or(PaymentMethod::Other),
                 PaymentMethod(i));
    }
    KASBOEK_VERIFY_ERROR(PaymentRepository::methodFromCode(u"cheque"), ErrorCode::Validation);
}

QTEST_GUILESS_MAIN(TestPaymentRepository)
#include "TestPaymentRepository.moc"
