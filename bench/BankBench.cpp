// Bank statements in, matched against the open invoices.
//
//   kasboek_bench_bank FILE [LINES]
//
// FILE is a company file with open invoices, made by
//   kasboek_bench_documents create FILE 50000 none
// (50,000 issued invoices, none paid). The program writes LINES (default 100,000) statement
// lines as ten monthly camt.053.001.02 files of a Belgian bank: half of them pay an open
// invoice, as customers do - three in five by the structured communication, one by the invoice
// number in the text, one in part by the number -, the other half are card payments and
// direct debits nothing matches. Then, each phase timed: reading the ten files
// (BankStatementReader), importing them into FILE in one unit of work (BankStatementImporter),
// and matching every waiting line against every open document (BankSuggestions). It prints the
// figures and the peak memory; FILE keeps the lines, so run it on a copy (bench/run-bank.sh).
#include "BenchSupport.h"
#include "banking/BankStatementImporter.h"
#include "banking/BankSuggestions.h"
#include "banking/OpenDocuments.h"
#include "exchange/bank/BankStatementReader.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <cstdio>

using namespace kasboek;
using namespace kasboek::bench;
using namespace Qt::StringLiterals;

namespace {

constexpr int kStatements = 10;
const QByteArray kIban = "BE68539007547034";

QByteArray amountText(qint64 cents)
{
    return QByteArray::number(cents / 100) + '.' + QByteArray::number(cents % 100).rightJustified(2, '0');
}

QByteArray balance(const char* code, qint64 cents, const QDate& date)
{
    return "<Bal><Tp><CdOrPrtry><Cd>" + QByteArray(code) + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">"
        + amountText(std::abs(cents)) + "</Amt><CdtDbtInd>" + (cents < 0 ? "DBIT" : "CRDT")
        + "</CdtDbtInd><Dt><Dt>" + date.toString(Qt::ISODate).toLatin1() + "</Dt></Dt></Bal>";
}

struct Line
{
    qint64 cents = 0;
    QByteArray name;
    QByteArray structured; // a structured communication, or nothing
    QByteArray text;
};

QByteArray entry(const Line& line, const QDate& date, int sequence)
{
    const bool debit = line.cents < 0;
    const QByteArray party = debit ? "Cdtr" : "Dbtr";
    const QByteArray day = date.toString(Qt::ISODate).toLatin1();
    QByteArray remittance = line.structured.isEmpty()
        ? "<Ustrd>" + line.text + "</Ustrd>"
        : "<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp><Ref>"
            + line.structured + "</Ref></CdtrRefInf></Strd>";
    return "<Ntry><Amt Ccy=\"EUR\">" + amountText(std::abs(line.cents)) + "</Amt><CdtDbtInd>"
        + (debit ? "DBIT" : "CRDT") + "</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>" + day
        + "</Dt></BookgDt><ValDt><Dt>" + day + "</Dt></ValDt><AcctSvcrRef>B" + QByteArray::number(sequence)
        + "</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></"
          "Domn>"
          "</BkTxCd><NtryDtls><TxDtls><RltdPties><"
        + party + "><Nm>" + line.name + "</Nm></" + party + "></RltdPties><RmtInf>" + remittance
        + "</RmtInf></TxDtls></NtryDtls></Ntry>\n";
}

QList<Line> linesFor(const QList<banking::OpenDocument>& open, int count)
{
    QList<Line> lines;
    lines.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int k = i / 2;
        if (i % 2 == 0 && k < open.size()) {
            const banking::OpenDocument& invoice = open.at(k);
            Line line { invoice.open.minorUnits(), invoice.partyName.toHtmlEscaped().toUtf8(), {}, {} };
            switch (k % 5) {
            case 0:
            case 1:
            case 2:
                line.structured = invoice.paymentReference.toLatin1();
                break;
            case 3:
                line.text = "Factuur " + invoice.number.toLatin1();
                break;
            default:
                line.cents /= 2;
                line.text = "Voorschot factuur " + invoice.number.toLatin1();
                break;
            }
            lines.append(line);
        } else {
            lines.append(
                { -(1000 + (i * 37) % 20000), "Shop " + QByteArray::number(i % 700), {}, "Card payment" });
        }
    }
    return lines;
}

