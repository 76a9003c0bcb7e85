#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace kasboek::exchange::bank {

// The statement formats Kasboek reads. CSV is mapped per bank by the user and never guessed.
enum class BankFormat { Camt053, Coda, Mt940, Csv };

// Stored and shown codes: "camt053", "coda", "mt940", "csv".
[[nodiscard]] QString bankFormatCode(BankFormat format);
// For people: "camt.053", "CODA", "MT940", "CSV".
[[nodiscard]] QString bankFormatName(BankFormat format);

// Recognises a statement format from the first bytes of a file, whatever its name: XML whose
// document is a camt.053 statement, a CODA header record ("0000" in a 128-character line), or
// MT940 (SWIFT blocks or a :20: tag among the first lines). Nothing for anything else, a
// camt.052 or a pain.001 included: the readers then never see it.
[[nodiscard]] std::optional<BankFormat> detectBankFormat(QByteArrayView content);

} // namespace kasboek::exchange::bank
