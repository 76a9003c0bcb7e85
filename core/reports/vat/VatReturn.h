#pragma once

#include "Error.h"
#include "VatBox.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>

namespace kasboek::storage {
class Database;
}

namespace kasboek::reports {

// A line of the ledger that feeds a box: what the drill-down from a figure shows.
struct VatBoxLine
{
    qint64 entryId = 0;
    QDate date;
    QString journalCode;
    QString reference;
    QString description;
    QString counterparty;
    qint64 amount = 0; // as the box counts it, in minor units
};

struct VatBoxFigure
{
    QString code;
    QString label;
    qint64 amount = 0;
};

// A VAT return computed from the postings of a period: every box of a form (BelgianVatForm,
// DutchVatForm) as the sum of the VAT-tagged lines it names. One grouped query reads the
// period (through the index of VAT lines); a box's lines are read only when asked for.
class VatReturn final
{
    Q_DECLARE_TR_FUNCTIONS(VatReturn)
public:
    [[nodiscard]] static Result<VatReturn> compute(storage::Database& database, QList<VatBox> form,
                                                   QDate from, QDate to);

    [[nodiscard]] const QList<VatBoxFigure>& figures() const { return m_figures; }
    [[nodiscard]] qint64 amount(const QString& code) const;
    [[nodiscard]] QDate from() const { return m_from; }
    [[nodiscard]] QDate to() const { return m_to; }

    // The lines behind a box (NotFound for an unknown code; empty for a total box).
    [[nodiscard]] Result<QList<VatBoxLine>> linesOf(storage::Database& database, const QString& code) const;

private:
    VatReturn() = default;

    QList<VatBox> m_form;
    QList<VatBoxFigure> m_figures;
    QDate m_from;
    QDate m_to;
};

} // namespace kasboek::reports