QList<QByteArray> statementsOf(const QList<Line>& lines)
{
    QList<QByteArray> files;
    qint64 opening = 100000;
    const qsizetype perStatement = (lines.size() + kStatements - 1) / kStatements;
    for (int s = 0; s < kStatements; ++s) {
        const QDate first(2026, s + 1, 1);
        const QDate last = first.addMonths(1).addDays(-1);
        QByteArray entries;
        qint64 closing = opening;
        for (qsizetype i = s * perStatement; i < std::min(lines.size(), (s + 1) * perStatement); ++i) {
            const QDate day = first.addDays(int(i % first.daysInMonth()));
            entries += entry(lines.at(i), day, int(i));
            closing += lines.at(i).cents;
        }
        files.append(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document "
            "xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><GrpHdr><MsgId>BENCH-"
            + QByteArray::number(s) + "</MsgId><CreDtTm>" + last.toString(Qt::ISODate).toLatin1()
            + "T20:00:00</CreDtTm></GrpHdr><Stmt><Id>2026/" + QByteArray::number(s + 1) + "</Id><CreDtTm>"
            + last.toString(Qt::ISODate).toLatin1() + "T20:00:00</CreDtTm><Acct><Id><IBAN>" + kIban
            + "</IBAN></Id><Ccy>EUR</Ccy></Acct>" + balance("OPBD", opening, first)
            + balance("CLBD", closing, last) + entries + "</Stmt></BkToCstmrStmt></Document>\n");
        opening = closing;
    }
    return files;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"kasboek.*.info=false"_s);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: kasboek_bench_bank FILE [LINES]\n");
        return 2;
    }
    const int count = std::max(1, args.value(2, u"100000"_s).toInt());
    auto file = orDie(storage::CompanyFile::open(args.at(1), passphrase()), "open");
    const auto open = orDie(banking::OpenDocuments::load(file->database()), "open documents");
    const QList<QByteArray> xml = statementsOf(linesFor(open, count));
    qint64 bytes = 0;
    for (const QByteArray& one : xml)
        bytes += one.size();
    std::printf("%lld open documents; %d lines in %d camt.053 files, %.1f MiB\n",
                static_cast<long long>(open.size()), count, kStatements, double(bytes) / 1048576.0);

    QList<exchange::bank::BankStatementFile> statements;
    const double cpuBefore = cpuSeconds();
    const double readMs = timeMs([&] {
        for (const QByteArray& one : xml)
            statements.append(orDie(exchange::bank::BankStatementReader::read(one), "read"));
    });
    banking::BankImportSummary summary;
    const double importMs = timeMs(
        [&] { summary = orDie(banking::BankStatementImporter(*file).import(statements), "import"); });
    QList<banking::WaitingBankLine> waiting;
    const double matchMs = timeMs(
        [&] { waiting = orDie(banking::BankSuggestions::forWaitingLines(file->database()), "match"); });
    const double cpu = cpuSeconds() - cpuBefore;

    qsizetype matched = 0;
    qsizetype settled = 0;
    for (const auto& line : std::as_const(waiting)) {
        if (line.suggestion) {
            ++matched;
            settled += line.suggestion->settlesInFull ? 1 : 0;
        }
    }
    const auto [resident, peak] = memoryMiB();
    std::printf("read: %.0f ms (%.0f lines/s)\n", readMs, count / (readMs / 1000.0));
    std::printf("import: %.0f ms (%lld lines stored)\n", importMs,
                static_cast<long long>(summary.linesImported));
    std::printf("match: %.0f ms (%lld waiting lines, %lld matched, %lld settling their documents in full)\n",
                matchMs, static_cast<long long>(waiting.size()), static_cast<long long>(matched),
                static_cast<long long>(settled));
    std::printf(
        "all three: %.2f s (CPU %.2f s); memory %.0f MiB resident, peak %.0f MiB (the key derivation's "
        "128 MiB included)\n",
        (readMs + importMs + matchMs) / 1000.0, cpu, resident, peak);
    return 0;
}
