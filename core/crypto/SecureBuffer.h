#pragma once

#include <QByteArrayView>
#include <cstddef>
#include <span>

class QString;

namespace kasboek::crypto {

// Holds a secret (passphrase, key) and wipes it with OPENSSL_cleanse when it goes
// away. Move-only, so a secret exists in exactly one place; never converted to a
// QString, never logged. The bytes live in memory that is locked against swapping
// where the operating system allows it.
class SecureBuffer final
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    explicit SecureBuffer(QByteArrayView bytes);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    // Takes a passphrase typed into a widget: stores its UTF-8 bytes, then wipes the
    // QString's characters in place when it is their only owner, and clears it. (Copies
    // elsewhere, such as a line edit's undo history, are the caller's to clear.)
    [[nodiscard]] static SecureBuffer fromTypedText(QString& text);
    // Overwrites the characters with zeros in place, keeping the length. False (and
    // nothing written) when the QString shares them or they are static.
    static bool wipeCharacters(QString& text);

    [[nodiscard]] std::byte* data() { return m_data; }
    [[nodiscard]] const std::byte* data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] std::span<const std::byte> bytes() const { return { m_data, m_size }; }
    [[nodiscard]] QByteArrayView view() const { return { m_data, static_cast<qsizetype>(m_size) }; }

    // Lower-case hex of the bytes, itself in a SecureBuffer (SQLCipher wants raw keys as hex).
    [[nodiscard]] SecureBuffer toHex() const;

    // Constant-time comparison.
    [[nodiscard]] bool equals(const SecureBuffer& other) const;

    void clear();

private:
    std::byte* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace kasboek::crypto
