#include "DemoBook.h"

#include "DemoCatalog.h"
#include "books/InvoicingService.h"
#include "domain/ExchangeRate.h"
#include "ledger/Ledger.h"
#include "storage/CompanyFile.h"
#include "storage/repositories/CompanyProfileRepository.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/DocumentRepository.h"
#include "storage/repositories/ProductRepository.h"

#include <QMap>
#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;
using namespace kasboek::domain;

namespace kasboek::books {

namespace {

// std::mt19937's output is fixed by the standard (its distributions are not), so draws are
// taken from it directly: the same books on every platform.
class Draw final
{
public:
    explicit Draw(std::uint32_t seed)
        : m_engine(seed)
    { }
    int between(int low, int high)
    {
        return low + static_cast<int>(m_engine() % static_cast<std::uint32_t>(high - low + 1));
    }

private:
    std::mt19937 m_engine;
};

enum class PlanKind { Invoice, Quote, Conversion, FullCredit, PartialCredit };
enum class Settlement { OnTime, Late, Partial, Unpaid };
enum class QuoteOutcome { Open, Accepted, Declined };

struct LinePlan
{
    int product = 0;
    qint64 quantityScaled = Decimal::Scale;
    std::optional<qint64> discountScaled;
};

struct Plan
{
    PlanKind kind = PlanKind::Invoice;
    QDate date;
    int customer = 0;
    QList<LinePlan> lines;
    VatCategory category = VatCategory::StandardRate; // for every line: S keeps the product's rate
    std::optional<qint64> documentDiscountScaled;
    std::optional<qint64> chargeCents;
    QString buyerReference;
    Settlement settlement = Settlement::OnTime;
    QuoteOutcome outcome = QuoteOutcome::Accepted;
    int target = -1; // the index of the plan a conversion or credit note refers to
    int index = -1; // this plan's own index, kept through sorting
};

struct Issued
{
    qint64 id = 0;
    QDate date;
    QDate due;
    Settlement settlement = Settlement::OnTime;
};

// Builds the year's plans, month by month, in no particular order; run() sorts them by date.
class Planner final
{
public:
    Planner(const QString& country, QDate today)
        : m_today(today)
        , m_draw(country == u"NL" ? 2027u : 2026u)
    { }

    QList<Plan> plans()
    {
        const QDate thisMonth(m_today.year(), m_today.month(), 1);
        for (int month = 0; month < 12; ++month)
            planMonth(month, thisMonth.addMonths(month - 11));
        return m_plans;
    }

private:
    int add(Plan plan)
    {
        plan.index = static_cast<int>(m_plans.size());
        m_plans.append(std::move(plan));
        return m_plans.last().index;
    }

    Plan invoice(QDate date, int customer, QList<LinePlan> lines)
    {
        Plan plan;
        plan.date = date;
        plan.customer = customer;
        plan.lines = std::move(lines);
        // One invoice in five is paid late.
        plan.settlement = m_draw.between(0, 4) == 0 ? Settlement::Late : Settlement::OnTime;
        return plan;
    }

    static qint64 units(int count) { return qint64 { count } * Decimal::Scale; }

