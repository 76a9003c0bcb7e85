#include "Base32.h"

namespace kasboek::server::security {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
}

QByteArray Base32::encode(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve((bytes.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | static_cast<quint8>(c);
        bits += 8;
        while (bits >= 5) {
            out.append(kAlphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(kAlphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

std::optional<QByteArray> Base32::decode(QByteArrayView text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char raw : text) {
        if (raw == ' ' || raw == '=')
            continue;
        const char c = (raw >= 'a' && raw <= 'z') ? static_cast<char>(raw - 'a' + 'A') : raw;
        int value = -1;
        if (c >= 'A' && c <= 'Z')
            value = c - 'A';
        else if (c >= '2' && c <= '7')
            value = c - '2' + 26;
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            out.append(static_cast<char>((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

} // namespace kasboek::server::security
