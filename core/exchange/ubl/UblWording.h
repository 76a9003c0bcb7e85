#pragma once

#include <QDate>
#include <QString>

namespace kasboek::exchange::ubl {

// The few texts the UBL writer adds to a document itself, in the document's language (nl, fr,
// en, de) rather than the user's: the buyer reads them, like the PDF's legal mentions.
class UblWording final
{
public:
    UblWording() = delete;

    // The reason of discount allowances (BT-97, BT-139): "Korting", "Remise", ...
    [[nodiscard]] static QString discountReason(const QString& language);
    // Payment terms (BT-20) for a credit note that states none: a credit note has no DueDate
    // element, and EN16931 (BR-CO-25) wants the due date or terms when an amount is due.
    [[nodiscard]] static QString settlementNote(const QString& language, const QDate& dueDate);
};

} // namespace kasboek::exchange::ubl