    void planMonth(int month, QDate first)
    {
        using C = DemoCatalog;
        auto day = [&](int low, int high) { return first.addDays(m_draw.between(low, high) - 1); };

        // Hosting and maintenance, the same every month.
        for (int customer : { C::domesticCompany, C::domesticFrenchSpeaking })
            add(invoice(first, customer, { { C::hostingMonth, units(1), {} } }));

        Plan project = invoice(day(3, 8), C::domesticCompany,
                               { { C::webDesignHour, units(m_draw.between(8, 40)), {} } });
        project.buyerReference = u"PO-%1-%2"_s.arg(first.year()).arg(100 + month * 7);
        add(project);

        // One abroad or French-speaking project a month, in turn.
        switch (month % 4) {
        case 0:
            add(invoice(day(9, 14), C::domesticFrenchSpeaking,
                        { { C::developmentDay, units(m_draw.between(2, 5)), {} } }));
            break;
        case 1: {
            Plan plan = invoice(day(9, 14), C::euCompany,
                                { { C::developmentDay, units(m_draw.between(3, 6)), {} } });
            plan.category = VatCategory::ReverseCharge;
            if (month == 9)
                plan.settlement = Settlement::Partial;
            add(plan);
            break;
        }
        case 2: {
            Plan plan = invoice(day(9, 14), C::euCompanyNeighbour,
                                { { C::webDesignHour, units(m_draw.between(10, 24)), {} } });
            plan.category = VatCategory::ReverseCharge;
            add(plan);
            break;
        }
        default: {
            Plan plan = invoice(day(9, 14), C::outsideEu,
                                { { C::developmentDay, units(m_draw.between(2, 4)), {} } });
            plan.category = VatCategory::Export;
            add(plan);
            break;
        }
        }

        // A consumer: a shoot and photo books (standard and reduced rate on one invoice).
        const int person = month % 2 == 0 ? C::privatePerson : C::privatePersonFrench;
        Plan shoot = invoice(day(15, 20), person,
                             { { C::photoShootHour, units(m_draw.between(2, 4)), {} },
                               { C::photoBook, units(m_draw.between(1, 3)), {} } });
        if (month == 10)
            shoot.settlement = Settlement::Unpaid; // overdue by now
        const int shootPlan = add(shoot);
        if (month == 3) {
            m_plans[shootPlan].settlement = Settlement::Unpaid;
            Plan credit;
            credit.kind = PlanKind::FullCredit;
            credit.date = m_plans[shootPlan].date.addDays(6);
            credit.target = shootPlan;
            add(credit);
        }

        // A bookshop every quarter: a line discount and a shipping charge.
        if (month % 3 == 1) {
            Plan books = invoice(day(21, 26), C::retailer,
                                 { { C::photoBook, units(m_draw.between(20, 60)), 100000 } });
            books.chargeCents = 1500;
            books.documentDiscountScaled = month == 7 ? std::optional<qint64>(20000) : std::nullopt;
            const int booksPlan = add(books);
            if (month == 7) {
                Plan credit;
                credit.kind = PlanKind::PartialCredit; // five books came back damaged
                credit.date = books.date.addDays(12);
                credit.target = booksPlan;
                add(credit);
            }
        }

        // Twice a year a workshop with lunch (standard and catering rate).
        if (month == 2 || month == 8) {
            add(invoice(day(21, 27), C::domesticCompany,
                        { { C::workshopDay, units(1), {} }, { C::workshopLunch, units(12), {} } }));
        }

        // Twice a year works on a building for a contractor: domestic reverse charge.
        if (month == 4 || month == 10) {
            Plan works = invoice(day(22, 27), C::coContractor, { { C::soundInstallation, units(1), {} } });
            works.category = VatCategory::ReverseCharge;
            add(works);
        }

        // A quote every other month; most become invoices.
        if (month % 2 == 0) {
            Plan quote;
            quote.kind = PlanKind::Quote;
            quote.date = day(2, 6);
            quote.customer = month % 4 == 0 ? C::domesticCompany : C::domesticFrenchSpeaking;
            quote.lines = { { C::developmentDay, units(m_draw.between(5, 12)), {} } };
            quote.outcome = month == 4 ? QuoteOutcome::Declined
                : month == 10          ? QuoteOutcome::Open
                                       : QuoteOutcome::Accepted;
            const int quotePlan = add(quote);
            if (quote.outcome == QuoteOutcome::Accepted) {
                Plan conversion;
                conversion.kind = PlanKind::Conversion;
                conversion.date = quote.date.addDays(m_draw.between(5, 12));
                conversion.target = quotePlan;
                conversion.settlement = Settlement::OnTime;
                add(conversion);
            }
        }
    }

    QDate m_today;
    Draw m_draw;
    QList<Plan> m_plans;
};

// Runs the plans through InvoicingService in date order, then records the payments.
class Runner final
{
public:
    Runner(storage::CompanyFile& file, QList<qint64> customerIds, QList<Product> products, QDate today)
        : m_service(file)
        , m_customerIds(std::move(customerIds))
        , m_products(std::move(products))
        , m_today(today)
        , m_draw(97)
    { }

