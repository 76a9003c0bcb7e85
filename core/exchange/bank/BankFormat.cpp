#include "BankFormat.h"

#include <QByteArray>

using namespace Qt::StringLiterals;

namespace kasboek::exchange::bank {

namespace {

// Enough of the start of a file to see its root element or first records.
constexpr qsizetype kSniffBytes = 4096;

QByteArrayView withoutByteOrderMark(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return bytes.sliced(3);
    return bytes;
}

QByteArrayView firstLine(QByteArrayView bytes)
{
    const qsizetype end = bytes.indexOf('\n');
    QByteArrayView line = end < 0 ? bytes : bytes.first(end);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

bool looksLikeCamt053(QByteArrayView head)
{
    const QByteArrayView trimmed = head.trimmed();
    return trimmed.startsWith("<") && head.contains("urn:iso:std:iso:20022:tech:xsd:camt.053.");
}

bool looksLikeCoda(QByteArrayView head)
{
    // The header record: record type 0, zeros for the sequence, 128 characters in all.
    const QByteArrayView line = firstLine(head);
    return line.size() == 128 && line.startsWith("0000");
}

bool looksLikeMt940(QByteArrayView head)
{
    const QByteArrayView trimmed = head.trimmed();
    if (trimmed.startsWith("{1:") || trimmed.startsWith(":20:"))
        return true;
    // Some banks put a line or two of their own before the first tag.
    return trimmed.contains("\n:20:") && trimmed.contains("\n:25:");
}

} // namespace

QString bankFormatCode(BankFormat format)
{
    switch (format) {
    case BankFormat::Camt053:
        return u"camt053"_s;
    case BankFormat::Coda:
        return u"coda"_s;
    case BankFormat::Mt940:
        return u"mt940"_s;
    case BankFormat::Csv:
        return u"csv"_s;
    }
    return {};
}

QString bankFormatName(BankFormat format)
{
    switch (format) {
    case BankFormat::Camt053:
        return u"camt.053"_s;
    case BankFormat::Coda:
        return u"CODA"_s;
    case BankFormat::Mt940:
        return u"MT940"_s;
    case BankFormat::Csv:
        return u"CSV"_s;
    }
    return {};
}

std::optional<BankFormat> detectBankFormat(QByteArrayView content)
{
    const QByteArrayView head = withoutByteOrderMark(content.first(std::min(content.size(), kSniffBytes)));
    if (looksLikeCamt053(head))
        return BankFormat::Camt053;
    if (looksLikeCoda(head))
        return BankFormat::Coda;
    if (looksLikeMt940(head))
        return BankFormat::Mt940;
    return std::nullopt;
}

} // namespace kasboek::exchange::bank
