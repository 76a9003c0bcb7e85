#pragma once

#include "Error.h"
#include "ReportOutput.h"
#include "domain/Money.h"
#include "domain/documents/DocumentType.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <array>

namespace kasboek::storage {
class Database;
}

namespace kasboek::reports {

class ReportCompany;

// Not yet due, 1-30, 31-60, 61-90 and more than 90 days past the due date.
inline constexpr int AgedBucketCount = 5;
using AgedBuckets = std::array<qint64, AgedBucketCount>;

// A document with something outstanding on the date.
struct AgedDocument
{
    qint64 id = 0;
    domain::DocumentType type = domain::DocumentType::Invoice;
    QString number;
    QDate issueDate;
    QDate dueDate;
    int daysPastDue = 0; // 0 or less: not yet due
    domain::Money outstandingInCurrency; // in the document's currency
    qint64 outstanding = 0; // in the books' currency; negative for a credit note
    int bucket = 0;
    // Not the document itself but what a payment of it brought on top of what was due: a
    // credit on the contact's account (negative), until refunded or set off. Not yet due.
    bool excess = false;
};

struct AgedContact
{
    qint64 contactId = 0;
    QString uid; // the contact's stable id (kasboek-cli contacts list)
    QString name; // as the last of its documents names it
    AgedBuckets buckets {};
    qint64 total = 0;
    QList<AgedDocument> documents; // by due date
};

// Aged receivables (sales invoices and credit notes) or aged payables (suppliers' invoices and
// credit notes) as of a date, per contact, in five buckets by days past the due date. What is
// outstanding is DocumentState's: the total less the payments and the credit notes dated on or
// before the date. A credit note counts against its contact, as what is still to be refunded
// or set off (negative), in the bucket of its own due date.
//
// Amounts are in the books' currency (the euro). A document in another currency is converted
// at its own exchange rate, the one it was booked at; one without a rate (a supplier's, as
// imported) cannot be, and is left out and counted (unconverted()).
class AgedBalances final
{
    Q_DECLARE_TR_FUNCTIONS(AgedBalances)
public:
    enum class Side { Receivables, Payables };
    static inline const QString receivablesKey = QStringLiteral("aged-receivables");
    static inline const QString payablesKey = QStringLiteral("aged-payables");

    [[nodiscard]] static Result<AgedBalances> build(storage::Database& database, Side side, QDate asOf,
                                                    domain::Currency currency = domain::Currency::eur());
    // The bucket of a document `daysPastDue` days past its due date.
    [[nodiscard]] static int bucketFor(int daysPastDue);

    [[nodiscard]] Side side() const { return m_side; }
    [[nodiscard]] QDate asOf() const { return m_asOf; }
    [[nodiscard]] const QList<AgedContact>& contacts() const { return m_contacts; } // by name
    [[nodiscard]] const AgedBuckets& totals() const { return m_totals; }
    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] int unconverted() const { return m_unconverted; }

    [[nodiscard]] ReportOutput output(const ReportCompany& company) const;

private:
    AgedBalances(Side side, QDate asOf)
        : m_side(side)
        , m_asOf(asOf)
    { }

    // One open item under its contact (`contactIndex`: contact id → position in m_contacts).
    void add(QHash<qint64, qsizetype>& contactIndex, qint64 contactId, const QString& name,
             const AgedDocument& document);
    // The excesses of payments up to the date: credits on the contacts' accounts.
    [[nodiscard]] Result<void> addExcesses(storage::Database& database,
                                           QHash<qint64, qsizetype>& contactIndex, domain::Currency currency);

    Side m_side;
    QDate m_asOf;
    QList<AgedContact> m_contacts;
    AgedBuckets m_totals {};
    qint64 m_total = 0;
    int m_unconverted = 0;
};

} // namespace kasboek::reports
