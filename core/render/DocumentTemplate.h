#pragma once

#include <QByteArray>
#include <QColor>
#include <QString>
#include <QStringList>

namespace kasboek::render {

// How the company's documents look: its logo, one accent colour, a footer line and the
// typeface. Chosen once in the settings and applied to every quote, invoice and credit note.
// The defaults give a sober, professional page without any setting touched.
struct DocumentTemplate
{
    // PNG, JPEG or SVG bytes, as the user picked them; empty for none. Treated as hostile:
    // an unreadable or absurdly large image is left out, never an error.
    QByteArray logo;
    // Used sparingly: the title, the table rule, the amount to pay, the payment panel.
    QColor accentColor = defaultAccentColor();
    // One or two lines at the foot of every page; empty: the seller's name, VAT number and IBAN.
    QString footerText;
    // A family installed on the computer; empty or missing: the first of defaultFontFamilies().
    QString fontFamily;
    // Whether an invoice carries the EPC payment QR code (when it can: euro, IBAN, issued).
    bool showPaymentQrCode = true;

    [[nodiscard]] static QColor defaultAccentColor();
    // Clean sans-serif faces, best first; the last ones are on every Linux, macOS and Windows.
    [[nodiscard]] static QStringList defaultFontFamilies();
    // fontFamily first (when set), then the defaults: what a QFont should try, in order.
    [[nodiscard]] QStringList fontFamilies() const;

    friend bool operator==(const DocumentTemplate&, const DocumentTemplate&) = default;
};

} // namespace kasboek::render
