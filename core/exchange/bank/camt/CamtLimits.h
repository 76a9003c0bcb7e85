#pragma once

#include <QtGlobal>

namespace kasboek::exchange::bank {

// The caps Camt053Reader puts on a statement file before it believes anything in it. A bank's
// camt.053 for a freelancer is a few KB to a few MB and at most about fifteen elements deep
// (Document/BkToCstmrStmt/Stmt/Ntry/NtryDtls/TxDtls/RltdPties/Dbtr/Pty/PstlAdr/...); anything
// far beyond that is a mistake or an attack on memory or time, and is refused as a whole.
struct CamtLimits
{
    static constexpr qsizetype maxInputBytes = 64 * 1024 * 1024;
    static constexpr int maxDepth = 48;
    // Elements in one child of a Stmt read into memory at once: an entry with a batch of a few
    // tens of thousands of transactions fits, a file that is one giant element does not.
    static constexpr qsizetype maxElementsPerPart = 1'000'000;
    static constexpr qsizetype maxAttributesPerElement = 16;
    // Characters of any one text value or attribute; the longest text the schemas allow is
    // Max2048Text (an e-mail address, a proxy id).
    static constexpr qsizetype maxTextLength = 4096;

    // What the reader keeps of the free texts; longer ones are cut, not refused, because a long
    // communication is the payer's doing, not a broken file.
    static constexpr qsizetype maxRemittanceText = 500;
    static constexpr qsizetype maxCounterpartyName = 140;
    // Identifiers and codes (Max35Text in every version): a longer one means the file is not
    // what it claims to be, and is refused.
    static constexpr qsizetype maxIdentifierLength = 35;
    static constexpr qsizetype maxAccountLength = 34; // an IBAN, or Othr/Id (Max34Text)
};

} // namespace kasboek::exchange::bank