    Result<void> run(QList<Plan> plans, DemoBook::Summary& summary)
    {
        // Numbers follow dates within a series, so documents are issued in date order.
        std::stable_sort(plans.begin(), plans.end(),
                         [](const Plan& a, const Plan& b) { return a.date < b.date; });
        for (const Plan& plan : plans) {
            if (plan.date > m_today)
                continue;
            auto done = execute(plan, summary);
            if (!done)
                return done;
        }
        return payAll(summary);
    }

private:
    Result<void> execute(const Plan& plan, DemoBook::Summary& summary)
    {
        switch (plan.kind) {
        case PlanKind::Invoice:
        case PlanKind::Quote: {
            auto issued = issueNew(plan);
            if (!issued)
                return std::unexpected(issued.error());
            m_issuedByPlan.insert(plan.index,
                                  { issued->id, issued->issueDate, issued->dueDate, plan.settlement });
            if (plan.kind == PlanKind::Quote) {
                ++summary.quotes;
                if (plan.outcome == QuoteOutcome::Declined) {
                    if (auto declined = m_service.declineQuote(issued->id, plan.date.addDays(9)); !declined)
                        return std::unexpected(declined.error());
                }
            } else {
                ++summary.invoices;
                m_invoices.append({ issued->id, issued->issueDate, issued->dueDate, plan.settlement });
            }
            return {};
        }
        case PlanKind::Conversion: {
            const Issued quote = m_issuedByPlan.value(plan.target);
            if (auto accepted = m_service.acceptQuote(quote.id, plan.date.addDays(-2)); !accepted)
                return std::unexpected(accepted.error());
            auto draft = m_service.convertQuote(quote.id, plan.date);
            if (!draft)
                return std::unexpected(draft.error());
            auto issued = issueDraft(draft->id, plan.date);
            if (!issued)
                return std::unexpected(issued.error());
            ++summary.invoices;
            m_invoices.append({ issued->id, issued->issueDate, issued->dueDate, plan.settlement });
            return {};
        }
        case PlanKind::FullCredit:
        case PlanKind::PartialCredit: {
            const Issued invoice = m_issuedByPlan.value(plan.target);
            auto draft = m_service.createCreditNote(invoice.id);
            if (!draft)
                return std::unexpected(draft.error());
            Document credit = *draft;
            if (plan.kind == PlanKind::PartialCredit) {
                credit.lines = credit.lines.mid(0, 1);
                credit.lines[0].quantity = Decimal::fromScaled(5 * Decimal::Scale);
                credit.charges.clear();
                credit.notes = u"5 damaged books returned."_s;
                auto saved = m_service.saveDraft(credit);
                if (!saved)
                    return std::unexpected(saved.error());
            }
            auto issued = issueDraft(credit.id, plan.date);
            if (!issued)
                return std::unexpected(issued.error());
            ++summary.creditNotes;
            return {};
        }
        }
        return {};
    }

    Result<Document> issueNew(const Plan& plan)
    {
        const DocumentType type = plan.kind == PlanKind::Quote ? DocumentType::Quote : DocumentType::Invoice;
        auto draft = m_service.createDraft(type, m_customerIds.at(plan.customer));
        if (!draft)
            return std::unexpected(draft.error());
        Document document = *draft;
        for (const LinePlan& linePlan : plan.lines) {
            const Product& product = m_products.at(linePlan.product);
            DocumentLine line;
            line.productId = product.id;
            line.sellerItemId = product.code;
            line.name = product.name;
            line.unitCode = product.unitCode;
            line.unitPrice = product.unitPrice;
            line.quantity = Decimal::fromScaled(linePlan.quantityScaled);
            if (linePlan.discountScaled)
                line.discountPercent = Decimal::fromScaled(*linePlan.discountScaled);
            line.vatCategory
                = plan.category == VatCategory::StandardRate ? product.vatCategory : plan.category;
            line.vatRate
                = plan.category == VatCategory::StandardRate ? product.vatRate : VatRate::fromBasisPoints(0);
            document.lines.append(line);
        }
        if (plan.documentDiscountScaled)
            document.discountPercent = Decimal::fromScaled(*plan.documentDiscountScaled);
        if (plan.chargeCents) {
            document.charges.append({ Money::fromMinorUnits(*plan.chargeCents, document.currency),
                                      VatCategory::StandardRate, VatRate::fromBasisPoints(2100),
                                      document.language == u"fr" ? u"Frais d'envoi"_s : u"Verzendkosten"_s,
                                      u"FC"_s });
        }
        if (document.currency != Currency::eur()) {
            // Around 0.92 EUR to the dollar, moving a little from month to month.
            auto rate = ExchangeRate::parse(u"0.%1"_s.arg(9100 + m_draw.between(0, 300)));
            if (!rate)
                return std::unexpected(rate.error());
            document.exchangeRate = *rate;
        }
        document.buyerReference = plan.buyerReference;
        auto saved = m_service.saveDraft(document);
        if (!saved)
            return std::unexpected(saved.error());
        return issueDraft(saved->id, plan.date);
    }

