#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace kasboek::domain {

// A Dutch KvK number (Kamer van Koophandel, the Dutch business register): 8 digits. It goes on
// every Dutch invoice and is the Peppol id of scheme 0106.
//
// No checksum: the KvK stopped guaranteeing the "elfproef" (weighted mod 11) for new numbers,
// so only the length and the digits can be checked.
class KvkNumber final
{
    Q_DECLARE_TR_FUNCTIONS(KvkNumber)
public:
    // Accepts spaces, dots and dashes ("1234 5678").
    // Failure: ErrorCode::Validation, a translated message, Error::field left for the caller,
    // and in Error::detail the reason for tests and logs: empty, character, length.
    [[nodiscard]] static Result<KvkNumber> parse(QStringView input);
    [[nodiscard]] static bool isValid(QStringView input);

    // "12345678"; the same on paper, so there is no formatted().
    [[nodiscard]] QString toString() const { return m_digits; }

    friend bool operator==(const KvkNumber&, const KvkNumber&) = default;

private:
    explicit KvkNumber(QString digits)
        : m_digits(std::move(digits))
    { }

    QString m_digits;
};

} // namespace kasboek::domain
