#include "RenderTestSupport.h"
#include "render/QrCodeImage.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kasboek::ErrorCode;
using kasboek::render::QrCodeImage;

namespace {

bool dark(const QImage& image, int x, int y)
{
    return qGray(image.pixel(x, y)) < 128;
}

// What zbarimg reads from the image, scaled up without smoothing; empty when it reads nothing.
QByteArray decode(const QImage& code)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"code.png"_s);
    if (!code.scaled(code.width() * 6, code.height() * 6, Qt::KeepAspectRatio, Qt::FastTransformation)
             .save(path))
        return {};
    QProcess zbar;
    // -Sbinary: the bytes as they are, without zbar's guess at their character set.
    zbar.start(u"zbarimg"_s, { u"--raw"_s, u"-q"_s, u"-Sbinary"_s, path });
    if (!zbar.waitForFinished(30000))
        return {};
    QByteArray output = zbar.readAllStandardOutput();
    if (output.endsWith('\n'))
        output.chop(1);
    return output;
}

} // namespace

class TestQrCodeImage final : public QObject
{
    Q_OBJECT

private slots:
    void hasQuietZoneAndFinderPatterns();
    void decodesBackToTheData();
    void rejectsEmptyData();
    void rejectsNulBytes();
    void rejectsDataTooLongForAQrCode();
};

void TestQrCodeImage::hasQuietZoneAndFinderPatterns()
{
    const auto image = QrCodeImage::encode(QByteArrayLiteral("BCD\n002\n1\nSCT\n\nJan\nBE68539007547034"));
    KASBOEK_VERIFY_OK(image);
    QCOMPARE(image->width(), image->height());
    const int quiet = QrCodeImage::QuietZoneModules;
    const int modules = image->width() - 2 * quiet;
    // Versions run from 21 modules in steps of 4.
    QVERIFY(modules >= 21);
    QCOMPARE((modules - 21) % 4, 0);
    for (int i = 0; i < image->width(); ++i) {
        for (int q = 0; q < quiet; ++q) {
            QVERIFY(!dark(*image, i, q));
            QVERIFY(!dark(*image, q, i));
            QVERIFY(!dark(*image, i, image->height() - 1 - q));
            QVERIFY(!dark(*image, image->width() - 1 - q, i));
        }
    }
    // The three finder patterns: a dark 7×7 ring with a dark 3×3 centre and a light ring between.
    for (const QPoint corner :
         { QPoint(quiet, quiet), QPoint(quiet + modules - 7, quiet), QPoint(quiet, quiet + modules - 7) }) {
        QVERIFY(dark(*image, corner.x(), corner.y()));
        QVERIFY(dark(*image, corner.x() + 6, corner.y() + 6));
        QVERIFY(!dark(*image, corner.x() + 1, corner.y() + 1));
        QVERIFY(dark(*image, corner.x() + 3, corner.y() + 3));
    }
    // Light separators around the top-left finder.
    QVERIFY(!dark(*image, quiet + 7, quiet));
    QVERIFY(!dark(*image, quiet, quiet + 7));
}

void TestQrCodeImage::decodesBackToTheData()
{
    const QByteArray data
        = u"BCD\n002\n1\nSCT\nGEBABEBB\nAtelier Müller & Zoon\nBE68539007547034\nEUR12.3"_s.toUtf8();
    const auto image = QrCodeImage::encode(data);
    KASBOEK_VERIFY_OK(image);
    QCOMPARE(decode(*image), data);
}

void TestQrCodeImage::rejectsEmptyData()
{
    KASBOEK_VERIFY_ERROR(QrCodeImage::encode(QByteArray()), ErrorCode::InvalidArgument);
}

void TestQrCodeImage::rejectsNulBytes()
{
    KASBOEK_VERIFY_ERROR(QrCodeImage::encode(QByteArray("BCD\0002", 5)), ErrorCode::InvalidArgument);
}

void TestQrCodeImage::rejectsDataTooLongForAQrCode()
{
    // Version 40 at level M holds 2331 bytes.
    KASBOEK_VERIFY_ERROR(QrCodeImage::encode(QByteArray(3000, 'x')), ErrorCode::Validation);
}

QTEST_GUILESS_MAIN(TestQrCodeImage)
#include "TestQrCodeImage.moc"
