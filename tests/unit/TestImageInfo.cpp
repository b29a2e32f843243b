#include "pdf/ImageInfo.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <QTemporaryDir>

using namespace kyso;
using namespace kyso::pdf;

namespace {

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = char((v >> (24 - 8 * i)) & 0xFF);
    return b;
}

QByteArray chunk(const char *type, const QByteArray &data)
{
    return be32(quint32(data.size())) + QByteArray(type, 4) + data + be32(0); // the CRC is not checked
}

QByteArray png(quint32 w, quint32 h, char colourType, const QList<QByteArray> &before = {})
{
    QByteArray ihdr = be32(w) + be32(h);
    ihdr += char(8);
    ihdr += colourType;
    ihdr += QByteArray(3, '\0');
    QByteArray out = QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr);
    for (const QByteArray &c : before)
        out += c;
    return out + chunk("IDAT", QByteArray(12, 'x')) + chunk("IEND", {});
}

QByteArray segment(quint8 marker, const QByteArray &payload)
{
    const int length = int(payload.size()) + 2;
    return QByteArray(1, char(0xFF)) + char(marker) + char(length >> 8) + char(length & 0xFF) + payload;
}

QByteArray frame(int w, int h)
{
    QByteArray f;
    f += char(8);
    f += char(h >> 8);
    f += char(h & 0xFF);
    f += char(w >> 8);
    f += char(w & 0xFF);
    f += char(1);
    f += QByteArray("\x01\x11\x00", 3);
    return f;
}

const QByteArray kSoi("\xff\xd8", 2);

} // namespace

TEST_CASE("image info: PNG size and transparency from the header", "[ImageInfo]")
{
    const ImageInfo rgb = readImageInfo(png(420, 200, 2));
    CHECK(rgb.format == ImageInfo::Format::Png);
    CHECK(rgb.width == 420);
    CHECK(rgb.height == 200);
    CHECK(rgb.aspect() == Approx(2.1));
    CHECK_FALSE(rgb.transparent);
    CHECK(readImageInfo(png(10, 10, 6)).transparent); // RGBA
    CHECK(readImageInfo(png(10, 10, 4)).transparent); // grey + alpha
    // A palette image with a tRNS chunk (after PLTE, before IDAT) is transparent.
    const ImageInfo trns = readImageInfo(png(10, 10, 3, {chunk("PLTE", QByteArray(6, '\0')), chunk("tRNS", QByteArray(1, '\0'))}));
    CHECK(trns.valid());
    CHECK(trns.transparent);
    CHECK_FALSE(readImageInfo(png(10, 10, 3, {chunk("PLTE", QByteArray(6, '\0'))})).transparent);
}

TEST_CASE("image info: the demo images read from their files", "[ImageInfo]")
{
    const ImageInfo signature = readImageInfo(QStringLiteral(KYSO_SOURCE_DIR "/resources/demo/chu-ky-demo.png"));
    CHECK(signature.valid());
    CHECK(signature.width == 420);
    CHECK(signature.height == 200);
    const ImageInfo seal = readImageInfo(QStringLiteral(KYSO_SOURCE_DIR "/resources/demo/con-dau-demo.png"));
    CHECK(seal.width == 400);
    CHECK(seal.height == 400);
}

TEST_CASE("image info: broken PNG headers are not images", "[ImageInfo]")
{
    const QByteArray good = png(10, 10, 2);
    CHECK(readImageInfo(good).valid());
    CHECK_FALSE(readImageInfo(good.left(20)).valid());          // cut inside IHDR
    CHECK_FALSE(readImageInfo(good.left(8 + 25)).valid());      // IHDR but no image data
    CHECK_FALSE(readImageInfo(png(0, 10, 2)).valid());          // no width
    CHECK_FALSE(readImageInfo(png(10, 1u << 20, 2)).valid());   // absurd height
    CHECK_FALSE(readImageInfo(png(10, 10, 5)).valid());         // no such colour type
    QByteArray renamed = good;
    renamed.replace(12, 4, "IHDX");
    CHECK_FALSE(readImageInfo(renamed).valid());
    // A chunk claiming more than the header limit stops the search for IDAT.
    QByteArray huge = QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", good.mid(16, 13));
    huge += be32(0x7FFFFFFF) + QByteArray("tEXt", 4);
    CHECK_FALSE(readImageInfo(huge).valid());
}

TEST_CASE("image info: JPEG size from the frame header, after other segments", "[ImageInfo]")
{
    const QByteArray app0 = segment(0xE0, QByteArray("JFIF\0\x01\x01\x00\x00\x01\x00\x01\x00\x00", 14));
    const QByteArray dht = segment(0xC4, QByteArray(20, '\0'));
    const QByteArray jpeg = kSoi + app0 + dht + segment(0xC0, frame(640, 480)) + segment(0xDA, QByteArray(10, '\0'));
    const ImageInfo info = readImageInfo(jpeg);
    CHECK(info.format == ImageInfo::Format::Jpeg);
    CHECK(info.width == 640);
    CHECK(info.height == 480);
    CHECK_FALSE(info.transparent);
    // Progressive (SOF2), with fill bytes before a marker.
    const QByteArray progressive = kSoi + app0 + QByteArray(3, char(0xFF)) + segment(0xC2, frame(300, 100));
    CHECK(readImageInfo(progressive).width == 300);
    CHECK(readImageInfo(progressive).height == 100);
    // DHT (C4), JPG (C8) and DAC (CC) are not frame headers.
    CHECK_FALSE(readImageInfo(kSoi + segment(0xCC, frame(5, 5))).valid());
}

TEST_CASE("image info: broken JPEG headers are not images", "[ImageInfo]")
{
    const QByteArray app0 = segment(0xE0, QByteArray(14, 'j'));
    CHECK_FALSE(readImageInfo(QByteArray("\xff\xd8\xff\xe0rest", 8)).valid());        // cut in the first segment
    CHECK_FALSE(readImageInfo(kSoi + app0 + segment(0xDA, QByteArray(4, '\0'))).valid()); // a scan before any frame
    CHECK_FALSE(readImageInfo(kSoi + app0 + segment(0xC0, frame(0, 10))).valid());       // height set later (DNL)
    CHECK_FALSE(readImageInfo(kSoi + app0 + QByteArray("\x12\x34", 2)).valid());          // not a marker
    QByteArray cut = kSoi + app0 + segment(0xC0, frame(64, 64));
    CHECK(readImageInfo(cut).valid());
    cut.chop(5);
    CHECK_FALSE(readImageInfo(cut).valid());
    CHECK_FALSE(readImageInfo(QByteArray("GIF89a....", 10)).valid());
    CHECK_FALSE(readImageInfo(QByteArray()).valid());
}

TEST_CASE("image info: files that cannot be read are not images", "[ImageInfo]")
{
    QTemporaryDir dir;
    CHECK_FALSE(readImageInfo(dir.filePath(QStringLiteral("missing.png"))).valid());
    CHECK_FALSE(readImageInfo(dir.path()).valid()); // a folder
    const QString path = dir.filePath(QStringLiteral("a.jpg"));
    REQUIRE(test::writeBytes(path, kSoi + segment(0xC0, frame(7, 3))));
    CHECK(readImageInfo(path).width == 7);
}
