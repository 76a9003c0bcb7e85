#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace kasboek::domain {

// A Belgian structured communication (gestructureerde mededeling / communication structurée,
// OGM/VCS): 10 free digits and 2 check digits, written +++123/4567/89002+++. The check is the
// first ten digits mod 97, and 97 when that is 0. Kasboek prints one on each invoice and
// matches incoming payments on it.
class StructuredCommunication final
{
    Q_DECLARE_TR_FUNCTIONS(StructuredCommunication)
public:
    // Accepts "+++123/4567/89002+++", "***123/4567/89002***", "123/4567/89002" and the bare
    // 12 digits, with or without spaces.
    // Failure: ErrorCode::Validation, a translated message, Error::field left for the caller,
    // and in Error::detail the reason for tests and logs: empty, character, length, checksum.
    [[nodiscard]] static Result<StructuredCommunication> parse(QStringView input);
    [[nodiscard]] static bool isValid(QStringView input);
    // The communication for a 10-digit base, e.g. built from an invoice number. The base must
    // be below 10^10: a larger one is a programming error and throws std::out_of_range.
    [[nodiscard]] static StructuredCommunication fromBase(quint64 base10digits);

    // "123456789002": what travels in electronic payments (camt.053, Peppol PaymentID).
    [[nodiscard]] QString digits() const { return m_digits; }
    [[nodiscard]] QString toString() const { return m_digits; }
    // "+++123/4567/89002+++": the form printed on invoices and typed in banking apps.
    [[nodiscard]] QString formatted() const;
    // The first ten digits as a number.
    [[nodiscard]] quint64 base() const;

    friend bool operator==(const StructuredCommunication&, const StructuredCommunication&) = default;

private:
    explicit StructuredCommunication(QString digits)
        : m_digits(std::move(digits))
    { }

    QString m_digits;
};

} // namespace kasboek::domain
