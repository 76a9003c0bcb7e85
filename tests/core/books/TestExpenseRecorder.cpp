#include "BooksTestSupport.h"
#include "books/ExpenseRecorder.h"
#include "ledger/AccountRepository.h"
#include "ledger/EntryReader.h"
#include "ledger/Ledger.h"
#include "ledger/LedgerCheck.h"
#include "reports/TrialBalance.h"
#include "storage/Statement.h"

#include <QCryptographicHash>
#include <QTest>
#include <functional>

using namespace kasboek;
using namespace kasboek::test;
using namespace Qt::StringLiterals;
using books::ExpenseRecorder;

// Expenses from receipts: the purchase invoice with its receipt inside the file, its entry
// on the accounts chosen line by line with their deductible VAT, the payment when it was paid
// at once, and nothing at all stored when anything is refused.
class TestExpenseRecorder final : public QObject
{
    Q_OBJECT

private:
    // A PNG signature and a few bytes: what the content check looks at.
    static QByteArray png()
    {
        return QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray("\0\0\0\rIHDR-receipt", 17);
    }

    static ExpenseRecorder::Line line(const char* account, const char* amount, int rate,
                                      const char* vat = nullptr)
    {
        ExpenseRecorder::Line l;
        l.accountCode = QString::fromLatin1(account);
        l.amount = euro(amount);
        l.vatRate = domain::VatRate::fromBasisPoints(rate);
        if (vat)
            l.vat = euro(vat);
        return l;
    }

    static ExpenseRecorder::Expense fuel()
    {
        ExpenseRecorder::Expense e;
        e.supplierName = u"Total Energies Gent"_s;
        e.date = QDate(2026, 3, 14);
        e.lines = { line("612200", "60.50", 2100) };
        e.lines[0].description = u"Diesel 36.2 l"_s;
        e.receipt = png();
        e.receiptName = u"/home/an/scans/ticket.png"_s;
        return e;
    }

    static qint64 code(storage::CompanyFile& file, const char* accountCode)
    {
        return ledger::AccountRepository(file.database()).findByCode(QString::fromLatin1(accountCode))->id;
    }

    // Debit-positive balances per account code, through the trial balance of 2026, which must
    // balance.
    static QHash<QString, qint64> trialBalance(storage::CompanyFile& file)
    {
        auto period = reports::ReportPeriod::create(QDate(2026, 1, 1), QDate(2026, 12, 31));
        auto balance = reports::TrialBalance::build(file.database(), *period);
        if (!balance || !balance->balances())
            qFatal("the trial balance does not balance");
        QHash<QString, qint64> closing;
        for (const reports::TrialBalanceRow& row : balance->rows())
            closing.insert(row.account.code, row.closing);
        return closing;
    }

