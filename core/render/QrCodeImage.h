#pragma once

#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>

namespace kasboek::render {

// A QR code (byte mode, error correction level M, the smallest version that holds the data)
// as an image of one pixel per module, black on white, with the 4-module quiet zone the QR
// standard asks for around it. Scale it without smoothing, or paint its dark pixels as
// squares. Thread-safe.
class QrCodeImage final
{
    Q_DECLARE_TR_FUNCTIONS(QrCodeImage)
public:
    static constexpr int QuietZoneModules = 4;

    QrCodeImage() = delete;

    // Failure: InvalidArgument for empty data, Validation when it does not fit in a QR code.
    [[nodiscard]] static Result<QImage> encode(const QByteArray& data);
};

} // namespace kasboek::render
