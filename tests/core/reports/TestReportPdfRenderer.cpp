#include "TestSupport.h"
#include "render/ReportPdfRenderer.h"
#include "render/report/ReportCellText.h"
#include "render/report/ReportPagination.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek::reports;
using kasboek::render::ReportCellText;
using kasboek::render::ReportPagination;
using kasboek::render::ReportPdfRenderer;

namespace {

// Runs a poppler tool on the PDF; its standard output, or empty on failure.
QString poppler(const QString& tool, QStringList arguments, const QByteArray& pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    arguments.append(path);
    if (tool == u"pdftotext")
        arguments.append(u"-"_s);
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of each page (pdftotext ends every page with a form feed); no-break spaces plain.
QStringList pageTexts(const QByteArray& pdf)
{
    QString text = poppler(u"pdftotext"_s, { u"-layout"_s, u"-enc"_s, u"UTF-8"_s }, pdf);
    text.replace(QChar(0x00A0), u' ');
    text.replace(QChar(0x202F), u' ');
    QStringList pages = text.split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

struct PdfInfo
{
    int pages = 0;
    double width = 0; // points
    double height = 0;
};

PdfInfo pdfInfo(const QByteArray& pdf)
{
    const QString info = poppler(u"pdfinfo"_s, {}, pdf);
    PdfInfo result;
    const QRegularExpressionMatch pages
        = QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption).match(info);
    const QRegularExpressionMatch size = QRegularExpression(u"^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s,
                                                            QRegularExpression::MultilineOption)
                                             .match(info);
    if (pages.hasMatch())
        result.pages = pages.captured(1).toInt();
    if (size.hasMatch()) {
        result.width = size.captured(1).toDouble();
        result.height = size.captured(2).toDouble();
    }
    return result;
}

// A trial balance of detailRows accounts "Account 001", "Account 002", ..., each with a debit of
// (i × 1,000.01) and a credit of 5 cents, between a heading and a total.
ReportTable trialBalance(int detailRows, int extraColumns = 0)
{
    ReportTable table;
    table.key = u"trial-balance"_s;
    table.title = u"Trial balance 2024"_s;
    table.subtitle = { u"Atelier Verhaegen BV"_s, u"From 2024-01-01 to 2024-12-31"_s };
    table.columns = { { u"code"_s, u"Account"_s, ColumnKind::Text },
                      { u"name"_s, u"Description"_s, ColumnKind::Text },
                      { u"debit"_s, u"Debit"_s, ColumnKind::Amount },
                      { u"credit"_s, u"Credit"_s, ColumnKind::Amount } };
    for (int c = 0; c < extraColumns; ++c)
        table.columns.append({ u"extra%1"_s.arg(c), u"Extra %1"_s.arg(c), ColumnKind::Count });
    table.rows.append({ RowStyle::Heading, 0, { u"6"_s, u"Costs"_s } });
    for (int i = 1; i <= detailRows; ++i) {
        ReportRow row { RowStyle::Detail,
                        1,
                        { u"6%1"_s.arg(i, 5, 10, QChar(u'0')), u"Account %1"_s.arg(i, 3, 10, QChar(u'0')),
                          ReportAmount { qint64(i) * 100001 }, ReportAmount { -5 } } };
        for (int c = 0; c < extraColumns; ++c)
            row.cells.append(qint64(i));
        table.rows.append(row);
    }
    table.rows.append(
        { RowStyle::Total, 0, { {}, u"Total"_s, ReportAmount { 123456 }, ReportAmount { -987654321 } } });
    return table;
}

QByteArray withoutCreationDate(QByteArray pdf)
{
    static const QRegularExpression date(u"/CreationDate \\([^)]*\\)"_s);
    return QString::fromLatin1(pdf).remove(date).toLatin1();
}

} // namespace

class TestReportPdfRenderer final : public QObject
{
    Q_OBJECT

private slots:
    void threePagesWithHeaderOnEach()
    {
        const ReportTable table = trialBalance(120);
        const auto pdf = ReportPdfRenderer::render(table, QLocale(u"nl_BE"_s));
        KASBOEK_VERIFY_OK(pdf);
        const PdfInfo info = pdfInfo(*pdf);
        QCOMPARE(info.pages, 3);
        QVERIFY2(info.height > info.width, "four columns stay portrait");
        QVERIFY(qAbs(info.width - 595.28) < 1);

        const QStringList pages = pageTexts(*pdf);
        QCOMPARE(pages.size(), 3);
        for (int p = 0; p < 3; ++p) {
            const QString& page = pages.at(p);
            QVERIFY2(
                QRegularExpression(u"Account\\s+Description\\s+Debit\\s+Credit"_s).match(page).hasMatch(),
                qPrintable(page));
            QCOMPARE(page.count(u"Description"_s), 1);
            QVERIFY2(page.contains(u"Page %1 of 3"_s.arg(p + 1)), qPrintable(page));
            // The footer names the report on every page, the title block once more on the first.
            QCOMPARE(page.count(u"Trial balance 2024"_s), p == 0 ? 2 : 1);
        }
        QVERIFY(pages.at(0).contains(u"Atelier Verhaegen BV"_s));
        QVERIFY(pages.at(0).contains(u"From 2024-01-01 to 2024-12-31"_s));
        QVERIFY(!pages.at(1).contains(u"Atelier Verhaegen BV"_s));

        // Every row exactly once, in order, across the pages.
        const QString all = pages.join(u'\n');
        qsizetype last = -1;
        for (int i = 1; i <= 120; ++i) {
            const QString name = u"Account %1"_s.arg(i, 3, 10, QChar(u'0'));
            QCOMPARE(all.count(name), 1);
            const qsizetype at = all.indexOf(name);
            QVERIFY2(at > last, qPrintable(name));
            last = at;
        }
        // Amounts in the locale's way, right-aligned: the debit ends where its header ends.
        QVERIFY(all.contains(u"1.000,01"_s));
        QVERIFY(all.contains(u"12.000,12"_s)); // 12 × 1,000.01
        QVERIFY(all.contains(u"120.001,20"_s)); // 120 × 1,000.01
        QVERIFY(all.contains(u"-0,05"_s));
        QVERIFY(all.contains(u"1.234,56"_s));
        QVERIFY(all.contains(u"-9.876.543,21"_s));
        const QStringList lines = pages.at(2).split(u'\n');
        const auto lineWith = [&lines](const QString& needle) {
            for (const QString& line : lines) {
                if (line.contains(needle))
                    return line;
            }
            return QString();
        };
        const QString header = lineWith(u"Debit"_s);
        const QString total = lineWith(u"1.234,56"_s);
        QVERIFY(!header.isEmpty() && !total.isEmpty());
        // pdftotext places text on a character grid: the ends agree within a column.
        QVERIFY2(qAbs((total.indexOf(u"1.234,56"_s) + 8) - (header.indexOf(u"Debit"_s) + 5)) <= 1,
                 qPrintable(header + u'\n' + total));
    }

