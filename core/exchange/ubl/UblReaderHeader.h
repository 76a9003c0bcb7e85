#pragma once

#include "Error.h"
#include "UblReaderState.h"

#include <QCoreApplication>

namespace kasboek::exchange::ubl {

// The parts of a supplier's file that are not amounts: which kind of document it is and
// whether it claims EN 16931, its number, dates and references, the supplier and the buyer,
// and how to pay. Steps of UblReader::read, in this order.
class UblReaderHeader final
{
    Q_DECLARE_TR_FUNCTIONS(UblReaderHeader)
public:
    UblReaderHeader() = delete;

    // Invoice or CreditNote in its UBL 2.1 namespace, without elements of the other kind.
    [[nodiscard]] static Result<void> checkRoot(UblReaderState& r);
    // BT-24, BT-1, BT-2, BT-3, BT-5, notes and references.
    [[nodiscard]] static Result<void> readHeader(UblReaderState& r);
    // BG-4 and BG-7.
    [[nodiscard]] static Result<void> readParties(UblReaderState& r);
    // Due date, payment reference (BT-83) and the supplier's account.
    [[nodiscard]] static Result<void> readPayment(UblReaderState& r);
};

} // namespace kasboek::exchange::ubl
