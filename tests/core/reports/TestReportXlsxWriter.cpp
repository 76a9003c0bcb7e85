#include "TestSupport.h"
#include "reports/ReportXlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using kasboek::ErrorCode;
using namespace kasboek::reports;

namespace {

// One cell of sheet1.xml as Excel reads it: its type attribute ("s" shared string, "inlineStr",
// none for a number), its style index and its value (a number, or the string itself).
struct Cell
{
    QString type;
    int style = 0;
    QString value;
};

// One entry of the workbook's ZIP, read by a separate program (see ZipEntryTool.cpp for why).
QByteArray zipEntry(const QString& path, const QString& entry)
{
    QProcess process;
    process.start(QString::fromUtf8(KASBOEK_ZIP_ENTRY_TOOL), { path, entry });
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

QStringList sharedStrings(const QString& path)
{
    QStringList strings;
    QXmlStreamReader xml(zipEntry(path, u"xl/sharedStrings.xml"_s));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            strings.append(QString());
        else if (xml.isStartElement() && xml.name() == u"t" && !strings.isEmpty())
            strings.last() += xml.readElementText();
    }
    return strings;
}

// The cells by reference ("B5"), shared strings resolved into their text.
QMap<QString, Cell> sheetCells(const QString& path)
{
    const QStringList strings = sharedStrings(path);
    QMap<QString, Cell> cells;
    QXmlStreamReader xml(zipEntry(path, u"xl/worksheets/sheet1.xml"_s));
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"c") {
            current = xml.attributes().value(u"r"_s).toString();
            cells[current].type = xml.attributes().value(u"t"_s).toString();
            cells[current].style = xml.attributes().value(u"s"_s).toInt();
        } else if (xml.name() == u"v" || xml.name() == u"t") {
            Cell& cell = cells[current];
            cell.value = xml.readElementText();
            if (cell.type == u"s")
                cell.value = strings.value(cell.value.toInt());
        }
    }
    return cells;
}

ReportTable sampleTable()
{
    ReportTable table;
    table.key = u"trial-balance"_s;
    table.title = u"Trial balance"_s;
    table.subtitle = { u"Atelier Verhaegen"_s, u"1 January 2024 – 31 March 2024"_s };
    table.columns = { { u"code"_s, u"Account"_s, ColumnKind::Text },
                      { u"name"_s, u"Description"_s, ColumnKind::Text },
                      { u"date"_s, u"Date"_s, ColumnKind::Date },
                      { u"debit"_s, u"Debit"_s, ColumnKind::Amount },
                      { u"entries"_s, u"Entries"_s, ColumnKind::Count } };
    table.rows = {
        { RowStyle::Heading, 0, { u"7"_s, u"Revenue"_s } },
        { RowStyle::Detail,
          1,
          { u"700000"_s, u"=Sales; \"EU\""_s, QDate(2024, 3, 31), ReportAmount { 123456 }, qint64(12) } },
        { RowStyle::Detail,
          1,
          { u"700100"_s, u"Cr\u00e9dit"_s, QDate(1899, 12, 31), ReportAmount { -5 }, qint64(-3) } },
        { RowStyle::Subtotal, 0, { u""_s, u"Total 7"_s, {}, ReportAmount { 123451 } } },
        { RowStyle::Total, 0, { {}, u"Total"_s, {}, ReportAmount { 123451 }, qint64(9) } },
    };
    return table;
}

// Excel's day 0 is 1899-12-30 (it counts 1900 as a leap year, so from March 1900 on a serial is
// simply the days since then).
qint64 excelSerial(QDate date)
{
    return QDate(1899, 12, 30).daysTo(date);
}

} // namespace

