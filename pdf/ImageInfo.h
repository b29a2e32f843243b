#pragma once

#include <QString>

namespace kyso::pdf {

// What the header of a signature or seal image says, read without decoding
// the pixels (and without Qt Gui, so the command line does not need it).
struct ImageInfo {
    enum class Format { Unknown, Png, Jpeg };
    Format format = Format::Unknown;
    int width = 0, height = 0;
    // PNG with an alpha channel (colour type 4 or 6) or a tRNS chunk; a JPEG
    // is never transparent.
    bool transparent = false;
    bool valid() const { return format != Format::Unknown && width > 0 && height > 0; }
    double aspect() const { return valid() ? double(width) / height : 0.0; }
};

// Reads the PNG IHDR (and the chunks before the first IDAT) or the JPEG frame
// header (SOFn). Unknown, truncated or inconsistent headers give an invalid
// ImageInfo.
ImageInfo readImageInfo(const QString &path);
ImageInfo readImageInfo(const QByteArray &bytes);

} // namespace kyso::pdf