    // How many rows each table an expense writes to holds.
    static QList<qint64> counts(storage::CompanyFile& file)
    {
        QList<qint64> result;
        for (const char* sql : { "SELECT count(*) FROM documents", "SELECT count(*) FROM document_lines",
                                 "SELECT count(*) FROM document_attachments", "SELECT count(*) FROM contacts",
                                 "SELECT count(*) FROM payments", "SELECT count(*) FROM journal_entries" })
            result.append(file.database().queryInt(sql).value_or(-1));
        return result;
    }

private slots:
    void aFuelReceiptPaidByCard()
    {
        BooksFixture books;
        storage::CompanyFile& file = *books.file;
        ExpenseRecorder::Expense expense = fuel();
        expense.paidWith = storage::PaymentMethod::Card;
        auto recorded = ExpenseRecorder(file).record(expense);
        KASBOEK_VERIFY_OK(recorded);
        const domain::Document& d = recorded->document;
        QVERIFY(recorded->supplierAdded);
        QCOMPARE(d.type, domain::DocumentType::PurchaseInvoice);
        QCOMPARE(d.status, domain::DocumentStatus::Issued);
        QCOMPARE(d.number, u"R-2026-03-14-1"_s);
        QCOMPARE(d.seller.name, u"Total Energies Gent"_s);
        QCOMPARE(d.seller.country, u"BE"_s); // the company's
        QCOMPARE(d.buyer.name, u"Atelier Verhaegen"_s);
        // 60.50 including 21 %: 60.50 / 1.21 = 50.00 net, 10.50 VAT.
        QCOMPARE(d.totalExclusive, euro("50.00"));
        QCOMPARE(d.totalVat, euro("10.50"));
        QCOMPARE(d.totalInclusive, euro("60.50"));
        QCOMPARE(d.lines.size(), 1);
        QCOMPARE(d.lines[0].name, u"Diesel 36.2 l"_s);
        QCOMPARE(d.lines[0].buyerAccountingReference, u"612200"_s);

        // The receipt, read back from the file, under its own name without the folders.
        auto stored = books.documents().find(d.id);
        KASBOEK_VERIFY_OK(stored);
        QCOMPARE(stored->attachments.size(), 1);
        QCOMPARE(stored->attachments[0].fileName, u"ticket.png"_s);
        QCOMPARE(stored->attachments[0].mimeType, u"image/png"_s);
        QCOMPARE(stored->attachments[0].content, png());
        auto hash = file.database().prepare("SELECT sha256 FROM document_attachments WHERE document_id = ?1");
        KASBOEK_VERIFY_OK(hash);
        hash->bind(1, d.id);
        QVERIFY(*hash->step());
        QCOMPARE(hash->columnText(0),
                 QString::fromLatin1(QCryptographicHash::hash(png(), QCryptographicHash::Sha256).toHex()));

        // The VAT on fuel is half deductible: 5.25 on 411000, 50.00 + 5.25 = 55.25 on 612200;
        // 60.50 owed on 440000, paid by card from the bank (550000) the same day.
        QVERIFY(recorded->payment);
        QCOMPARE(recorded->payment->amount, euro("60.50"));
        QCOMPARE(recorded->payment->method, storage::PaymentMethod::Card);
        auto entry = ledger::EntryReader(file.database()).forDocument(d.id);
        KASBOEK_VERIFY_OK(entry);
        qint64 payable = 0;
        for (const ledger::EntryLine& l : entry->lines) {
            if (l.accountId == code(file, "440000"))
                payable += l.credit;
        }
        QCOMPARE(payable, 6050);
        const auto balances = trialBalance(file);
        QCOMPARE(balances.value(u"612200"_s), 5525);
        QCOMPARE(balances.value(u"411000"_s), 525);
        QCOMPARE(balances.value(u"440000"_s), 0);
        QCOMPARE(balances.value(u"550000"_s), -6050);
        QCOMPARE(balances.value(u"657100"_s), 0); // nothing to round
        QCOMPARE(books.service->state(d.id, QDate(2026, 3, 14))->outstanding, euro("0.00"));
        auto problems = ledger::LedgerCheck::problems(file.database());
        KASBOEK_VERIFY_OK(problems);
        QVERIFY(problems->isEmpty());

        // The same shop again that day: the same supplier, the next number.
        auto again = ExpenseRecorder(file).record(fuel());
        KASBOEK_VERIFY_OK(again);
        QVERIFY(!again->supplierAdded);
        QCOMPARE(again->document.contactId, d.contactId);
        QCOMPARE(again->document.number, u"R-2026-03-14-2"_s);
        QVERIFY(!again->payment);
        // Not paid: 60.50 still owed.
        QCOMPARE(trialBalance(file).value(u"440000"_s), -6050);
    }

    void aReceiptOfSeveralAccounts()
    {
        BooksFixture books;
        storage::CompanyFile& file = *books.file;
        auto supplierId = insertContact(file, customer(u"Wegrestaurant De Pomp"_s)).id;
        ExpenseRecorder::Expense expense;
        expense.supplierId = supplierId;
        expense.date = QDate(2026, 5, 2);
        expense.number = u"T 0815"_s;
        // Fuel 60.50 at 21 % (612200, 50 %): 50.00 + 10.50, 5.25 deductible. A meal 33.60 at
        // 12 % (616700, 0 %): 30.00 + 3.60, none deductible. Owed: 94.10, paid in cash.
        expense.lines = { line("612200", "60.50", 2100), line("616700", "33.60", 1200) };
        expense.paidWith = storage::PaymentMethod::Cash;
        auto recorded = ExpenseRecorder(file).record(expense);
        KASBOEK_VERIFY_OK(recorded);
        QCOMPARE(recorded->document.number, u"T 0815"_s);
        QCOMPARE(recorded->document.totalVat, euro("14.10"));
        // Without a description, a line is named after its account.
        QCOMPARE(recorded->document.lines[1].name,
                 ledger::AccountRepository(file.database()).findByCode(u"616700"_s)->name);
        QVERIFY(recorded->document.attachments.isEmpty()); // no receipt given
        const auto balances = trialBalance(file);
        QCOMPARE(balances.value(u"612200"_s), 5525);
        QCOMPARE(balances.value(u"616700"_s), 3360);
        QCOMPARE(balances.value(u"411000"_s), 525);
        QCOMPARE(balances.value(u"570000"_s), -9410); // the cash box
        QCOMPARE(balances.value(u"440000"_s), 0);
        // The customer became a supplier as well.
        auto contact = storage::ContactRepository(file.database()).find(supplierId);
        QVERIFY(contact->isSupplier);
        QVERIFY(contact->isCustomer);
    }

