// Every fixture, written by UblWriter, through the official rules: the UBL 2.1 schema, the
// EN 16931 Schematron and the Peppol BIS Billing 3.0 Schematron, as run by
// ../shared/standards/validate-peppol. Its own executable because it needs ../shared and Java.
//
// One validator run covers all good files (it costs seconds per run, little per file); a second
// run on broken copies proves that this harness can see a failure.
#include "DocumentFixtures.h"
#include "TestSupport.h"
#include "exchange/ubl/UblWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::domain;
using namespace kasboek::exchange::ubl;
namespace fixtures = kasboek::test::fixtures;

namespace {

constexpr int kValidatorTimeoutMs = 180'000;

struct ValidatorRun
{
    int exitCode = -1;
    QString output;
};

// The fixtures and the variants of them that take other paths through the writer.
QList<fixtures::NamedDocument> variants()
{
    QList<fixtures::NamedDocument> documents = fixtures::allDocuments();

    Document withoutReferences = fixtures::domesticInvoice();
    withoutReferences.buyerReference.clear();
    withoutReferences.orderReference.clear();
    documents.append({ u"no-buyer-reference"_s, withoutReferences });

    Document creditNoteWithoutTerms = fixtures::creditNote();
    creditNoteWithoutTerms.paymentTerms.clear();
    documents.append({ u"credit-note-without-terms"_s, creditNoteWithoutTerms });

    Document noAccount = fixtures::franchiseInvoice();
    noAccount.seller.iban.clear();
    noAccount.seller.bic.clear();
    documents.append({ u"no-payment-means"_s, noAccount });

    Document notSubject = fixtures::exportInvoice();
    for (DocumentLine& line : notSubject.lines)
        line.vatCategory = VatCategory::NotSubject;
    notSubject.charges.first().vatCategory = VatCategory::NotSubject;
    notSubject.exemptions = { { VatCategory::NotSubject, u"VATEX-EU-O"_s, QString() } };
    documents.append({ u"not-subject"_s, fixtures::issued(notSubject) });

    Document dutchVatOnly = fixtures::dutchInvoice();
    dutchVatOnly.buyer.kvkNumber.clear();
    documents.append({ u"dutch-buyer-vat-only"_s, dutchVatOnly });
    return documents;
}

// A minimal but real PDF, so that the embedded-document path is validated too.
QByteArray smallPdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                             "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                             "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
                             "trailer<</Root 1 0 R>>\n%%EOF\n");
}