class TestReportXlsxWriter final : public QObject
{
    Q_OBJECT

private slots:
    void cellsAreTypedValues()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"trial-balance.xlsx"_s);
        KASBOEK_VERIFY_OK(ReportXlsxWriter::write(sampleTable(), path, QLocale(u"nl_BE"_s)));
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + u".part"_s));

        const QMap<QString, Cell> cells = sheetCells(path);
        // Title, two subtitle lines, a blank row, the header on row 5, the data from row 6.
        QCOMPARE(cells.value(u"A1"_s).value, u"Trial balance"_s);
        QCOMPARE(cells.value(u"A2"_s).value, u"Atelier Verhaegen"_s);
        QCOMPARE(cells.value(u"A3"_s).value, u"1 January 2024 – 31 March 2024"_s);
        QVERIFY(!cells.contains(u"A4"_s));
        QCOMPARE(cells.value(u"A5"_s).value, u"Account"_s);
        QCOMPARE(cells.value(u"D5"_s).value, u"Debit"_s);
        QCOMPARE(cells.value(u"A6"_s).value, u"7"_s);
        QCOMPARE(cells.value(u"A6"_s).type, u"s"_s);

        // Amounts are numbers in currency units, never text.
        QCOMPARE(cells.value(u"D7"_s).type, QString());
        QCOMPARE(cells.value(u"D7"_s).value.toDouble(), 1234.56);
        QCOMPARE(cells.value(u"D7"_s).value, u"1234.56"_s);
        QCOMPARE(cells.value(u"D8"_s).value, u"-0.05"_s);
        QCOMPARE(cells.value(u"D10"_s).value, u"1234.51"_s);
        // Text that looks like a formula stays a string: a typed cell is never evaluated.
        QCOMPARE(cells.value(u"B7"_s).type, u"s"_s);
        QCOMPARE(cells.value(u"B7"_s).value, u"=Sales; \"EU\""_s);
        QCOMPARE(cells.value(u"B8"_s).value, u"Cr\u00e9dit"_s);
        // A date is a serial day number; one before Excel's calendar is ISO text.
        QCOMPARE(cells.value(u"C7"_s).value, u"45382"_s);
        QCOMPARE(cells.value(u"C7"_s).value.toLongLong(), excelSerial(QDate(2024, 3, 31)));
        QCOMPARE(cells.value(u"C8"_s).value, u"1899-12-31"_s);
        QCOMPARE(cells.value(u"E7"_s).value, u"12"_s);
        QCOMPARE(cells.value(u"E8"_s).value, u"-3"_s);
        // The empty cells of the subtotal carry its rule; those of a detail row are not written.
        QVERIFY(cells.contains(u"A9"_s));
        QVERIFY(cells.contains(u"E9"_s));
        QVERIFY(cells.value(u"E9"_s).value.isEmpty());
        QVERIFY(cells.value(u"E9"_s).style > 0);
        QVERIFY(!cells.contains(u"D6"_s));
        QVERIFY(!cells.contains(u"A11"_s));

        const QStringList strings = sharedStrings(path);
        QVERIFY(strings.contains(u"Trial balance"_s));
        for (const QString& title : { u"Account"_s, u"Description"_s, u"Date"_s, u"Debit"_s, u"Entries"_s })
            QVERIFY2(strings.contains(title), qPrintable(title));
    }

    void sheetLayoutAndStyles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.xlsx"_s);
        KASBOEK_VERIFY_OK(ReportXlsxWriter::write(sampleTable(), path, QLocale(u"en_US"_s)));

        const QString workbook = QString::fromUtf8(zipEntry(path, u"xl/workbook.xml"_s));
        QVERIFY2(workbook.contains(u"<sheet name=\"Trial balance\""_s), qPrintable(workbook));
        const QString sheet = QString::fromUtf8(zipEntry(path, u"xl/worksheets/sheet1.xml"_s));
        // Frozen below the header (row 5), filter over header and data.
        QVERIFY2(sheet.contains(u"ySplit=\"5\""_s), qPrintable(sheet));
        QVERIFY(sheet.contains(u"state=\"frozen\""_s));
        QVERIFY(sheet.contains(u"<autoFilter ref=\"A5:E10\"/>"_s));
        QVERIFY(sheet.contains(u"<cols>"_s));

        const QString styles = QString::fromUtf8(zipEntry(path, u"xl/styles.xml"_s));
        QVERIFY2(styles.contains(u"formatCode=\"#,##0.00;[Red]-#,##0.00\""_s), qPrintable(styles));
        QVERIFY(styles.contains(u"formatCode=\"yyyy-mm-dd\""_s));
        QVERIFY(styles.contains(u"<b/>"_s));
        QVERIFY(styles.contains(u"<bottom style=\"double\">"_s));
        QVERIFY(styles.contains(u"<top style=\"thin\">"_s));
        QVERIFY(styles.contains(u"indent=\"1\""_s));
    }

    void minorDigitsSetTheNumberFormat()
    {
        ReportTable table = sampleTable();
        table.currency = u"KWD"_s;
        table.minorDigits = 3;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kwd.xlsx"_s);
        KASBOEK_VERIFY_OK(ReportXlsxWriter::write(table, path, QLocale(u"en_US"_s)));
        QCOMPARE(sheetCells(path).value(u"D7"_s).value, u"123.456"_s);
        QCOMPARE(sheetCells(path).value(u"D8"_s).value, u"-0.005"_s);
        QVERIFY(zipEntry(path, u"xl/styles.xml"_s).contains("formatCode=\"#,##0.000;[Red]-#,##0.000\""));

        table.currency = u"JPY"_s;
        table.minorDigits = 0;
        KASBOEK_VERIFY_OK(ReportXlsxWriter::write(table, path, QLocale(u"en_US"_s)));
        QCOMPARE(sheetCells(path).value(u"D7"_s).value, u"123456"_s);
        QVERIFY(zipEntry(path, u"xl/styles.xml"_s).contains("formatCode=\"#,##0;[Red]-#,##0\""));
    }

    void sheetNameFollowsExcelRules()
    {
        QCOMPARE(ReportXlsxWriter::sheetName(u"Trial balance"_s), u"Trial balance"_s);
        QCOMPARE(ReportXlsxWriter::sheetName(u"P&L [2024/Q1]: *draft*?\\"_s), u"P&L 2024Q1 draft"_s);
        QCOMPARE(ReportXlsxWriter::sheetName(u"Ouderdomsbalans van de openstaande klanten"_s),
                 u"Ouderdomsbalans van de openstaa"_s);
        QCOMPARE(ReportXlsxWriter::sheetName(u"'Quoted'"_s), u"Quoted"_s);
        QCOMPARE(ReportXlsxWriter::sheetName(u"[]:*?/\\"_s), u"Report"_s);

        ReportTable table = sampleTable();
        table.title = u"Grootboek / Général: 2024 [Q1] – een bijzonder lange titel"_s;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"long.xlsx"_s);
        KASBOEK_VERIFY_OK(ReportXlsxWriter::write(table, path, QLocale(u"nl_BE"_s)));
        const QString workbook = QString::fromUtf8(zipEntry(path, u"xl/workbook.xml"_s));
        QVERIFY2(workbook.contains(u"<sheet name=\"Grootboek  Général 2024 Q1 – ee\""_s),
                 qPrintable(workbook));
        // The title row keeps the whole title.
        QCOMPARE(sheetCells(path).value(u"A1"_s).value, table.title);
    }

    void replacesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.xlsx"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("not a workbook");
        old.close();
        KASBOEK_VERIFY_OK(ReportXlsxWriter::write(sampleTable(), path, QLocale(u"en_US"_s)));
        QCOMPARE(sheetCells(path).value(u"D7"_s).value, u"1234.56"_s);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"report.xlsx"_s });
    }

    void unwritablePathLeavesNothing()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"no-such-folder/report.xlsx"_s);
        KASBOEK_VERIFY_ERROR(ReportXlsxWriter::write(sampleTable(), missing, QLocale(u"en_US"_s)),
                             ErrorCode::Io);
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!QFileInfo::exists(missing + u".part"_s));

        // The workbook is written, but cannot take the place of a folder: its .part goes too.
        const QString folder = dir.filePath(u"folder.xlsx"_s);
        QVERIFY(QDir(dir.path()).mkpath(u"folder.xlsx/inside"_s));
        const auto result = ReportXlsxWriter::write(sampleTable(), folder, QLocale(u"en_US"_s));
        KASBOEK_VERIFY_ERROR(result, ErrorCode::Io);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(!QFileInfo::exists(folder + u".part"_s));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    }

    void largeTableInConstantMemory()
    {
        ReportTable table = sampleTable();
        const ReportRow detail = table.rows.at(1);
        table.rows.clear();
        const int count = ReportXlsxWriter::ConstantMemoryRows + 5000;
        for (int i = 0; i < count; ++i) {
            ReportRow row = detail;
            row.cells[0] = QString::number(100000 + i);
            row.cells[3] = ReportAmount { i };
            table.rows.append(row);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ledger.xlsx"_s);
        KASBOEK_VERIFY_OK(ReportXlsxWriter::write(table, path, QLocale(u"nl_BE"_s)));
        const QMap<QString, Cell> cells = sheetCells(path);
        // Data from row 6: the last one is row 5 + count.
        const QString last = QString::number(5 + count);
        QCOMPARE(cells.value(u"A"_s + last).value, QString::number(100000 + count - 1));
        QCOMPARE(cells.value(u"A"_s + last).type, u"inlineStr"_s);
        QCOMPARE(cells.value(u"D"_s + last).value, u"249.99"_s);
        QCOMPARE(cells.value(u"C"_s + last).value, u"45382"_s);
        QVERIFY(!cells.contains(u"A"_s + QString::number(6 + count)));
        QVERIFY(zipEntry(path, u"xl/worksheets/sheet1.xml"_s)
                    .contains(QByteArray("<autoFilter ref=\"A5:E") + last.toLatin1() + "\"/>"));
    }
};

QTEST_GUILESS_MAIN(TestReportXlsxWriter)
#include "TestReportXlsxWriter.moc"