    void theReceiptsVatIsKept()
    {
        BooksFixture books;
        storage::CompanyFile& file = *books.file;
        // 10.00 including 21 %: 10.00 / 1.21 = 8.2645 -> 8.26 net, 1.74 VAT as the till
        // prints it; 21 % of 8.26 is 1.7346 -> 1.73 deductible, so 0.01 is left for the
        // rounding account (657100). With the printed VAT given, the same.
        for (const char* printed : { static_cast<const char*>(nullptr), "1.74" }) {
            ExpenseRecorder::Expense expense = fuel();
            expense.number = printed ? u"B-2"_s : u"B-1"_s;
            expense.lines = { line("616900", "10.00", 2100, printed) };
            auto recorded = ExpenseRecorder(file).record(expense);
            KASBOEK_VERIFY_OK(recorded);
            QCOMPARE(recorded->document.totalExclusive, euro("8.26"));
            QCOMPARE(recorded->document.totalVat, euro("1.74"));
        }
        auto balances = trialBalance(file);
        QCOMPARE(balances.value(u"616900"_s), 2 * 826);
        QCOMPARE(balances.value(u"411000"_s), 2 * 173);
        QCOMPARE(balances.value(u"657100"_s), 2 * 1);
        QCOMPARE(balances.value(u"440000"_s), -2 * 1000);

        // A supplier who rounds the VAT line by line: two items of 1.05 including 21 %, each
        // 0.87 + 0.18, print 0.36 of VAT on 2.10. The posting computes the VAT on the net 1.74:
        // 0.3654 -> 0.37 deductible, 0.01 more than the receipt, which the rounding account
        // gives back (a credit).
        ExpenseRecorder::Expense expense = fuel();
        expense.number = u"B-3"_s;
        expense.lines = { line("616900", "2.10", 2100, "0.36") };
        KASBOEK_VERIFY_OK(ExpenseRecorder(file).record(expense));
        balances = trialBalance(file);
        QCOMPARE(balances.value(u"616900"_s), 2 * 826 + 174);
        QCOMPARE(balances.value(u"411000"_s), 2 * 173 + 37);
        QCOMPARE(balances.value(u"657100"_s), 2 * 1 - 1);
        QCOMPARE(balances.value(u"440000"_s), -(2 * 1000 + 210));

        // 12.00 including 21 %: 12.00 / 1.21 = 9.9174 -> 9.92 net (not 9.91), 2.08 VAT, and
        // 21 % of 9.92 = 2.0832 -> 2.08: nothing to round.
        expense.number = u"B-4"_s;
        expense.lines = { line("616900", "12.00", 2100) };
        auto twelve = ExpenseRecorder(file).record(expense);
        KASBOEK_VERIFY_OK(twelve);
        QCOMPARE(twelve->document.totalExclusive, euro("9.92"));
        balances = trialBalance(file);
        QCOMPARE(balances.value(u"616900"_s), 2 * 826 + 174 + 992);
        QCOMPARE(balances.value(u"411000"_s), 2 * 173 + 37 + 208);
        QCOMPARE(balances.value(u"657100"_s), 2 * 1 - 1);
    }

