#include "../books/BooksTestSupport.h"
#include "books/PurchaseImporter.h"
#include "ledger/AccountRepository.h"
#include "ledger/BalanceQuery.h"
#include "ledger/EntryReader.h"
#include "ledger/JournalRepository.h"
#include "ledger/Ledger.h"
#include "ledger/LedgerCheck.h"
#include "ledger/postings/LedgerSetup.h"
#include "reports/vat/VatForms.h"
#include "reports/vat/VatReturn.h"
#include "storage/Statement.h"

#include <QFile>
#include <QTest>

using namespace kasboek;
using namespace kasboek::ledger;
using namespace kasboek::test;
using namespace Qt::StringLiterals;
using domain::DocumentType;

// Issuing, paying and importing documents posts their entries, in the same transaction,
// with the VAT tags the returns add up.
class TestDocumentPosting : public QObject
{
    Q_OBJECT

private:
    static Account role(storage::CompanyFile& file, AccountRole wanted)
    {
        auto account = AccountRepository(file.database()).findByRole(wanted);
        if (!account)
            qFatal("no account for a role: %s", qPrintable(account.error().toString()));
        return *account;
    }

    static qint64 sideOf(const JournalEntry& entry, qint64 account, bool debitSide)
    {
        qint64 sum = 0;
        for (const EntryLine& line : entry.lines) {
            if (line.accountId == account)
                sum += debitSide ? line.debit : line.credit;
        }
        return sum;
    }