    Result<Document> issueDraft(qint64 id, QDate date)
    {
        auto issued = m_service.issue(id, date);
        if (!issued)
            return issued;
        if (auto sent = m_service.markSent(issued->id, date); !sent)
            return std::unexpected(sent.error());
        return issued;
    }

    Result<void> payAll(DemoBook::Summary& summary)
    {
        for (const Issued& invoice : m_invoices) {
            QDate date;
            bool partial = false;
            switch (invoice.settlement) {
            case Settlement::Unpaid:
                continue;
            case Settlement::OnTime:
                date = invoice.date.addDays(m_draw.between(3, 25));
                break;
            case Settlement::Late:
                date = invoice.due.addDays(m_draw.between(8, 30));
                break;
            case Settlement::Partial:
                date = invoice.date.addDays(20);
                partial = true;
                break;
            }
            if (date > m_today)
                continue;
            // What is due today: a credit note issued after the payment date still lowers it.
            auto state = m_service.state(invoice.id, m_today);
            if (!state)
                return std::unexpected(state.error());
            if (state->outstanding.isZero())
                continue;
            storage::Payment payment;
            payment.documentId = invoice.id;
            payment.date = date;
            payment.amount = state->outstanding;
            if (partial)
                payment.amount = Money::fromMinorUnits(state->outstanding.minorUnits() / 2,
                                                       state->outstanding.currency());
            payment.reference = u"Bank transfer"_s;
            auto paid = m_service.recordPayment(payment);
            if (!paid)
                return std::unexpected(paid.error());
            ++summary.payments;
        }
        return {};
    }

    InvoicingService m_service;
    QList<qint64> m_customerIds;
    QList<Product> m_products;
    QDate m_today;
    Draw m_draw;
    QMap<int, Issued> m_issuedByPlan;
    QList<Issued> m_invoices;
};

} // namespace

Result<DemoBook::Summary> DemoBook::fill(storage::CompanyFile& file, const QString& country, QDate today)
{
    if (country != u"BE" && country != u"NL")
        return fail(ErrorCode::InvalidArgument,
                    tr("Sample books exist for Belgium (BE) and the Netherlands (NL)."), u"country"_s);
    storage::ContactRepository contacts(file.database());
    auto existing = contacts.count({});
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing > 0)
        return fail(ErrorCode::InvalidArgument, tr("Sample books go into a new, empty file."));

    const DemoCatalog catalog = DemoCatalog::forCountry(country);
    Summary summary;
    QList<qint64> customerIds;
    QList<Product> products;
    {
        auto work = file.beginWork();
        if (!work)
            return std::unexpected(work.error());
        auto profile = storage::CompanyProfileRepository(file.database()).update(*work, catalog.company);
        if (!profile)
            return std::unexpected(profile.error());
        for (const Contact& customer : catalog.customers) {
            auto stored = contacts.insert(*work, customer);
            if (!stored)
                return std::unexpected(stored.error());
            customerIds.append(stored->id);
            ++summary.customers;
        }
        for (const Contact& supplier : catalog.suppliers) {
            auto stored = contacts.insert(*work, supplier);
            if (!stored)
                return std::unexpected(stored.error());
            ++summary.suppliers;
        }
        storage::ProductRepository productRepository(file.database());
        for (const Product& product : catalog.products) {
            auto stored = productRepository.insert(*work, product);
            if (!stored)
                return std::unexpected(stored.error());
            products.append(*stored);
            ++summary.products;
        }
        if (auto committed = work->commit(); !committed)
            return std::unexpected(committed.error());
    }

    Planner planner(country, today);
    Runner runner(file, customerIds, products, today);
    if (auto ran = runner.run(planner.plans(), summary); !ran)
        return std::unexpected(ran.error());
    // The previous quarter's VAT return is filed, so its period is closed, as in a
    // freelancer's real books.
    const QDate quarterStart(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    summary.closedThrough = quarterStart.addDays(-1);
    if (auto locked = ledger::Ledger(file).lockThrough(summary.closedThrough); !locked)
        return std::unexpected(locked.error());
    return summary;
}

} // namespace kasboek::books
