#pragma once

#include <QDate>
#include <QStringView>
#include <optional>

namespace kasboek::exchange::bank {

// The dates of text bank statements, written with two-digit years (CODA DDMMYY, MT940 YYMMDD).
// Years 00-79 are 2000-2079 and 80-99 are 1980-1999: statements older than that are not imported.
class BankDate final
{
public:
    BankDate() = delete;

    // nullopt unless `text` is six digits forming a real date.
    [[nodiscard]] static std::optional<QDate> fromDdMmYy(QStringView text);
    [[nodiscard]] static std::optional<QDate> fromYyMmDd(QStringView text);
    // The century a two-digit year falls in.
    [[nodiscard]] static int fullYear(int twoDigitYear);
    // Whether every character of `text` is an ASCII digit (and there is at least one).
    [[nodiscard]] static bool isDigits(QStringView text);
};

} // namespace kasboek::exchange::bank
