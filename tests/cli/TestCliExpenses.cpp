#include "CliTestSupport.h"
#include "StorageTestSupport.h"
#include "storage/Statement.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using namespace Qt::StringLiterals;

// kasboek-cli expenses add through the real binary, on one file in the order a script would
// run: a receipt kept inside the file and posted with its deductible VAT, a second receipt
// from the same supplier paid later, and refusals that write nothing (exit 5) or are usage
// errors (exit 2) - a receipt that is not one is refused before any passphrase is asked.
class TestCliExpenses final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    QString m_receipt;
    qint64 m_supplierId = 0;

    static QByteArray receiptBytes()
    {
        // A JPEG's start (SOI, APP0 "JFIF") and some bytes: what the content check reads.
        return QByteArray("\xff\xd8\xff\xe0\0\x10JFIF\0", 12)
            + QByteArray("Total Gent 60.50 EUR").repeated(50);
    }

    CliRun cli(const QStringList& arguments) const
    {
        return runCli(arguments, cliEnvironment(testPassphrase()));
    }

    static QJsonObject object(const CliRun& run)
    {
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    // The trial balance of 2026 as CSV: code -> closing balance (debit positive), and the
    // totals row.
    QHash<QString, QString> closing() const
    {
        const CliRun run = cli({ u"report"_s, u"trial-balance"_s, m_file, u"--from"_s, u"2026-01-01"_s,
                                 u"--to"_s, u"2026-12-31"_s, u"--format"_s, u"csv"_s });
        QHash<QString, QString> balances;
        for (const QString& line : run.out.split(u"\r\n"_s)) {
            const QStringList cells = line.split(u',');
            if (cells.size() >= 6)
                balances.insert(cells.first(), cells.last());
        }
        return balances;
    }

    QStringList add(const QStringList& options) const
    {
        return QStringList { u"expenses"_s, u"add"_s, m_file } + options;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"books.kasboek"_s);
        createFile(m_file); // closed again at once: the binary needs the file to itself
        m_receipt = m_dir.filePath(u"ticket.jpg"_s);
        writeAll(m_receipt, receiptBytes());
    }

    void aFuelReceiptIsKeptAndPosted()
    {
        const CliRun run
            = cli(add({ u"--supplier-name"_s, u"Total Gent"_s, u"--account"_s, u"612200"_s, u"--amount"_s,
                        u"60.50"_s, u"--vat-rate"_s, u"21"_s, u"--date"_s, u"2026-03-14"_s, u"--receipt"_s,
                        m_receipt, u"--paid"_s, u"card"_s, u"--format"_s, u"json"_s }));
        KASBOEK_COMPARE_EXIT(run, 0);
        const QJsonObject json = object(run);
        QCOMPARE(json.value(u"number"_s).toString(), u"R-2026-03-14-1"_s);
        QCOMPARE(json.value(u"supplier"_s).toString(), u"Total Gent"_s);
        QVERIFY(json.value(u"supplier_added"_s).toBool());
        // 60.50 including 21 %: 50.00 + 10.50.
        QCOMPARE(json.value(u"total_exclusive"_s).toString(), u"50.00"_s);
        QCOMPARE(json.value(u"total_vat"_s).toString(), u"10.50"_s);
        QCOMPARE(json.value(u"total_inclusive"_s).toString(), u"60.50"_s);
        QCOMPARE(json.value(u"paid"_s).toString(), u"card"_s);
        const QJsonObject receipt = json.value(u"receipt"_s).toObject();
        QCOMPARE(receipt.value(u"mime_type"_s).toString(), u"image/jpeg"_s);
        QCOMPARE(receipt.value(u"file_name"_s).toString(), u"ticket.jpg"_s);
        const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(receiptBytes(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(receipt.value(u"sha256"_s).toString(), sha256);
        m_supplierId = json.value(u"supplier_id"_s).toInteger();
        QVERIFY(m_supplierId > 0);

        // Half the VAT on fuel is deductible: 5.25 on 411000, 55.25 on 612200; paid by card
        // from the bank, so nothing is owed on 440000.
        const auto balances = closing();
        QCOMPARE(balances.value(u"612200"_s), u"55.25"_s);
        QCOMPARE(balances.value(u"411000"_s), u"5.25"_s);
        QCOMPARE(balances.value(u"550000"_s), u"-60.50"_s);
        QCOMPARE(balances.value(u"440000"_s, u"0.00"_s), u"0.00"_s);

        // The receipt inside the encrypted file, byte for byte.
        auto file = storage::CompanyFile::open(m_file, passphrase());
        KASBOEK_VERIFY_OK(file);
        auto stored = (*file)->database().prepare(
            "SELECT a.content, a.sha256, a.mime_type FROM document_attachments a "
            "JOIN documents d ON d.id = a.document_id WHERE d.number = ?1");
        KASBOEK_VERIFY_OK(stored);
        stored->bind(1, u"R-2026-03-14-1"_s);
        QVERIFY(*stored->step());
        QCOMPARE(stored->columnBlob(0), receiptBytes());
        QCOMPARE(stored->columnText(1), sha256);
        QCOMPARE(stored->columnText(2), u"image/jpeg"_s);
        (*file)->close();
        // Nothing of it outside the encrypted file: no file but the company file (and its
        // write-ahead log) and the receipt itself, and no readable byte of it in either.
        const QStringList files = QDir(m_dir.path()).entryList(QDir::Files);
        for (const QString& name : files) {
            if (name == u"ticket.jpg")
                continue;
            QVERIFY2(name.startsWith(u"books.kasboek"_s), qPrintable(name));
            QVERIFY2(!readAll(m_dir.filePath(name)).contains(QByteArray("Total Gent 60.50 EUR")),
                     qPrintable(name));
        }
    }

    void anInvoiceOfTheSameSupplierPaidLater()
    {
        // The supplier printed 2.10 with 0.36 of VAT (rounded line by line); 21 % of the net
        // 1.74 is 0.37, so 0.01 comes back on the rounding account.
        CliRun run = cli(
            add({ u"--supplier"_s, QString::number(m_supplierId), u"--number"_s, u"F-77"_s, u"--account"_s,
                  u"616900"_s, u"--amount"_s, u"2.10"_s, u"--vat-rate"_s, u"21%"_s, u"--vat"_s, u"0.36"_s,
                  u"--date"_s, u"2026-03-20"_s, u"--description"_s, u"Coffee filters"_s }));
        KASBOEK_COMPARE_EXIT(run, 0);
        QVERIFY2(
            run.out.startsWith(u"Recorded expense F-77 from Total Gent on 2026-03-20: 2.10 EUR (VAT 0.36)"_s),
            qPrintable(run.out));
        auto balances = closing();
        QCOMPARE(balances.value(u"616900"_s), u"1.74"_s);
        QCOMPARE(balances.value(u"411000"_s), u"5.62"_s); // 5.25 + 0.37
        QCOMPARE(balances.value(u"657100"_s), u"-0.01"_s);
        QCOMPARE(balances.value(u"440000"_s), u"-2.10"_s);

        run = cli({ u"payments"_s, u"record"_s, m_file, u"F-77"_s, u"--supplier"_s,
                    QString::number(m_supplierId), u"--date"_s, u"2026-03-25"_s });
        KASBOEK_COMPARE_EXIT(run, 0);
        balances = closing();
        QCOMPARE(balances.value(u"440000"_s, u"0.00"_s), u"0.00"_s);
        QCOMPARE(balances.value(u"550000"_s), u"-62.60"_s);
    }

    void refusedInputWritesNothing()
    {
        const auto before = closing();
        const QString text = m_dir.filePath(u"notes.txt"_s);
        writeAll(text, "Total 60.50 EUR\n");
        const QString huge = m_dir.filePath(u"huge.pdf"_s);
        writeAll(huge, QByteArray("%PDF-1.4\n") + QByteArray(20 * 1024 * 1024, ' '));
        const QStringList base { u"--vat-rate"_s, u"12"_s, u"--date"_s, u"2026-03-21"_s };
        const QStringList newSupplier { u"--supplier-name"_s, u"Brasserie Nouvelle"_s, u"--amount"_s,
                                        u"33.60"_s };
        const QList<std::pair<QStringList, QString>> refusals {
            { newSupplier + QStringList { u"--account"_s, u"999999"_s }, u"--account"_s },
            { newSupplier + QStringList { u"--account"_s, u"700000"_s }, u"--account"_s },
            { newSupplier + QStringList { u"--account"_s, u"550000"_s }, u"--account"_s },
            { newSupplier + QStringList { u"--account"_s, u"616700"_s, u"--vat"_s, u"40.00"_s }, u"--vat"_s },
            { { u"--supplier-name"_s, u"Brasserie Nouvelle"_s, u"--amount"_s, u"0"_s, u"--account"_s,
                u"616700"_s },
              u"--amount"_s },
            { newSupplier + QStringList { u"--account"_s, u"616700"_s, u"--receipt"_s, text },
              u"--receipt"_s },
            { newSupplier + QStringList { u"--account"_s, u"616700"_s, u"--receipt"_s, huge },
              u"--receipt"_s },
            { { u"--supplier"_s, QString::number(m_supplierId), u"--account"_s, u"616700"_s, u"--number"_s,
                u"F-77"_s, u"--amount"_s, u"33.60"_s },
              u"--number"_s },
            { { u"--supplier"_s, u"4711"_s, u"--account"_s, u"616700"_s, u"--amount"_s, u"33.60"_s },
              u"--supplier"_s },
        };
        for (const auto& [options, named] : refusals) {
            const CliRun run = cli(add(options + base));
            KASBOEK_COMPARE_EXIT(run, 5);
            QVERIFY2(run.err.contains(named), qPrintable(run.err));
            QCOMPARE(run.errLines().size(), 1);
        }
        QCOMPARE(closing(), before);
        const CliRun contacts = cli(
            { u"contacts"_s, u"list"_s, m_file, u"--search"_s, u"Brasserie"_s, u"--format"_s, u"json"_s });
        KASBOEK_COMPARE_EXIT(contacts, 0);
        QCOMPARE(QJsonDocument::fromJson(contacts.out.toUtf8()).array().size(), 0);

        // A receipt that is not one is refused before a passphrase is asked for: none is given.
        const CliRun early = runCli(
            add(newSupplier + base + QStringList { u"--account"_s, u"616700"_s, u"--receipt"_s, text }),
            cliEnvironment());
        KASBOEK_COMPARE_EXIT(early, 5);
        QVERIFY2(early.err.contains(u"--receipt"_s), qPrintable(early.err));
    }

    void usageErrors()
    {
        const QStringList line { u"--account"_s, u"612200"_s,     u"--amount"_s,
                                 u"10.00"_s,     u"--vat-rate"_s, u"21"_s };
        const QList<QStringList> wrong {
            line, // no supplier
            line + QStringList { u"--supplier"_s, u"1"_s, u"--supplier-name"_s, u"X"_s },
            { u"--supplier-name"_s, u"X"_s, u"--amount"_s, u"10.00"_s, u"--vat-rate"_s, u"21"_s },
            line + QStringList { u"--supplier-name"_s, u"X"_s, u"--paid"_s, u"cheque"_s },
            line + QStringList { u"--supplier-name"_s, u"X"_s, u"--date"_s, u"14/03/2026"_s },
            { u"--supplier-name"_s, u"X"_s, u"--account"_s, u"612200"_s, u"--amount"_s, u"ten"_s,
              u"--vat-rate"_s, u"21"_s },
            { u"--supplier-name"_s, u"X"_s, u"--account"_s, u"612200"_s, u"--amount"_s, u"10.00"_s,
              u"--vat-rate"_s, u"high"_s },
        };
        for (const QStringList& options : wrong)
            KASBOEK_COMPARE_EXIT(cli(add(options)), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliExpenses)

#include "TestCliExpenses.moc"