ValidatorRun runValidator(const QString& validator, const QStringList& files)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(validator, files);
    ValidatorRun run;
    if (!process.waitForStarted(10'000)) {
        run.output = u"could not start %1: %2"_s.arg(validator, process.errorString());
        return run;
    }
    if (!process.waitForFinished(kValidatorTimeoutMs)) {
        process.kill();
        process.waitForFinished(5'000);
        run.output = u"timed out after %1 s:\n"_s.arg(kValidatorTimeoutMs / 1000)
            + QString::fromUtf8(process.readAll());
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// The verdict line validate-peppol prints for a file: "<file>: PASS (n warning)".
QString verdictFor(const QString& output, const QString& file)
{
    for (const QString& line : output.split(u'\n')) {
        if (line.startsWith(file + u": PASS"_s) || line.startsWith(file + u": FAIL"_s))
            return line.mid(file.size() + 2);
    }
    return {};
}

} // namespace

class TestUblWriterPeppolValidation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyFixturePassesPeppolValidation();
    void brokenCopiesFail();

private:
    QString m_validator;
    QTemporaryDir m_dir;
};

void TestUblWriterPeppolValidation::initTestCase()
{
    const QString shared = test::requireSharedDir("validating the UBL export with the official Peppol rules");
    m_validator = QDir(shared).filePath(u"standards/validate-peppol"_s);
    QVERIFY2(QFileInfo(m_validator).isExecutable(), qPrintable(m_validator + u" is missing"_s));
    QVERIFY(m_dir.isValid());
}

void TestUblWriterPeppolValidation::everyFixturePassesPeppolValidation()
{
    QStringList files;
    const QList<fixtures::NamedDocument> documents = variants();
    for (const fixtures::NamedDocument& named : documents) {
        const auto xml = UblWriter::write(named.document);
        QVERIFY2(xml, qPrintable(named.name + u": "_s + (xml ? QString() : xml.error().toString())));
        files.append(m_dir.filePath(named.name + u".xml"_s));
        QVERIFY(writeFile(files.last(), *xml));
    }
    const auto withPdf = UblWriter::write(fixtures::domesticInvoice(), smallPdf());
    KASBOEK_VERIFY_OK(withPdf);
    files.append(m_dir.filePath(u"domestic-with-pdf.xml"_s));
    QVERIFY(writeFile(files.last(), *withPdf));

    const ValidatorRun run = runValidator(m_validator, files);
    if (run.exitCode != 0)
        qWarning().noquote() << "validate-peppol said:\n" << run.output;
    QVERIFY2(run.exitCode != 2,
             "validate-peppol reports missing prerequisites (see above): the install script "
             "installs libxml2-utils, default-jre-headless, libsaxonhe-java and python3-lxml");
    QCOMPARE(run.exitCode, 0);
    for (const QString& file : files) {
        const QString verdict = verdictFor(run.output, file);
        QVERIFY2(verdict.startsWith(u"PASS"_s),
                 qPrintable(QFileInfo(file).fileName() + u": "_s
                            + (verdict.isEmpty() ? u"no verdict"_s : verdict)));
    }
    QVERIFY2(run.output.contains(u"%1/%1 passed"_s.arg(files.size())), qPrintable(run.output));
    // Warnings do not fail a file; show them so that they get looked at.
    for (const QString& line : run.output.split(u'\n')) {
        if (line.contains(u": warning: "_s))
            qInfo().noquote() << QFileInfo(line.section(u": "_s, 0, 0)).fileName()
                              << line.section(u": "_s, 1);
    }
}

// Changed after writing, each the way a bug in the writer could break it: the harness must fail them.
void TestUblWriterPeppolValidation::brokenCopiesFail()
{
    const auto xml = UblWriter::write(fixtures::domesticInvoice());
    KASBOEK_VERIFY_OK(xml);
    // 4477.50 + 940.28 = 5417.78 is due.
    const QByteArray payable = "<cbc:PayableAmount currencyID=\"EUR\">5417.78</cbc:PayableAmount>";
    QVERIFY(xml->contains(payable));
    QByteArray wrongPayable = *xml;
    wrongPayable.replace(payable, "<cbc:PayableAmount currencyID=\"EUR\">5417.79</cbc:PayableAmount>");

    // The invoice type code after the note: the schema's sequence broken.
    QByteArray wrongOrder = *xml;
    const QByteArray typeCode = "<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>";
    const qsizetype noteEnd = wrongOrder.indexOf("</cbc:Note>") + qsizetype(sizeof("</cbc:Note>") - 1);
    wrongOrder.replace(typeCode, QByteArray());
    wrongOrder.insert(noteEnd - typeCode.size(), typeCode);

    const QString payableFile = m_dir.filePath(u"broken-payable.xml"_s);
    const QString orderFile = m_dir.filePath(u"broken-order.xml"_s);
    QVERIFY(writeFile(payableFile, wrongPayable));
    QVERIFY(writeFile(orderFile, wrongOrder));

    const ValidatorRun run = runValidator(m_validator, { payableFile, orderFile });
    QVERIFY2(run.exitCode == 1, qPrintable(u"exit code %1:\n"_s.arg(run.exitCode) + run.output));
    QVERIFY2(verdictFor(run.output, payableFile).startsWith(u"FAIL"_s), qPrintable(run.output));
    QVERIFY2(run.output.contains(payableFile + u": fatal: BR-CO-16"_s), qPrintable(run.output));
    QVERIFY2(verdictFor(run.output, orderFile).startsWith(u"FAIL"_s), qPrintable(run.output));
    QVERIFY2(run.output.contains(orderFile + u": fatal: XSD"_s), qPrintable(run.output));
}

QTEST_GUILESS_MAIN(TestUblWriterPeppolValidation)
#include "TestUblWriterPeppolValidation.moc"
