#include "TestSupport.h"
#include "domain/VatExemptionReason.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::domain;

// Our table of VATEX exemption reasons against the official Peppol code list in
// ../shared. Its own executable, so that without ../shared ctest reports it skipped.
class TestVatExemptionCodeList : public QObject
{
    Q_OBJECT
private slots:
    void exemptionReasonsMatchPeppolCodeList();
};

// The table was generated from the Peppol code list; if either changes, this says so.
void TestVatExemptionCodeList::exemptionReasonsMatchPeppolCodeList()
{
    const QString shared = test::requireSharedDir("the comparison with the Peppol VATEX code list");
    QFile file(
        QDir(shared).filePath(u"standards/peppol/peppol-bis-invoice-3/structure/codelist/VATEX.xml"_s));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));

    QList<std::pair<QString, QString>> expected;
    QXmlStreamReader xml(&file);
    QString id;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"Id") {
            id = xml.readElementText().trimmed();
        } else if (xml.name() == u"Name") {
            // First line only: one French entry adds a French translation below.
            expected.append({ id, xml.readElementText().split(u'\n').first().simplified() });
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(expected.size(), 87);

    const QList<VatExemptionReason> ours = VatExemptionReason::all();
    QCOMPARE(ours.size(), expected.size());
    for (qsizetype i = 0; i < ours.size(); ++i) {
        QCOMPARE(ours.at(i).code(), expected.at(i).first);
        QCOMPARE(ours.at(i).text(), expected.at(i).second);
    }
}

QTEST_GUILESS_MAIN(TestVatExemptionCodeList)
#include "TestVatExemptionCodeList.moc"
