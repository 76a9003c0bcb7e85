// What Camt053Reader refuses, and how: every refusal is ErrorCode::Validation, its field is the
// element path, and its message names the line (and, where there is one, the element). The
// statements are variants of tests/data/bank/camt/minimal-02.xml, whose lines are:
//    2 Document, 4 GrpHdr, 5 Stmt, 6 Id, 8 Acct, 9 Bal OPBD, 10 Bal CLBD, 11 Ntry, 12 Amt,
//   13 CdtDbtInd, 14 Sts, 15 BookgDt, 16 BkTxCd, 18 TxDtls, 19 AmtDtls, 20 RltdPties.
// Variants keep the line numbers: what they take out leaves its line empty.
#include "TestSupport.h"
#include "exchange/bank/camt/Camt053Reader.h"
#include "exchange/bank/camt/CamtLimits.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::exchange::bank;

namespace {

QByteArray minimal()
{
    QFile file(test::dataDir() + u"/bank/camt/minimal-02.xml"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open minimal-02.xml");
    return file.readAll();
}

QByteArray variant(const QByteArray& before, const QByteArray& after)
{
    QByteArray xml = minimal();
    if (xml.count(before) != 1)
        qFatal("variant: '%s' occurs %lld times", before.constData(),
               static_cast<long long>(xml.count(before)));
    return xml.replace(before, after);
}

const QByteArray kOpening
    = R"(<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-02</Dt></Dt></Bal>)";
const QByteArray kClosing
    = R"(<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">150.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-03</Dt></Dt></Bal>)";
const QByteArray kEntryAmount = "<Amt Ccy=\"EUR\">50.00</Amt>\n<CdtDbtInd>";
const QByteArray kAccount = "<Acct><Id><IBAN>BE68539007547034</IBAN></Id><Ccy>EUR</Ccy></Acct>";
const QByteArray kParties = "<RltdPties><Dbtr><Nm>Beta NV</Nm></Dbtr></RltdPties>";
const QString kPartiesPath = u"Stmt/Ntry/NtryDtls/TxDtls/RltdPties"_s;

// The refusal's code, field, line and a piece of its message. Fields that are no element
// ("Document" for the file as a whole, "!DOCTYPE") need not appear in the message.
void verifyRefused(const Result<QList<BankStatement>>& read, const QString& field, int line,
                   const QString& fragment)
{
    QVERIFY2(!read.has_value(), "the reader accepted the file");
    const Error& error = read.error();
    QCOMPARE(error.code, ErrorCode::Validation);
    QCOMPARE(error.field, field);
    if (line > 0)
        QVERIFY2(error.message.contains(QRegularExpression(u"\\bline %1\\b"_s.arg(line))),
                 qPrintable(error.message));
    if (field != u"Document" && field != u"!DOCTYPE")
        QVERIFY2(error.message.contains(field), qPrintable(error.message));
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
}

QByteArray nested(const QByteArray& name, int depth)
{
    QByteArray xml;
    for (int i = 0; i < depth; ++i)
        xml += '<' + name + '>';
    for (int i = 0; i < depth; ++i)
        xml += "</" + name + '>';
    return xml;
}

} // namespace

