#include "pdf/ImageInfo.h"

#include <QFile>

namespace kyso::pdf {

namespace {

// A header never needs more than this: PNG chunks before IDAT (tRNS comes
// after PLTE) and JPEG segments before the frame header (EXIF thumbnails
// included) stay well below it in images people use as signatures.
constexpr qint64 kHeaderLimit = 4 * 1024 * 1024;
// Larger than any signature image; guards the aspect computations.
constexpr quint32 kMaxSide = 1u << 16;

quint32 be32(const QByteArray &b, qsizetype at)
{
    const auto u = [&](qsizetype i) { return quint32(quint8(b[at + i])); };
    return (u(0) << 24) | (u(1) << 16) | (u(2) << 8) | u(3);
}

quint32 be16(const QByteArray &b, qsizetype at)
{
    return (quint32(quint8(b[at])) << 8) | quint8(b[at + 1]);
}

ImageInfo readPng(const QByteArray &b)
{
    ImageInfo info;
    // Signature, then IHDR: length 13, "IHDR", width, height, depth, colour type.
    if (b.size() < 8 + 8 + 13 || be32(b, 8) != 13 || b.mid(12, 4) != "IHDR")
        return info;
    const quint32 w = be32(b, 16), h = be32(b, 20);
    const quint8 colourType = quint8(b[25]);
    if (w == 0 || h == 0 || w > kMaxSide || h > kMaxSide)
        return info;
    if (colourType != 0 && colourType != 2 && colourType != 3 && colourType != 4 && colourType != 6)
        return info;
    info.transparent = colourType == 4 || colourType == 6;
    // The chunks up to the first IDAT: a tRNS among them makes it transparent.
    qsizetype at = 8 + 8 + 13 + 4;
    bool sawData = false;
    while (at + 8 <= b.size()) {
        const quint32 length = be32(b, at);
        const QByteArray type = b.mid(at + 4, 4);
        if (type == "tRNS")
            info.transparent = true;
        if (type == "IDAT" || type == "IEND") {
            sawData = type == "IDAT";
            break;
        }
        if (length > quint32(kHeaderLimit))
            break;
        at += 12 + qsizetype(length);
    }
    if (!sawData)
        return info; // no image data where it must be: truncated or not a PNG
    info.format = ImageInfo::Format::Png;
    info.width = int(w);
    info.height = int(h);
    return info;
}

bool isFrameHeader(quint8 marker)
{
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

ImageInfo readJpeg(const QByteArray &b)
{
    ImageInfo info;
    qsizetype at = 2; // after SOI
    while (at + 4 <= b.size()) {
        if (quint8(b[at]) != 0xFF)
            return info;
        quint8 marker = quint8(b[at + 1]);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // no length
            at += 2;
            continue;
        }
        if (marker == 0xD9 || marker == 0xDA) // end of image or scan before any frame
            return info;
        const quint32 length = be16(b, at + 2);
        if (length < 2 || at + 2 + qsizetype(length) > b.size())
            return info;
        if (isFrameHeader(marker)) {
            // precision, height, width, components
            if (length < 8)
                return info;
            const quint32 h = be16(b, at + 5), w = be16(b, at + 7);
            if (w == 0 || h == 0) // a height of 0 (set by DNL) is not supported
                return info;
            info.format = ImageInfo::Format::Jpeg;
            info.width = int(w);
            info.height = int(h);
            return info;
        }
        at += 2 + qsizetype(length);
    }
    return info;
}

} // namespace

ImageInfo readImageInfo(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return readPng(bytes);
    if (bytes.startsWith("\xff\xd8\xff"))
        return readJpeg(bytes);
    return {};
}

ImageInfo readImageInfo(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return readImageInfo(f.read(kHeaderLimit));
}

} // namespace kyso::pdf
