#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace kasboek::domain {

// The units of measure a product or invoice line may use: a small subset of UN/ECE
// Recommendation 20 (with Rec 21 for the piece), the code list EN16931 prescribes for the
// invoiced quantity's unit (BT-130). Codes are stored and exchanged; labels are for people.
class UnitCodes final
{
    Q_DECLARE_TR_FUNCTIONS(UnitCodes)
public:
    UnitCodes() = delete;

    // "C62" (one, a unit) first: the default for a new product.
    [[nodiscard]] static QStringList codes();
    // Exactly a code of the list, upper case: "HUR", not "hur".
    [[nodiscard]] static bool isKnown(QStringView code);
    // "hour" for "HUR", translated; empty for a code not in the list.
    [[nodiscard]] static QString label(QStringView code);
};

} // namespace kasboek::domain