class TestCamt053ReaderRefusals final : public QObject
{
    Q_OBJECT

private slots:
    void theMinimalStatementIsRead()
    {
        // The base of every variant below is itself fine.
        const auto read = Camt053Reader::read(minimal());
        KASBOEK_VERIFY_OK(read);
        QCOMPARE(read->size(), 1);
        QCOMPARE(read->first().transactions.size(), 1);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");

        // What the file is.
        QTest::newRow("wrong namespace")
            << variant("urn:iso:std:iso:20022:tech:xsd:camt.053.001.02", "urn:example:statement")
            << u"Document"_s << 2 << u"camt.053"_s;
        QTest::newRow("no namespace")
            << variant(" xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"", "") << u"Document"_s << 2
            << u"camt.053"_s;
        QTest::newRow("camt.052") << variant("camt.053.001.02", "camt.052.001.02") << u"Document"_s << 2
                                  << u"intraday account report (camt.052"_s;
        QTest::newRow("camt.054") << variant("camt.053.001.02", "camt.054.001.08") << u"Document"_s << 2
                                  << u"notification (camt.054"_s;
        QTest::newRow("pain.001") << variant("camt.053.001.02", "pain.001.001.03") << u"Document"_s << 2
                                  << u"pain.001.001.03"_s;
        QTest::newRow("version 01") << variant("camt.053.001.02", "camt.053.001.01") << u"Document"_s << 2
                                    << u"camt.053.001.01"_s;
        QByteArray otherRoot = variant("<Document ", "<Statement ");
        otherRoot.replace("</Document>", "</Statement>");
        QTest::newRow("root not Document") << otherRoot << u"Statement"_s << 2 << u"Document"_s;
        QTest::newRow("not XML") << QByteArray("Datum;Bedrag\n2026-03-03;50.00\n") << u"Document"_s << 1
                                 << u"XML"_s;
        QTest::newRow("a PDF") << QByteArray("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n") << u"Document"_s
                               << 1 << u"XML"_s;
        QTest::newRow("empty") << QByteArray(" \n ") << u"Document"_s << 0 << u"empty"_s;
        QTest::newRow("no message") << QByteArray(
            "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001."
            "02\">\n<Other/>\n</Document>")
                                    << u"BkToCstmrStmt"_s << 1 << u"statement"_s;
        QTest::newRow("no statement")
            << QByteArray("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001."
                          "02\">\n<BkToCstmrStmt><GrpHdr><MsgId>M</MsgId></GrpHdr>"
                          "</BkToCstmrStmt>\n</Document>")
            << u"Stmt"_s << 1 << u"statement"_s;

        // The account and the balances.
        QTest::newRow("no IBAN") << variant("<IBAN>BE68539007547034</IBAN>",
                                            "<Othr><Id>539007547034</Id></Othr>")
                                 << u"Stmt/Acct/Id/IBAN"_s << 8 << u"IBAN"_s;
        QTest::newRow("invalid IBAN")
            << variant("BE68539007547034", "BE68539007547035") << u"Stmt/Acct/Id/IBAN"_s << 8 << u"IBAN"_s;
        QTest::newRow("no account") << variant(kAccount, "") << u"Stmt/Ntry"_s << 11 << u"Acct"_s;
        QByteArray noAccountNoEntry = variant(kAccount, "");
        noAccountNoEntry.replace(noAccountNoEntry.indexOf("<Ntry>"),
                                 noAccountNoEntry.indexOf("</Stmt>") - noAccountNoEntry.indexOf("<Ntry>"),
                                 "");
        QTest::newRow("no account, no entry") << noAccountNoEntry << u"Stmt/Acct"_s << 5 << u"account"_s;
        QTest::newRow("unknown currency")
            << variant("<Ccy>EUR</Ccy>", "<Ccy>XXX</Ccy>") << u"Stmt/Acct/Ccy"_s << 8 << u"XXX"_s;
        QTest::newRow("no opening balance") << variant(kOpening, "") << u"Stmt/Bal"_s << 5 << u"OPBD"_s;
        QTest::newRow("no closing balance") << variant(kClosing, "") << u"Stmt/Bal"_s << 5 << u"CLBD"_s;
        QTest::newRow("two opening balances")
            << variant(kClosing, kOpening + kClosing) << u"Stmt/Bal"_s << 10 << u"OPBD"_s;
        QByteArray openingInDollars = kOpening;
        openingInDollars.replace("EUR", "USD");
        QTest::newRow("balance in another currency")
            << variant(kOpening, openingInDollars) << u"Stmt/Bal/Amt"_s << 9 << u"USD"_s;
        QByteArray noCurrency = variant("<Ccy>EUR</Ccy>", "");
        noCurrency.replace("<Amt Ccy=\"EUR\">100.00</Amt>", "<Amt>100.00</Amt>");
        QTest::newRow("no currency anywhere") << noCurrency << u"Stmt/Bal/Amt"_s << 9 << u"Ccy"_s;

        // Amounts.
        QTest::newRow("decimal comma") << variant(kEntryAmount, "<Amt Ccy=\"EUR\">50,00</Amt>\n<CdtDbtInd>")
                                       << u"Stmt/Ntry/Amt"_s << 12 << u"decimal"_s;
        QTest::newRow("signed amount") << variant(kEntryAmount, "<Amt Ccy=\"EUR\">-50.00</Amt>\n<CdtDbtInd>")
                                       << u"Stmt/Ntry/Amt"_s << 12 << u"sign"_s;
        QTest::newRow("empty amount") << variant(kEntryAmount, "<Amt Ccy=\"EUR\"></Amt>\n<CdtDbtInd>")
                                      << u"Stmt/Ntry/Amt"_s << 12 << u"empty"_s;
        QTest::newRow("too many decimals")
            << variant(kEntryAmount, "<Amt Ccy=\"EUR\">50.001</Amt>\n<CdtDbtInd>") << u"Stmt/Ntry/Amt"_s << 12
            << u"decimals"_s;
        QTest::newRow("currency mismatch")
            << variant(kEntryAmount, "<Amt Ccy=\"USD\">50.00</Amt>\n<CdtDbtInd>") << u"Stmt/Ntry/Amt"_s << 12
            << u"USD"_s;
        QTest::newRow("amount too large")
            << variant(kEntryAmount, "<Amt Ccy=\"EUR\">999999999999999999999.00</Amt>\n<CdtDbtInd>")
            << u"Stmt/Ntry/Amt"_s << 12 << u"too large"_s;
        QTest::newRow("amount twice")
            << variant(kEntryAmount, "<Amt Ccy=\"EUR\">50.00</Amt><Amt Ccy=\"EUR\">5.00</Amt>\n<CdtDbtInd>")
            << u"Stmt/Ntry/Amt"_s << 12 << u"only once"_s;
        QTest::newRow("credit or debit")
            << variant("<CdtDbtInd>CRDT</CdtDbtInd>\n<Sts>", "<CdtDbtInd>CRED</CdtDbtInd>\n<Sts>")
            << u"Stmt/Ntry/CdtDbtInd"_s << 13 << u"CRDT or DBIT"_s;
        QTest::newRow("batch does not add up")
            << variant("<AmtDtls><TxAmt><Amt Ccy=\"EUR\">50.00</Amt></TxAmt></AmtDtls>",
                       "<AmtDtls><TxAmt><Amt Ccy=\"EUR\">20.00</Amt></TxAmt></AmtDtls></TxDtls><TxDtls>"
                       "<AmtDtls><TxAmt><Amt Ccy=\"EUR\">20.00</Amt></TxAmt></AmtDtls>")
            << u"Stmt/Ntry/Amt"_s << 12 << u"40.00"_s;
        QTest::newRow("batch part in another currency")
            << variant("<AmtDtls><TxAmt><Amt Ccy=\"EUR\">50.00</Amt></TxAmt></AmtDtls>",
                       "<AmtDtls><TxAmt><Amt Ccy=\"EUR\">20.00</Amt></TxAmt></AmtDtls></TxDtls><TxDtls>"
                       "<AmtDtls><TxAmt><Amt Ccy=\"USD\">30.00</Amt></TxAmt></AmtDtls>")
            << u"Stmt/Ntry/NtryDtls/TxDtls/AmtDtls/TxAmt/Amt"_s << 19 << u"USD"_s;

        // Entries.
        QTest::newRow("no status") << variant("<Sts>BOOK</Sts>", "") << u"Stmt/Ntry/Sts"_s << 11 << u"Sts"_s;
        QTest::newRow("no booking date") << variant("<BookgDt><Dt>2026-03-03</Dt></BookgDt>", "")
                                         << u"Stmt/Ntry/BookgDt"_s << 11 << u"booking date"_s;
        QTest::newRow("impossible date")
            << variant("<BookgDt><Dt>2026-03-03</Dt>", "<BookgDt><Dt>2026-02-30</Dt>")
            << u"Stmt/Ntry/BookgDt/Dt"_s << 15 << u"exist"_s;
        QTest::newRow("date not ISO")
            << variant("<BookgDt><Dt>2026-03-03</Dt>", "<BookgDt><Dt>03/03/2026</Dt>")
            << u"Stmt/Ntry/BookgDt/Dt"_s << 15 << u"YYYY-MM-DD"_s;
        QTest::newRow("date far away")
            << variant("<BookgDt><Dt>2026-03-03</Dt>", "<BookgDt><Dt>1850-03-03</Dt>")
            << u"Stmt/Ntry/BookgDt/Dt"_s << 15 << u"1900"_s;
        QTest::newRow("entry before the currency")
            << variant("<Ccy>EUR</Ccy></Acct>\n" + kOpening + "\n" + kClosing, "</Acct>\n\n")
            << u"Stmt/Ntry"_s << 11 << u"currency"_s;
        QTest::newRow("identifier too long")
            << variant("<Id>S1</Id>", "<Id>" + QByteArray(36, 'S') + "</Id>") << u"Stmt/Id"_s << 6 << u"35"_s;
        QTest::newRow("bank reference too long")
            << variant("<BookgDt>", "<AcctSvcrRef>" + QByteArray(36, 'R') + "</AcctSvcrRef><BookgDt>")
            << u"Stmt/Ntry/AcctSvcrRef"_s << 15 << u"35"_s;
        QTest::newRow("counterparty IBAN malformed")
            << variant(kParties,
                       "<RltdPties><Dbtr><Nm>Beta NV</Nm></Dbtr><DbtrAcct><Id><IBAN>12345</IBAN></Id>"
                       "</DbtrAcct></RltdPties>")
            << kPartiesPath + u"/DbtrAcct/Id/IBAN"_s << 20 << u"IBAN"_s;
        QTest::newRow("counterparty BIC malformed")
            << variant(kParties,
                       kParties
                           + "<RltdAgts><DbtrAgt><FinInstnId><BIC>GEBA-BE</BIC></FinInstnId>"
                             "</DbtrAgt></RltdAgts>")
            << u"Stmt/Ntry/NtryDtls/TxDtls/RltdAgts/DbtrAgt/FinInstnId/BIC"_s << 20 << u"BIC"_s;

        // Hostile XML.
        QTest::newRow("DTD") << variant("?>\n<Document",
                                        "?><!DOCTYPE Document [<!ENTITY e \"x\">]>\n<Document")
                             << u"!DOCTYPE"_s << 1 << u"DOCTYPE"_s;
        QTest::newRow("billion laughs")
            << variant(
                   "?>\n<Document",
                   "?><!DOCTYPE Document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                   "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n<Document")
                   .replace("<Nm>Beta NV</Nm>", "<Nm>&c;</Nm>")
            << u"!DOCTYPE"_s << 1 << u"DOCTYPE"_s;
        QTest::newRow("external entity")
            << variant("?>\n<Document", "?><!DOCTYPE Document SYSTEM \"file:///etc/passwd\">\n<Document")
            << u"!DOCTYPE"_s << 1 << u"DOCTYPE"_s;
        QTest::newRow("undeclared entity") << variant("<Nm>Beta NV</Nm>", "<Nm>&e;</Nm>")
                                           << kPartiesPath + u"/Dbtr/Nm"_s << 20 << u"well-formed"_s;
        QByteArray truncated = minimal();
        truncated.truncate(truncated.indexOf("</Ntry>"));
        QTest::newRow("truncated") << truncated << u"Stmt/Ntry"_s << 23 << u"truncated"_s;
        QTest::newRow("not well-formed")
            << variant("</TxDtls>", "</TxDtl>") << u"Stmt/Ntry/NtryDtls/TxDtls"_s << 21 << u"well-formed"_s;
        QTest::newRow("content after the document") << minimal() + "<Document/>\n"
                                                    << u"Document"_s << 27 << u"after"_s;
        const int levels = CamtLimits::maxDepth - 3; // under Document, BkToCstmrStmt, GrpHdr
        QTest::newRow("too deep") << variant("<MsgId>M1</MsgId>",
                                             "<MsgId>M1</MsgId>" + nested("X", levels + 1))
                                  << u"GrpHdr"_s + QString(u"/X"_s).repeated(levels) << 4 << u"deeply"_s;
        QTest::newRow("text too long")
            << variant("<Nm>Beta NV</Nm>", "<Nm>" + QByteArray(CamtLimits::maxTextLength + 1, 'n') + "</Nm>")
            << kPartiesPath + u"/Dbtr/Nm"_s << 20 << u"longer"_s;
        QByteArray attributes;
        for (int i = 0; i <= CamtLimits::maxAttributesPerElement; ++i)
            attributes += " a" + QByteArray::number(i) + "=\"1\"";
        QTest::newRow("too many attributes") << variant("<GrpHdr>", "<GrpHdr" + attributes + '>')
                                             << u"BkToCstmrStmt"_s << 4 << u"attributes"_s;
    }

    void refused()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, field);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        verifyRefused(Camt053Reader::read(xml), field, line, fragment);
    }

    void fileTooLarge()
    {
        // Refused before anything is parsed.
        QByteArray xml = minimal();
        xml.append(QByteArray(CamtLimits::maxInputBytes - xml.size() + 1, ' '));
        verifyRefused(Camt053Reader::read(xml), u"Document"_s, 0, u"too large"_s);
    }

    void entryWithTooManyElements()
    {
        QByteArray many;
        many.reserve(4 * (CamtLimits::maxElementsPerPart + 1));
        for (qsizetype i = 0; i < CamtLimits::maxElementsPerPart; ++i)
            many += "<X/>";
        // The entry itself counts: with it, this is one element too many.
        verifyRefused(Camt053Reader::read(variant("<BkTxCd>", many + "<BkTxCd>")), u"Stmt/Ntry"_s, 16,
                      u"too many elements"_s);
        // Skipped parts are not held in memory and not counted.
        KASBOEK_VERIFY_OK(Camt053Reader::read(variant("<MsgId>M1</MsgId>", "<MsgId>M1</MsgId>" + many)));
    }
};

QTEST_GUILESS_MAIN(TestCamt053ReaderRefusals)
#include "TestCamt053ReaderRefusals.moc"