    void englishFormats()
    {
        ReportTable table = trialBalance(3);
        table.columns.append({ u"date"_s, u"Date"_s, ColumnKind::Date });
        table.rows[1].cells.append(QDate(2024, 3, 31));
        const auto pdf = ReportPdfRenderer::render(table, QLocale(u"en_US"_s));
        KASBOEK_VERIFY_OK(pdf);
        const QString text = pageTexts(*pdf).join(u'\n');
        QVERIFY2(text.contains(u"1,000.01"_s), qPrintable(text));
        QVERIFY(text.contains(u"-9,876,543.21"_s));
        QVERIFY(text.contains(u"3/31/2024"_s));
        QVERIFY(text.contains(u"Page 1 of 1"_s));
    }

    void cellTextFollowsTheLocale()
    {
        const ReportCellText flemish(QLocale(u"nl_BE"_s), 2);
        QCOMPARE(flemish.amount(123456), u"1.234,56"_s);
        QCOMPARE(flemish.amount(-5), u"-0,05"_s);
        QCOMPARE(flemish.amount(0), u"0,00"_s);
        QCOMPARE(flemish.amount(std::numeric_limits<qint64>::min()), u"-92.233.720.368.547.758,08"_s);
        QCOMPARE(flemish.date(QDate(2024, 3, 1)), u"1/03/2024"_s);
        QCOMPARE(flemish.count(-1234567), u"-1.234.567"_s);
        QCOMPARE(ReportCellText(QLocale(u"fr_BE"_s), 2).amount(123456), u"1\u202F234,56"_s);
        QCOMPARE(ReportCellText(QLocale(u"fr_BE"_s), 2).date(QDate(2024, 3, 1)), u"1/03/2024"_s);
        QCOMPARE(ReportCellText(QLocale(u"en_US"_s), 0).amount(-123456), u"-123,456"_s);
        QCOMPARE(ReportCellText(QLocale(u"en_US"_s), 3).amount(123456), u"123.456"_s);
        QCOMPARE(ReportCellText(QLocale(u"en_US"_s), 3).amount(1234567), u"1,234.567"_s);
    }

    void wideTablesTurnLandscape()
    {
        const auto five = ReportPdfRenderer::render(trialBalance(5, 1), QLocale(u"nl_BE"_s));
        KASBOEK_VERIFY_OK(five);
        const PdfInfo portrait = pdfInfo(*five);
        QVERIFY(portrait.height > portrait.width);

        const auto six = ReportPdfRenderer::render(trialBalance(5, 2), QLocale(u"nl_BE"_s));
        KASBOEK_VERIFY_OK(six);
        const PdfInfo landscape = pdfInfo(*six);
        QCOMPARE(landscape.pages, 1);
        QVERIFY(qAbs(landscape.width - 841.89) < 1);
        QVERIFY(qAbs(landscape.height - 595.28) < 1);
        QVERIFY(pageTexts(*six).join(u'\n').contains(u"Extra 1"_s));
    }

