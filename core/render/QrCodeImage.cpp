#include "QrCodeImage.h"

#include <memory>
#include <qrencode.h>

using namespace Qt::StringLiterals;

namespace kasboek::render {

namespace {

struct QrCodeDeleter
{
    void operator()(QRcode* code) const { QRcode_free(code); }
};
using QrCodePtr = std::unique_ptr<QRcode, QrCodeDeleter>;

} // namespace

Result<QImage> QrCodeImage::encode(const QByteArray& data)
{
    if (data.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("There is nothing to put in the QR code."));
    // libqrencode reads a C string: a NUL byte would silently cut the data short.
    if (data.contains('\0'))
        return fail(ErrorCode::InvalidArgument, tr("A QR code of text cannot hold a NUL byte."));
    // QR_MODE_8 with case sensitivity: the bytes go in unchanged (UTF-8 stays UTF-8).
    const QrCodePtr code(QRcode_encodeString(data.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code)
        return fail(ErrorCode::Validation, tr("The data is too long for a QR code."), {},
                    u"qrencode failed"_s);

    const int modules = code->width;
    const int size = modules + 2 * QuietZoneModules;
    QImage image(size, size, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < modules; ++y) {
        uchar* line = image.scanLine(y + QuietZoneModules) + QuietZoneModules;
        const unsigned char* row = code->data + qsizetype(y) * modules;
        for (int x = 0; x < modules; ++x) {
            // Bit 0 of each byte is the module's colour; the others are libqrencode's bookkeeping.
            if (row[x] & 1)
                line[x] = 0;
        }
    }
    return image;
}

} // namespace kasboek::render
