#include "TestSupport.h"
#include "reports/ReportCsvWriter.h"

#include <QBuffer>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using kasboek::ErrorCode;
using namespace kasboek::reports;

namespace {

const QByteArray kBom("\xEF\xBB\xBF");

ReportTable sampleTable()
{
    ReportTable table;
    table.key = u"general-ledger"_s;
    table.title = u"General ledger"_s;
    table.subtitle = { u"Atelier Verhaegen"_s, u"1 January 2024 – 31 March 2024"_s };
    table.columns = { { u"account"_s, u"Account"_s, ColumnKind::Text },
                      { u"name"_s, u"Name"_s, ColumnKind::Text },
                      { u"date"_s, u"Date"_s, ColumnKind::Date },
                      { u"amount"_s, u"Amount"_s, ColumnKind::Amount },
                      { u"count"_s, u"Entries"_s, ColumnKind::Count } };
    table.rows = {
        { RowStyle::Heading,
          0,
          { u"70"_s, u"Janssens, Peeters; \"Co\""_s, QDate(2024, 3, 31), ReportAmount { 123456 },
            qint64(3) } },
        { RowStyle::Detail, 1, { u"=SUM(A1:A9)"_s, u"-minus"_s, QDate(), ReportAmount { -5 } } },
        { RowStyle::Detail, 1, { u"+32 9 123"_s, u"@home"_s, {}, ReportAmount { 0 }, qint64(-2) } },
        { RowStyle::Detail, 1, { u"\tTab"_s, u"\rReturn"_s, {}, ReportAmount { 100 } } },
        { RowStyle::Total,
          0,
          { u"mid=dle-"_s, u"Crédit\nline"_s, {}, ReportAmount { -123456 }, qint64(10) } },
    };
    return table;
}

ReportTable currencyTable(int minorDigits)
{
    ReportTable table;
    table.title = u"Amounts"_s;
    table.currency = minorDigits == 0 ? u"JPY"_s : u"KWD"_s;
    table.minorDigits = minorDigits;
    table.columns = { { u"amount"_s, u"Amount"_s, ColumnKind::Amount } };
    table.rows = { { RowStyle::Detail, 0, { ReportAmount { 123456 } } },
                   { RowStyle::Detail, 0, { ReportAmount { -5 } } },
                   { RowStyle::Detail, 0, { ReportAmount { 1000 } } } };
    return table;
}

} // namespace

class TestReportCsvWriter final : public QObject
{
    Q_OBJECT

private slots:
    void englishUsesCommaAndPoint()
    {
        const QByteArray expected = kBom
            + "Account,Name,Date,Amount,Entries\r\n"
              "70,\"Janssens, Peeters; \"\"Co\"\"\",2024-03-31,1234.56,3\r\n"
              "'=SUM(A1:A9),'-minus,,-0.05,\r\n"
              "'+32 9 123,'@home,,0.00,-2\r\n"
              "'\tTab,\"'\rReturn\",,1.00,\r\n"
              "mid=dle-,\"Cr\xC3\xA9"
              "dit\nline\",,-1234.56,10\r\n";
        QCOMPARE(ReportCsvWriter::toBytes(sampleTable(), QLocale(u"en_US"_s)), expected);
    }

    void flemishUsesSemicolonAndComma()
    {
        const QByteArray expected = kBom
            + "Account;Name;Date;Amount;Entries\r\n"
              "70;\"Janssens, Peeters; \"\"Co\"\"\";2024-03-31;1234,56;3\r\n"
              "'=SUM(A1:A9);'-minus;;-0,05;\r\n"
              "'+32 9 123;'@home;;0,00;-2\r\n"
              "'\tTab;\"'\rReturn\";;1,00;\r\n"
              "mid=dle-;\"Cr\xC3\xA9"
              "dit\nline\";;-1234,56;10\r\n";
        QCOMPARE(ReportCsvWriter::toBytes(sampleTable(), QLocale(u"nl_BE"_s)), expected);
    }

