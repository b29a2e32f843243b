#pragma once

#include "core/Error.h"
#include "pdf/PdfTokens.h"

#include <QByteArray>
#include <QHash>
#include <QMap>

namespace kyso::pdf {

struct XrefEntry {
    enum Type { Free, Direct, Compressed };
    Type type = Free;
    qint64 offset = 0;  // Direct: byte offset of "n g obj"
    int stream = 0;     // Compressed: object stream number
    int index = 0;      // Compressed: index in that stream
    int gen = 0;
};

// Reads the cross-reference chain of a PDF from raw bytes: classic sections,
// cross-reference streams (field widths 1..8, Flate with PNG predictors),
// hybrid files (/XRefStm) and /Prev chains. It also gives the raw text of any
// object, including objects inside object streams, so an incremental update
// can copy untouched values byte for byte.
class XrefReader
{
public:
    // `file` must stay alive as long as the reader is used.
    Error read(const QByteArray &file);

    qint64 lastXrefOffset() const { return m_lastXref; }   // the last startxref value
    bool lastIsStream() const { return m_lastIsStream; }    // the last section is an xref stream
    const syntax::RawDictionary &trailer() const { return m_trailer; } // newest trailer entries
    int size() const;                                       // /Size (at least highest number + 1)
    const QMap<int, XrefEntry> &entries() const { return m_entries; }

    // Raw text of object `num`'s value (for a stream: its dictionary), and the
    // raw (still encoded) stream data when `stream` is given. False when the
    // object is missing or malformed.
    bool object(int num, QByteArray &value, QByteArray *stream = nullptr) const;
    // Decoded stream data of object `num` (FlateDecode or none).
    bool decodedStream(int num, QByteArray &data) const;

    // A classic-xref copy of the newest revision holding every live object,
    // for readers that cannot parse this file's cross-reference data. Object
    // numbers are kept; byte offsets are not.
    QByteArray normalisedCopy() const;

private:
    Error readSection(qint64 offset, int depth);
    Error readClassic(qint64 offset, qint64 &prev, qint64 &xrefStm);
    Error readStream(qint64 offset, qint64 &prev);
    bool directObject(qint64 offset, QByteArray &value, QByteArray *stream, int depth) const;
    bool compressedObject(const XrefEntry &e, int num, QByteArray &value) const;
    void add(int num, const XrefEntry &e);

    const QByteArray *m_file = nullptr;
    QMap<int, XrefEntry> m_entries;
    syntax::RawDictionary m_trailer;
    bool m_haveTrailer = false;
    qint64 m_lastXref = -1;
    bool m_lastIsStream = false;
    static constexpr qint64 kStreamCacheBytes = 64 << 20;
    mutable QMap<int, QByteArray> m_streamCache;
    mutable qint64 m_streamCacheBytes = 0;
    mutable QHash<int, QList<QPair<int, qint64>>> m_objectStreamIndex; // object stream -> (number, offset)
};

// Flate-decodes `in` and undoes a PNG predictor (`predictor` ≥ 10, `columns`
// bytes per row); false on corrupt data.
bool inflateData(const QByteArray &in, QByteArray &out);
bool unpredictPng(const QByteArray &in, int columns, QByteArray &out);

} // namespace kyso::pdf