    void receiptTypesComeFromTheContent()
    {
        const QList<std::pair<QByteArray, QString>> known {
            { QByteArray("%PDF-1.7\n%\xe2\xe3\n"), u"application/pdf"_s },
            { png(), u"image/png"_s },
            { QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 11), u"image/jpeg"_s },
            { QByteArray("RIFF\x24\0\0\0WEBPVP8 ", 16), u"image/webp"_s },
            { QByteArray("\0\0\0\x18"
                         "ftypheic\0\0\0\0",
                         16),
              u"image/heic"_s },
            { QByteArray("\0\0\0\x18"
                         "ftypmif1\0\0\0\0",
                         16),
              u"image/heif"_s },
        };
        for (const auto& [content, type] : known) {
            auto found = ExpenseRecorder::receiptType(content);
            KASBOEK_VERIFY_OK(found);
            QCOMPARE(*found, type);
        }
        for (const QByteArray& refused : { QByteArray("GIF89a\x01\0\x01\0", 10), QByteArray("<html>%PDF-"),
                                           QByteArray("RIFF\0\0\0\0WAVE"),
                                           QByteArray("\0\0\0\x18"
                                                      "ftypavif",
                                                      12),
                                           QByteArray() })
            KASBOEK_VERIFY_ERROR(ExpenseRecorder::receiptType(refused), ErrorCode::Validation);
        // 10 MiB is the most.
        QByteArray large = QByteArray("%PDF-") + QByteArray(ExpenseRecorder::maxReceiptBytes - 5, ' ');
        KASBOEK_VERIFY_OK(ExpenseRecorder::receiptType(large));
        large.append(' ');
        auto tooLarge = ExpenseRecorder::receiptType(large);
        KASBOEK_VERIFY_ERROR(tooLarge, ErrorCode::Validation);
        QCOMPARE(tooLarge.error().field, u"receipt"_s);
    }

    void nothingIsStoredWhenAnythingIsRefused()
    {
        BooksFixture books;
        storage::CompanyFile& file = *books.file;
        auto first = fuel();
        first.number = u"F-1"_s;
        auto recorded = ExpenseRecorder(file).record(first);
        KASBOEK_VERIFY_OK(recorded);
        const QList<qint64> before = counts(file);

        struct Refusal
        {
            const char* what;
            std::function<void(ExpenseRecorder::Expense&)> change;
            ErrorCode code;
            QString field;
        };
        const qint64 knownSupplier = recorded->document.contactId;
        const QList<Refusal> refusals {
            { "no such account", [](auto& e) { e.lines[0].accountCode = u"999999"_s; }, ErrorCode::Validation,
              u"lines[0].account"_s },
            { "revenue", [](auto& e) { e.lines[0].accountCode = u"700000"_s; }, ErrorCode::Validation,
              u"lines[0].account"_s },
            { "the bank", [](auto& e) { e.lines[0].accountCode = u"550000"_s; }, ErrorCode::Validation,
              u"lines[0].account"_s },
            { "a second line's account", [](auto& e) { e.lines.append(line("411000", "1.00", 2100)); },
              ErrorCode::Validation, u"lines[1].account"_s },
            { "nothing paid", [](auto& e) { e.lines[0].amount = euro("0.00"); }, ErrorCode::Validation,
              u"lines[0].amount"_s },
            { "VAT above the amount", [](auto& e) { e.lines[0].vat = euro("60.51"); }, ErrorCode::Validation,
              u"lines[0].vat"_s },
            { "VAT at 0 %",
              [](auto& e) {
                  e.lines[0].vatRate = domain::VatRate::fromBasisPoints(0);
                  e.lines[0].vat = euro("1.00");
              },
              ErrorCode::Validation, u"lines[0].vat"_s },
            { "no lines", [](auto& e) { e.lines.clear(); }, ErrorCode::Validation, u"lines"_s },
            { "no date", [](auto& e) { e.date = QDate(); }, ErrorCode::Validation, u"date"_s },
            { "a text file", [](auto& e) { e.receipt = "Total 60.50 EUR"; }, ErrorCode::Validation,
              u"receipt"_s },
            { "a receipt over 10 MiB",
              [](auto& e) {
                  e.receipt = QByteArray("%PDF-") + QByteArray(ExpenseRecorder::maxReceiptBytes, ' ');
              },
              ErrorCode::Validation, u"receipt"_s },
            { "no supplier", [](auto& e) { e.supplierName = u"  "_s; }, ErrorCode::Validation,
              u"supplierName"_s },
            { "no such supplier", [](auto& e) { e.supplierId = 999; }, ErrorCode::NotFound, u"supplier"_s },
            { "the same number twice",
              [knownSupplier](auto& e) {
                  e.supplierId = knownSupplier;
                  e.number = u"F-1"_s;
              },
              ErrorCode::Conflict, u"number"_s },
            { "a new supplier with an unknown country",
              [](auto& e) {
                  e.supplierName = u"Brasserie Nouvelle"_s;
                  e.supplierCountry = u"XX"_s;
              },
              ErrorCode::Validation, u"supplierCountry"_s },
        };
        for (const Refusal& refusal : refusals) {
            ExpenseRecorder::Expense expense = fuel();
            expense.supplierName = u"Brasserie Nouvelle"_s; // a new supplier, unless changed
            expense.paidWith = storage::PaymentMethod::Cash;
            refusal.change(expense);
            auto refused = ExpenseRecorder(file).record(expense);
            QVERIFY2(!refused, refusal.what);
            QVERIFY2(refused.error().code == refusal.code, refusal.what);
            QCOMPARE(refused.error().field, refusal.field);
            QVERIFY2(!refused.error().message.isEmpty(), refusal.what);
            QCOMPARE(counts(file), before);
        }

        // Refused by the ledger after the new supplier, the document and its attachment were
        // written: a date in a closed period. All of it is rolled back.
        KASBOEK_VERIFY_OK(ledger::Ledger(file).lockThrough(QDate(2026, 3, 31)));
        ExpenseRecorder::Expense late = fuel();
        late.supplierName = u"Brasserie Nouvelle"_s;
        late.paidWith = storage::PaymentMethod::Cash;
        KASBOEK_VERIFY_ERROR(ExpenseRecorder(file).record(late), ErrorCode::ReadOnly);
        QCOMPARE(counts(file), before);
    }
};

QTEST_GUILESS_MAIN(TestExpenseRecorder)

#include "TestExpenseRecorder.moc"