    void separatorFollowsDecimalPoint()
    {
        QCOMPARE(ReportCsvWriter::separator(QLocale(u"nl_BE"_s)), ';');
        QCOMPARE(ReportCsvWriter::separator(QLocale(u"fr_BE"_s)), ';');
        QCOMPARE(ReportCsvWriter::separator(QLocale(u"nl_NL"_s)), ';');
        QCOMPARE(ReportCsvWriter::separator(QLocale(u"de_DE"_s)), ';');
        QCOMPARE(ReportCsvWriter::separator(QLocale(u"en_US"_s)), ',');
        QCOMPARE(ReportCsvWriter::separator(QLocale(u"en_GB"_s)), ',');
    }

    void frenchHasNoGroupSeparator()
    {
        // fr_BE groups with a narrow no-break space: none may appear in the amount.
        ReportTable table = currencyTable(2);
        table.rows = { { RowStyle::Detail, 0, { ReportAmount { 123456789 } } } };
        QCOMPARE(ReportCsvWriter::toBytes(table, QLocale(u"fr_BE"_s)), kBom + "Amount\r\n1234567,89\r\n");
    }

    void currencyWithoutDecimals()
    {
        QCOMPARE(ReportCsvWriter::toBytes(currencyTable(0), QLocale(u"en_US"_s)),
                 kBom + "Amount\r\n123456\r\n-5\r\n1000\r\n");
        QCOMPARE(ReportCsvWriter::toBytes(currencyTable(0), QLocale(u"nl_BE"_s)),
                 kBom + "Amount\r\n123456\r\n-5\r\n1000\r\n");
    }

    void currencyWithThreeDecimals()
    {
        QCOMPARE(ReportCsvWriter::toBytes(currencyTable(3), QLocale(u"en_US"_s)),
                 kBom + "Amount\r\n123.456\r\n-0.005\r\n1.000\r\n");
        QCOMPARE(ReportCsvWriter::toBytes(currencyTable(3), QLocale(u"nl_BE"_s)),
                 kBom + "Amount\r\n123,456\r\n-0,005\r\n1,000\r\n");
    }

    void extremeAmounts()
    {
        ReportTable table = currencyTable(2);
        table.rows = { { RowStyle::Detail, 0, { ReportAmount { std::numeric_limits<qint64>::min() } } },
                       { RowStyle::Detail, 0, { ReportAmount { std::numeric_limits<qint64>::max() } } } };
        QCOMPARE(ReportCsvWriter::toBytes(table, QLocale(u"en_US"_s)),
                 kBom + "Amount\r\n-92233720368547758.08\r\n92233720368547758.07\r\n");
    }

    void emptyTableIsHeaderOnly()
    {
        ReportTable table = currencyTable(2);
        table.rows.clear();
        QCOMPARE(ReportCsvWriter::toBytes(table, QLocale(u"en_US"_s)), kBom + "Amount\r\n");
    }

    void writeStreamsTheSameBytes()
    {
        // Enough rows for several of the writer's chunks.
        ReportTable table = sampleTable();
        const QList<ReportRow> rows = table.rows;
        for (int i = 0; i < 4000; ++i)
            table.rows.append(rows);
        QByteArray written;
        QBuffer buffer(&written);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        KASBOEK_VERIFY_OK(ReportCsvWriter::write(table, buffer, QLocale(u"nl_BE"_s)));
        QVERIFY(written.size() > 500 * 1024);
        QCOMPARE(written, ReportCsvWriter::toBytes(table, QLocale(u"nl_BE"_s)));
        // No cell holds CR LF, so every one ends a record: the header and each row.
        QCOMPARE(written.count("\r\n"), table.rows.size() + 1);
    }

    void unwritableDeviceIsAnIoError()
    {
        QByteArray bytes;
        QBuffer closed(&bytes);
        KASBOEK_VERIFY_ERROR(ReportCsvWriter::write(sampleTable(), closed, QLocale(u"en_US"_s)),
                             ErrorCode::Io);
        QBuffer readOnly(&bytes);
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        KASBOEK_VERIFY_ERROR(ReportCsvWriter::write(sampleTable(), readOnly, QLocale(u"en_US"_s)),
                             ErrorCode::Io);
    }
};

QTEST_GUILESS_MAIN(TestReportCsvWriter)
#include "TestReportCsvWriter.moc"