    static QByteArray fixture(const char* name)
    {
        QFile file(dataDir() + u"/ubl/"_s + QString::fromLatin1(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void issuingAnInvoicePostsIt()
    {
        BooksFixture books;
        auto invoice = books.invoice(QDate(2024, 3, 4), u"100"_s);
        KASBOEK_VERIFY_OK(invoice);
        storage::CompanyFile& file = *books.file;
        auto entry = EntryReader(file.database()).forDocument(invoice->id);
        KASBOEK_VERIFY_OK(entry);
        QCOMPARE(entry->kind, EntryKind::Document);
        QCOMPARE(entry->date, QDate(2024, 3, 4));
        QCOMPARE(entry->reference, invoice->number);
        QCOMPARE(JournalRepository(file.database()).find(entry->journalId)->kind, JournalKind::Sales);
        const Account receivables = role(file, AccountRole::Receivables);
        const Account sales = role(file, AccountRole::Sales);
        const Account vat = role(file, AccountRole::VatPayable);
        QCOMPARE(sideOf(*entry, receivables.id, true), 12100);
        QCOMPARE(sideOf(*entry, sales.id, false), 10000);
        QCOMPARE(sideOf(*entry, vat.id, false), 2100);
        for (const EntryLine& line : entry->lines) {
            if (line.accountId == sales.id)
                QCOMPARE(line.vat,
                         std::optional<VatTag>(VatTag { VatKind::SaleDomestic, 2100, VatPart::Base }));
            if (line.accountId == vat.id)
                QCOMPARE(line.vat,
                         std::optional<VatTag>(VatTag { VatKind::SaleDomestic, 2100, VatPart::Vat }));
        }
    }

    void paymentsAndCreditNotesSettleTheCustomer()
    {
        BooksFixture books;
        auto invoice = books.invoice(QDate(2024, 4, 1), u"1000"_s);
        KASBOEK_VERIFY_OK(invoice);
        KASBOEK_VERIFY_OK(books.service->recordPayment(payment(invoice->id, QDate(2024, 4, 10), "500.00")));
        auto credit = books.service->createCreditNote(invoice->id);
        KASBOEK_VERIFY_OK(credit);
        credit->lines = { line(u"Consultancy"_s, u"1"_s, u"100"_s) };
        KASBOEK_VERIFY_OK(books.service->saveDraft(*credit));
        auto issuedCredit = books.service->issue(credit->id, QDate(2024, 4, 20));
        KASBOEK_VERIFY_OK(issuedCredit);
        // 1210.00 - 500.00 - 121.00 = 589.00 left
        KASBOEK_VERIFY_OK(books.service->recordPayment(payment(invoice->id, QDate(2024, 5, 2), "589.00")));

        storage::CompanyFile& file = *books.file;
        auto movements = BalanceQuery(file.database()).movements(std::nullopt, QDate(2024, 12, 31));
        KASBOEK_VERIFY_OK(movements);
        QCOMPARE(movements->value(role(file, AccountRole::Receivables).id).balance(), 0);
        QCOMPARE(movements->value(role(file, AccountRole::Bank).id).balance(), 50000 + 58900);
        QCOMPARE(movements->value(role(file, AccountRole::Sales).id).balance(), -(100000 - 10000));
        QCOMPARE(movements->value(role(file, AccountRole::VatPayable).id).balance(), -(21000 - 2100));

        auto vat = reports::VatReturn::compute(file.database(), reports::VatForms::belgium(),
                                               QDate(2024, 4, 1), QDate(2024, 6, 30));
        KASBOEK_VERIFY_OK(vat);
        QCOMPARE(vat->amount(u"03"_s), 100000);
        QCOMPARE(vat->amount(u"49"_s), 10000);
        QCOMPARE(vat->amount(u"54"_s), 21000);
        QCOMPARE(vat->amount(u"64"_s), 2100);
        QCOMPARE(vat->amount(u"71"_s), 21000 - 2100);
        auto problems = LedgerCheck::problems(file.database());
        KASBOEK_VERIFY_OK(problems);
        QVERIFY(problems->isEmpty());
    }

    void nothingIsIssuedInAClosedPeriod()
    {
        BooksFixture books;
        KASBOEK_VERIFY_OK(books.invoice(QDate(2024, 1, 15)));
        KASBOEK_VERIFY_OK(Ledger(*books.file).lockThrough(QDate(2024, 3, 31)));
        auto draft = books.draft(DocumentType::Invoice, { line(u"Advice"_s, u"1"_s, u"50"_s) });
        KASBOEK_VERIFY_OK(draft);
        const QString next = books.nextInvoiceNumber(QDate(2024, 4, 2));
        KASBOEK_VERIFY_ERROR(books.service->issue(draft->id, QDate(2024, 3, 31)), ErrorCode::ReadOnly);
        // Still a draft, and no number was used up.
        QCOMPARE(books.documents().find(draft->id)->status, domain::DocumentStatus::Draft);
        KASBOEK_VERIFY_OK(books.service->issue(draft->id, QDate(2024, 4, 2)));
        QCOMPARE(books.documents().find(draft->id)->number, next);
    }

    void suppliersInvoicesPostCostsAndDeductibleVat()
    {
        BooksFixture books;
        storage::CompanyFile& file = *books.file;
        books::PurchaseImporter importer(file);
        auto domestic = importer.importUbl(fixture("supplier-invoice.xml"), u"supplier-invoice.xml"_s);
        KASBOEK_VERIFY_OK(domestic);
        auto reverse
            = importer.importUbl(fixture("supplier-reverse-charge.xml"), u"supplier-reverse-charge.xml"_s);
        KASBOEK_VERIFY_OK(reverse);

        auto entry = EntryReader(file.database()).forDocument(domestic->document.id);
        KASBOEK_VERIFY_OK(entry);
        QCOMPARE(JournalRepository(file.database()).find(entry->journalId)->kind, JournalKind::Purchases);
        QCOMPARE(sideOf(*entry, role(file, AccountRole::Payables).id, false), 111475);

        auto vat = reports::VatReturn::compute(file.database(), reports::VatForms::belgium(),
                                               QDate(2026, 1, 1), QDate(2026, 3, 31));
        KASBOEK_VERIFY_OK(vat);
        // Domestic: 664.25 at 21 % and 293.41 at 6 %; from the Netherlands, 1520.00 reverse-charged.
        const Account cost = role(file, AccountRole::Expenses);
        const qint64 deductible = cost.deductiblePercent.value_or(100);
        QCOMPARE(vat->amount(u"82"_s), 66425 + 29341 + 152000);
        QCOMPARE(vat->amount(u"88"_s), 152000);
        QCOMPARE(vat->amount(u"55"_s), 31920);
        QCOMPARE(vat->amount(u"59"_s), ((13949 + 1760 + 31920) * deductible + 50) / 100);
        auto problems = LedgerCheck::problems(file.database());
        KASBOEK_VERIFY_OK(problems);
        QVERIFY(problems->isEmpty());
    }

    void aFileWithoutLedgerGetsOneWithItsPastPosted()
    {
        BooksFixture books;
        auto invoice = books.invoice(QDate(2024, 2, 1));
        KASBOEK_VERIFY_OK(invoice);
        KASBOEK_VERIFY_OK(books.service->recordPayment(payment(invoice->id, QDate(2024, 2, 5), "121.00")));
        storage::CompanyFile& file = *books.file;
        // Make it a file from before the ledger: no accounts, bank journal or entries (the
        // triggers that forbid this are dropped for the purpose).
        {
            auto work = file.beginWork();
            KASBOEK_VERIFY_OK(work);
            storage::Database& db = work->database();
            for (const char* sql :
                 { "DROP TRIGGER journal_lines_no_delete", "DROP TRIGGER journal_entries_no_delete",
                   "DROP TRIGGER accounts_used_no_delete", "DELETE FROM journal_lines",
                   "DELETE FROM journal_entries", "DELETE FROM account_month_totals",
                   "DELETE FROM journals WHERE kind IN ('bank', 'cash')", "DELETE FROM accounts" })
                KASBOEK_VERIFY_OK(db.execute(sql));
            KASBOEK_VERIFY_OK(work->commit());
        }
        QCOMPARE(*file.database().queryInt("SELECT count(*) FROM accounts"), 0);
        auto work = file.beginWork();
        KASBOEK_VERIFY_OK(work);
        KASBOEK_VERIFY_OK(LedgerSetup::ensureReady(*work));
        KASBOEK_VERIFY_OK(work->commit());
        QVERIFY(*file.database().queryInt("SELECT count(*) FROM accounts") > 20);
        KASBOEK_VERIFY_OK(EntryReader(file.database()).forDocument(invoice->id));
        auto movements = BalanceQuery(file.database()).movements(std::nullopt, QDate(2024, 12, 31));
        KASBOEK_VERIFY_OK(movements);
        QCOMPARE(movements->value(role(file, AccountRole::Bank).id).balance(), 12100);
        QCOMPARE(movements->value(role(file, AccountRole::Receivables).id).balance(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDocumentPosting)
#include "TestDocumentPosting.moc"
