#include "../books/BooksTestSupport.h"
#include "books/PartySnapshots.h"
#include "books/PurchaseImporter.h"
#include "domain/documents/DocumentCalculation.h"
#include "ledger/AccountRepository.h"
#include "ledger/BalanceQuery.h"
#include "ledger/EntryReader.h"
#include "ledger/JournalRepository.h"
#include "ledger/Ledger.h"
#include "ledger/LedgerCheck.h"
#include "ledger/postings/DocumentPosting.h"
#include "ledger/postings/LedgerSetup.h"
#include "reports/vat/VatForms.h"
#include "reports/vat/VatReturn.h"
#include "storage/Statement.h"

#include <QFile>
#include <QTemporaryDir>
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

    static Account coded(storage::CompanyFile& file, const QString& code)
    {
        auto account = AccountRepository(file.database()).findByCode(code);
        if (!account)
            qFatal("no account %s", qPrintable(code));
        return *account;
    }

    // A purchase line of one unit at `price`, booked where `account` says (BT-133).
    static domain::DocumentLine costLine(const QString& price, int rate, const QString& account = {})
    {
        domain::DocumentLine l = line(u"Item"_s, u"1"_s, price, rate);
        l.buyerAccountingReference = account;
        return l;
    }

    // A supplier's invoice with these lines, stored issued and posted as an import does it.
    static Result<domain::Document> purchase(storage::CompanyFile& file, const domain::Contact& supplier,
                                             const QString& number, const QList<domain::DocumentLine>& lines,
                                             domain::VatCategory category = domain::VatCategory::StandardRate)
    {
        domain::Document d;
        d.type = DocumentType::PurchaseInvoice;
        d.number = number;
        d.issueDate = QDate(2026, 2, 10);
        d.contactId = supplier.id;
        d.seller = books::PartySnapshots::ofSupplier(supplier);
        d.buyer
            = books::PartySnapshots::ofCompany(*storage::CompanyProfileRepository(file.database()).load());
        d.lines = lines;
        for (domain::DocumentLine& l : d.lines)
            l.vatCategory = category;
        if (category == domain::VatCategory::ReverseCharge)
            d.exemptions = { { category, u"VATEX-EU-AE"_s, {} } };
        auto totals = domain::DocumentCalculation::totals(d);
        if (!totals)
            return std::unexpected(totals.error());
        d.totalExclusive = totals->taxExclusiveAmount;
        d.totalVat = totals->vatTotal;
        d.totalInclusive = totals->taxInclusiveAmount;
        return committed(file, [&](storage::UnitOfWork& work) -> Result<domain::Document> {
            auto stored = storage::DocumentRepository(file.database()).insertIssuedPurchase(work, d);
            if (!stored)
                return stored;
            if (auto posted = DocumentPosting::post(work, stored->id); !posted)
                return std::unexpected(posted.error());
            return stored;
        });
    }

    static domain::Contact supplier(storage::CompanyFile& file, const QString& country = u"BE"_s)
    {
        domain::Contact c = customer(u"Tankstation Noord"_s);
        c.isCustomer = false;
        c.isSupplier = true;
        c.country = country;
        c.vatNumber = country == u"NL" ? u"NL004495445B01"_s : u"BE0403019261"_s;
        if (country == u"NL")
            c.postalCode = u"1012 AB"_s;
        return insertContact(file, c);
    }

    static JournalEntry entryOf(storage::CompanyFile& file, qint64 documentId)
    {
        auto entry = EntryReader(file.database()).forDocument(documentId);
        if (!entry)
            qFatal("no entry: %s", qPrintable(entry.error().toString()));
        return *entry;
    }

    // Empty when the entry balances to the cent with nothing left for the rounding account
    // (the document's amounts add up); otherwise what is wrong.
    static QString imbalance(storage::CompanyFile& file, const JournalEntry& entry)
    {
        qint64 debit = 0;
        qint64 credit = 0;
        const qint64 rounding = role(file, AccountRole::Rounding).id;
        for (const EntryLine& l : entry.lines) {
            debit += l.debit;
            credit += l.credit;
            if (l.accountId == rounding)
                return u"a line on the rounding account"_s;
        }
        return debit == credit ? QString() : u"debit %1, credit %2"_s.arg(debit).arg(credit);
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

    void linesGoToTheAccountsTheyName()
    {
        BooksFixture books;
        storage::CompanyFile& file = *books.file;
        // 21 %: 10.50 of car fuel (612200, 50 % deductible) and 12.50 of other costs (the
        // Expenses account 616900, fully deductible). The group: base 23.00, VAT
        // round(4.83) = 4.83. Fuel: VAT round(2.205) = 2.21, of which round(1.105) = 1.11
        // deductible and 1.10 a cost; the other costs take the rest of the group's VAT,
        // 4.83 - 2.21 = 2.62 (not round(2.625) = 2.63), all deductible.
        auto bought = purchase(file, supplier(file), u"T-1"_s,
                               { costLine(u"10.50"_s, 2100, u"612200"_s), costLine(u"12.50"_s, 2100) });
        KASBOEK_VERIFY_OK(bought);
        const JournalEntry entry = entryOf(file, bought->id);
        QVERIFY2(imbalance(file, entry).isEmpty(), qPrintable(imbalance(file, entry)));
        QCOMPARE(sideOf(entry, coded(file, u"612200"_s).id, true), 1050 + 110);
        QCOMPARE(sideOf(entry, coded(file, u"616900"_s).id, true), 1250);
        QCOMPARE(sideOf(entry, coded(file, u"411000"_s).id, true), 111 + 262);
        QCOMPARE(sideOf(entry, coded(file, u"440000"_s).id, false), 2783);
        // The two shares of deductible VAT are one line; 612200 has its base and the
        // non-deductible part apart; 616900, 440000: one line each.
        QCOMPARE(entry.lines.size(), 5);
        for (const EntryLine& l : entry.lines) {
            if (l.accountId == coded(file, u"612200"_s).id && l.debit == 110)
                QCOMPARE(l.vat,
                         std::optional<VatTag>(
                             VatTag { VatKind::PurchaseServices, 2100, VatPart::VatNonDeductible }));
        }
        auto vat = reports::VatReturn::compute(file.database(), reports::VatForms::belgium(),
                                               QDate(2026, 1, 1), QDate(2026, 3, 31));
        KASBOEK_VERIFY_OK(vat);
        QCOMPARE(vat->amount(u"82"_s), 2300);
        QCOMPARE(vat->amount(u"59"_s), 373);
    }

    void carFuelIsHalfDeductible()
    {
        BooksFixture books;
        storage::CompanyFile& file = *books.file;
        // 60.50 of fuel including 21 %: base 50.00, VAT 10.50, of which 5.25 deductible
        // (411000); 50.00 + 5.25 = 55.25 is the cost (612200); 60.50 is owed (440000).
        auto bought = purchase(file, supplier(file), u"T-2"_s, { costLine(u"50.00"_s, 2100, u"612200"_s) });
        KASBOEK_VERIFY_OK(bought);
        const JournalEntry entry = entryOf(file, bought->id);
        QVERIFY2(imbalance(file, entry).isEmpty(), qPrintable(imbalance(file, entry)));
        QCOMPARE(sideOf(entry, coded(file, u"612200"_s).id, true), 5525);
        QCOMPARE(sideOf(entry, coded(file, u"411000"_s).id, true), 525);
        QCOMPARE(sideOf(entry, coded(file, u"440000"_s).id, false), 6050);
        QCOMPARE(sideOf(entry, coded(file, u"616900"_s).id, true), 0);
    }

    void aDutchRestaurantBillDeductsNothing()
    {
        QTemporaryDir dir;
        auto file = createFile(dir.filePath(u"nl.kasboek"_s));
        setCompany(*file, dutchCompany());
        KASBOEK_VERIFY_OK(
            committed(*file, [](storage::UnitOfWork& work) { return LedgerSetup::ensureReady(work); }));
        // A lunch of 45.00 + 9 % = 4.05 on 4320 (0 % deductible): 49.05 of cost; and 100.00
        // + 21 % of office supplies on the Expenses account 4900: 21.00 of input VAT (1520).
        auto bought = purchase(*file, supplier(*file, u"NL"_s), u"B-77"_s,
                               { costLine(u"45.00"_s, 900, u"4320"_s), costLine(u"100.00"_s, 2100) });
        KASBOEK_VERIFY_OK(bought);
        const JournalEntry entry = entryOf(*file, bought->id);
        QVERIFY2(imbalance(*file, entry).isEmpty(), qPrintable(imbalance(*file, entry)));
        QCOMPARE(sideOf(entry, coded(*file, u"4320"_s).id, true), 4905);
        QCOMPARE(sideOf(entry, coded(*file, u"4900"_s).id, true), 10000);
        QCOMPARE(sideOf(entry, coded(*file, u"1520"_s).id, true), 2100);
        QCOMPARE(sideOf(entry, coded(*file, u"1600"_s).id, false), 4905 + 12100);
        auto vat = reports::VatReturn::compute(file->database(), reports::VatForms::netherlands(),
                                               QDate(2026, 1, 1), QDate(2026, 3, 31));
        KASBOEK_VERIFY_OK(vat);
        QCOMPARE(vat->amount(u"5b"_s), 2100);
    }

    void unknownOrUnfitCodesFallBackToExpenses()
    {
        BooksFixture books;
        storage::CompanyFile& file = *books.file;
        // No such account; the receivables (an asset the postings keep); revenue: all three
        // 10.00 + 21 % go to 616900, with 3 × 2.10 of input VAT.
        auto bought
            = purchase(file, supplier(file), u"T-3"_s,
                       { costLine(u"10.00"_s, 2100, u"999999"_s), costLine(u"10.00"_s, 2100, u"400000"_s),
                         costLine(u"10.00"_s, 2100, u"700000"_s) });
        KASBOEK_VERIFY_OK(bought);
        const JournalEntry entry = entryOf(file, bought->id);
        QVERIFY2(imbalance(file, entry).isEmpty(), qPrintable(imbalance(file, entry)));
        QCOMPARE(sideOf(entry, coded(file, u"616900"_s).id, true), 3000);
        QCOMPARE(sideOf(entry, coded(file, u"411000"_s).id, true), 630);
        QCOMPARE(sideOf(entry, coded(file, u"440000"_s).id, false), 3630);
        for (const char* untouched : { "400000", "700000" }) {
            const qint64 id = coded(file, QString::fromLatin1(untouched)).id;
            QCOMPARE(sideOf(entry, id, true) + sideOf(entry, id, false), 0);
        }
    }

    void eachAccountKeepsItsVatSituation()
    {
        BooksFixture books;
        storage::CompanyFile& file = *books.file;
        // From a Dutch supplier, reverse-charged: a car of 1000.00 (241000, goods, 50 %
        // deductible) and 200.00 of services on 616900. We owe 21 % on each: 210.00 on the
        // acquisition of goods, 42.00 on the services (252.00 on 1200.00 in all), and deduct
        // 105.00 + 42.00 = 147.00; the car costs 1000.00 + 105.00.
        auto bought = purchase(file, supplier(file, u"NL"_s), u"NL-9"_s,
                               { costLine(u"1000.00"_s, 0, u"241000"_s), costLine(u"200.00"_s, 0) },
                               domain::VatCategory::ReverseCharge);
        KASBOEK_VERIFY_OK(bought);
        const JournalEntry entry = entryOf(file, bought->id);
        QVERIFY2(imbalance(file, entry).isEmpty(), qPrintable(imbalance(file, entry)));
        QCOMPARE(sideOf(entry, coded(file, u"241000"_s).id, true), 110500);
        QCOMPARE(sideOf(entry, coded(file, u"616900"_s).id, true), 20000);
        QCOMPARE(sideOf(entry, coded(file, u"411000"_s).id, true), 14700);
        QCOMPARE(sideOf(entry, coded(file, u"451000"_s).id, false), 25200);
        QCOMPARE(sideOf(entry, coded(file, u"440000"_s).id, false), 120000);
        auto vat = reports::VatReturn::compute(file.database(), reports::VatForms::belgium(),
                                               QDate(2026, 1, 1), QDate(2026, 3, 31));
        KASBOEK_VERIFY_OK(vat);
        QCOMPARE(vat->amount(u"86"_s), 100000);
        QCOMPARE(vat->amount(u"88"_s), 20000);
        QCOMPARE(vat->amount(u"55"_s), 25200);
        QCOMPARE(vat->amount(u"59"_s), 14700);
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
