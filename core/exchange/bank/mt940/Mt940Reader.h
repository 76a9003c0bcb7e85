#pragma once

#include "Error.h"
#include "exchange/bank/BankStatement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace kasboek::exchange::bank {

// Reads a SWIFT MT940 customer statement file, as Dutch banks (ING, ABN AMRO, Rabobank, Triodos,
// bunq) and Belgian ones export it, into one BankStatement per :20: … :62F: block, with or without
// the SWIFT envelope ({1:}{2:}{4: … -}). The file is hostile until proven otherwise: at most
// BankText::maxFileBytes, every date, mark and amount checked, an account that is no IBAN and a
// statement without its :25:, :60F: or :62F: refused. Any failure is an ErrorCode::Validation
// whose message names the line and the tag (":61: on line 12: …") and whose Error::field is the
// tag; nothing is returned then. Whether the balances and movements agree is the importer's to
// check, as for every format. Stateless and thread-safe.
class Mt940Reader final
{
    Q_DECLARE_TR_FUNCTIONS(Mt940Reader)
public:
    Mt940Reader() = delete;

    [[nodiscard]] static Result<QList<BankStatement>> read(const QByteArray& content);
};

} // namespace kasboek::exchange::bank
