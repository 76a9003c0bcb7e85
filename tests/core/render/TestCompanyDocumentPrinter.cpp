#include "../storage/StorageTestSupport.h"
#include "DocumentFixtures.h"
#include "render/CompanyDocumentPrinter.h"
#include "storage/repositories/SettingsRepository.h"

#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

using namespace kasboek;
namespace fixtures = kasboek::test::fixtures;

// CompanyDocumentPrinter: the template kept in the file's settings, and the PDF printed with it.
class TestCompanyDocumentPrinter final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::CompanyFile> m_file;

private slots:
    void initTestCase() { m_file = test::createFile(m_dir.filePath(QStringLiteral("template.kasboek"))); }

    void aNewFileHasTheDefaultTemplate()
    {
        auto loaded
            = render::CompanyDocumentPrinter::loadTemplate(storage::SettingsRepository(m_file->database()));
        KASBOEK_VERIFY_OK(loaded);
        QCOMPARE(*loaded, render::DocumentTemplate {});
    }

    void theTemplateRoundTripsThroughTheSettings()
    {
        render::DocumentTemplate chosen;
        chosen.accentColor = QColor(QStringLiteral("#0a7d5a"));
        chosen.footerText = QStringLiteral("Algemene voorwaarden op studioverhaegen.example");
        chosen.fontFamily = QStringLiteral("DejaVu Sans");
        chosen.showPaymentQrCode = false;
        chosen.logo = QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        storage::SettingsRepository settings(m_file->database());
        auto work = m_file->beginWork();
        KASBOEK_VERIFY_OK(work);
        KASBOEK_VERIFY_OK(render::CompanyDocumentPrinter::saveTemplate(*work, settings, chosen));
        KASBOEK_VERIFY_OK(work->commit());
        auto loaded = render::CompanyDocumentPrinter::loadTemplate(settings);
        KASBOEK_VERIFY_OK(loaded);
        QCOMPARE(*loaded, chosen);
    }

    void anUnreadableColourFallsBackToTheDefault()
    {
        storage::SettingsRepository settings(m_file->database());
        auto work = m_file->beginWork();
        KASBOEK_VERIFY_OK(work);
        KASBOEK_VERIFY_OK(settings.setValue(*work, QStringLiteral("template.accent_color"),
                                            QStringLiteral("not a colour")));
        KASBOEK_VERIFY_OK(work->commit());
        auto loaded = render::CompanyDocumentPrinter::loadTemplate(settings);
        KASBOEK_VERIFY_OK(loaded);
        QCOMPARE(loaded->accentColor, render::DocumentTemplate::defaultAccentColor());
    }

    void printsWithTheTemplatesFooterAndTheLegalMentions()
    {
        render::DocumentTemplate chosen;
        chosen.footerText = QStringLiteral("Voetnoot van de sjabloon");
        render::CompanyDocumentPrinter printer(chosen);
        auto pdf = printer.pdf(fixtures::intraEuServicesInvoice());
        KASBOEK_VERIFY_OK(pdf);
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(*pdf);
        file.flush();
        QProcess text;
        text.start(QStringLiteral("pdftotext"), QStringList { file.fileName(), QStringLiteral("-") });
        QVERIFY(text.waitForFinished(60000));
        const QString printed = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(printed.contains(QStringLiteral("Voetnoot van de sjabloon")), qPrintable(printed));
        // The reverse-charge mention comes from LegalMentions or the document's own reason.
        QVERIFY2(printed.contains(fixtures::intraEuServicesInvoice().exemptions.value(0).reasonText.left(20)),
                 qPrintable(printed));
    }
};

QTEST_MAIN(TestCompanyDocumentPrinter)
#include "TestCompanyDocumentPrinter.moc"