    void longTextIsElided()
    {
        ReportTable table = trialBalance(2);
        const QString longName = u"Erelonen en vergoedingen van advocaten, notarissen, gerechtsdeurwaarders "
                                 "en andere beoefenaars van vrije beroepen die niet onder de BTW vallen, "
                                 "met inbegrip van de verplaatsingskosten en de kosten van publicaties"_s;
        table.rows[1].cells[1] = longName;
        const auto pdf = ReportPdfRenderer::render(table, QLocale(u"nl_BE"_s));
        KASBOEK_VERIFY_OK(pdf);
        const QString text = pageTexts(*pdf).join(u'\n');
        QVERIFY(text.contains(u"Erelonen en vergoedingen"_s));
        QVERIFY(text.contains(u'\u2026'));
        QVERIFY(!text.contains(u"kosten van publicaties"_s));
        // The amounts of that row are still there, whole.
        QVERIFY(text.contains(u"1.000,01"_s));
    }

    void tenThousandRows()
    {
        const ReportTable table = trialBalance(10000);
        const auto pdf = ReportPdfRenderer::render(table, QLocale(u"nl_BE"_s));
        KASBOEK_VERIFY_OK(pdf);
        const PdfInfo info = pdfInfo(*pdf);
        QVERIFY2(info.pages > 150 && info.pages < 300, qPrintable(QString::number(info.pages)));
        const QStringList pages = pageTexts(*pdf);
        QCOMPARE(pages.size(), info.pages);
        QVERIFY(pages.last().contains(u"Page %1 of %1"_s.arg(info.pages)));
        QVERIFY(pages.last().contains(u"Account 10000"_s));
        QVERIFY(pages.last().contains(u"-9.876.543,21"_s));
        QVERIFY(pages.at(info.pages / 2).contains(u"Description"_s));
    }

    void emptyTableIsOnePage()
    {
        ReportTable table = trialBalance(0);
        table.rows.clear();
        const auto pdf = ReportPdfRenderer::render(table, QLocale(u"nl_BE"_s));
        KASBOEK_VERIFY_OK(pdf);
        QCOMPARE(pdfInfo(*pdf).pages, 1);
        QVERIFY(pageTexts(*pdf).join(u'\n').contains(u"Page 1 of 1"_s));
    }

    void sameTableSameBytes()
    {
        const ReportTable table = trialBalance(80);
        const auto first = ReportPdfRenderer::render(table, QLocale(u"nl_BE"_s));
        const auto second = ReportPdfRenderer::render(table, QLocale(u"nl_BE"_s));
        KASBOEK_VERIFY_OK(first);
        KASBOEK_VERIFY_OK(second);
        QVERIFY(first->contains("/CreationDate"));
        QCOMPARE(withoutCreationDate(*first), withoutCreationDate(*second));
    }

    void headingsMoveWithTheirFirstRow()
    {
        using Row = ReportPagination::RowSpace;
        const Row detail { 10, 0, false };
        const Row heading { 10, 5, true };
        // Three rows use 30 of 50: the heading (5 above, 10 high) would fit, but not with its first
        // row, so both go to the next page, where the heading's space above is dropped and
        // 10 + 10 + 10 fills the 30 exactly.
        const QList<Row> rows { detail, detail, detail, heading, detail, detail };
        const QList<ReportPagination::PageRows> expected { { 0, 3 }, { 3, 6 } };
        QCOMPARE(ReportPagination::paginate(rows, 50, 30), expected);
        QCOMPARE(ReportPagination::offset(heading, true), 0.0);
        QCOMPARE(ReportPagination::offset(heading, false), 5.0);

        // A detail row in its place stays on the first page.
        const QList<Row> plain { detail, detail, detail, detail, detail, detail };
        const QList<ReportPagination::PageRows> plainExpected { { 0, 5 }, { 5, 6 } };
        QCOMPARE(ReportPagination::paginate(plain, 50, 30), plainExpected);

        // A row taller than a page still gets one; no rows still make one page.
        const QList<ReportPagination::PageRows> tall { { 0, 1 }, { 1, 2 } };
        QCOMPARE(ReportPagination::paginate({ Row { 80, 0, false }, Row { 80, 0, false } }, 50, 50), tall);
        const QList<ReportPagination::PageRows> none { { 0, 0 } };
        QCOMPARE(ReportPagination::paginate({}, 50, 50), none);
    }
};

QTEST_MAIN(TestReportPdfRenderer)
#include "TestReportPdfRenderer.moc"
