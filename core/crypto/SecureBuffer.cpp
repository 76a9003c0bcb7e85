#include "SecureBuffer.h"

#include <QString>
#include <cstring>
#include <new>
#include <openssl/crypto.h>
#include <utility>

#if defined(Q_OS_UNIX)
#include <sys/mman.h>
#endif

namespace kasboek::crypto {

namespace {

std::byte* allocateLocked(std::size_t size)
{
    if (size == 0)
        return nullptr;
    auto* memory = static_cast<std::byte*>(::operator new(size));
    std::memset(memory, 0, size);
#if defined(Q_OS_UNIX)
    // Keeps the secret out of swap. Failing (RLIMIT_MEMLOCK) is not fatal: the
    // buffer is still wiped on release.
    (void)::mlock(memory, size);
#endif
    return memory;
}

void releaseWiped(std::byte* memory, std::size_t size)
{
    if (memory == nullptr)
        return;
    OPENSSL_cleanse(memory, size);
#if defined(Q_OS_UNIX)
    (void)::munlock(memory, size);
#endif
    ::operator delete(memory);
}

} // namespace

SecureBuffer::SecureBuffer(std::size_t size)
    : m_data(allocateLocked(size))
    , m_size(size)
{ }

SecureBuffer::SecureBuffer(QByteArrayView bytes)
    : SecureBuffer(static_cast<std::size_t>(bytes.size()))
{
    if (m_size > 0)
        std::memcpy(m_data, bytes.data(), m_size);
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::fromTypedText(QString& text)
{
    // Encode straight into secure memory, without a temporary QByteArray.
    SecureBuffer buffer(static_cast<std::size_t>(text.size()) * 3);
    qsizetype length = 0;
    const char16_t* units = reinterpret_cast<const char16_t*>(text.constData());
    auto* out = reinterpret_cast<unsigned char*>(buffer.data());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t cp = units[i];
        if (QChar::isHighSurrogate(cp) && i + 1 < text.size() && QChar::isLowSurrogate(units[i + 1])) {
            cp = QChar::surrogateToUcs4(static_cast<char16_t>(cp), units[i + 1]);
            ++i;
        } else if (QChar::isSurrogate(cp)) {
            cp = 0xFFFD;
        }
        if (cp < 0x80) {
            out[length++] = static_cast<unsigned char>(cp);
        } else if (cp < 0x800) {
            out[length++] = static_cast<unsigned char>(0xC0 | (cp >> 6));
            out[length++] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out[length++] = static_cast<unsigned char>(0xE0 | (cp >> 12));
            out[length++] = static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F));
            out[length++] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
        } else {
            out[length++] = static_cast<unsigned char>(0xF0 | (cp >> 18));
            out[length++] = static_cast<unsigned char>(0x80 | ((cp >> 12) & 0x3F));
            out[length++] = static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F));
            out[length++] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
        }
    }
    // A surrogate pair is 2 UTF-16 units for 4 bytes, so 3 bytes per unit always suffices.
    SecureBuffer exact(QByteArrayView(buffer.data(), length));
    wipeCharacters(text);
    text.clear();
    return exact;
}

bool SecureBuffer::wipeCharacters(QString& text)
{
    // Only when this QString is its characters' sole owner: detaching first would wipe a
    // fresh copy and leave the original, and a literal's static data must not be written.
    if (text.isEmpty() || !text.isDetached())
        return false;
    OPENSSL_cleanse(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    return true;
}

SecureBuffer SecureBuffer::toHex() const
{
    static constexpr char digits[] = "0123456789abcdef";
    SecureBuffer hex(m_size * 2);
    for (std::size_t i = 0; i < m_size; ++i) {
        const auto byte = std::to_integer<unsigned>(m_data[i]);
        hex.m_data[2 * i] = static_cast<std::byte>(digits[byte >> 4]);
        hex.m_data[2 * i + 1] = static_cast<std::byte>(digits[byte & 0x0F]);
    }
    return hex;
}

bool SecureBuffer::equals(const SecureBuffer& other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || CRYPTO_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecureBuffer::clear()
{
    releaseWiped(m_data, m_size);
    m_data = nullptr;
    m_size = 0;
}

} // namespace kasboek::crypto
