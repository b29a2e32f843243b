#pragma once

#include "core/Error.h"
#include "pdf/XrefReader.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace kyso::pdf {

// Serialises an incremental update (ISO 32000-1 §7.5.6) that keeps every
// earlier byte and value: only the objects given to put() are written, the
// cross-reference data is a stream when the previous revision ended with a
// stream (a classic section otherwise), /Prev points to the previous
// cross-reference data, and /Root, /Info and /ID are carried over as written.
class IncrementalUpdate
{
public:
    // `xref` describes the file the update is appended to (fileSize bytes,
    // `endsWithEol`: its last byte is CR or LF).
    IncrementalUpdate(const XrefReader &xref, qint64 fileSize, bool endsWithEol);

    // A fresh object number above every number used so far.
    int allocate();
    // Writes object `num` (a new one from allocate(), or a changed one that
    // keeps its generation) with `body`: the value text, for a stream as
    // made by streamBody().
    void put(int num, const QByteArray &body);
    bool contains(int num) const { return m_objects.contains(num); }
    // The value of object `num` as it will be after this update: the body
    // given to put(), else the original text. Empty when there is none.
    QByteArray current(int num) const;
    // `value` itself, or the current value of the object it references.
    QByteArray resolve(const QByteArray &value) const;
    const XrefReader &xref() const { return m_xref; }
    // Replaces a trailer entry written in the update (e.g. /Info).
    void setTrailer(const QByteArray &key, const QByteArray &rawValue) { m_trailerOverride.insert(key, rawValue); }

    // "<<dict with /Length>>\nstream\n…\nendstream".
    static QByteArray streamBody(syntax::RawDictionary dict, const QByteArray &data);

    // The bytes to append. `offsets` receives the absolute file offset of
    // each written object's "n g obj" line.
    QByteArray serialise(QMap<int, qint64> *offsets = nullptr) const;

    // Copies `input` to `output` (streamed) and appends `update`.
    static Error writeFile(const QString &input, const QString &output, const QByteArray &update);

private:
    QByteArray classicSection(const QMap<int, qint64> &offsets, qint64 xrefOffset) const;
    QByteArray streamSection(QMap<int, qint64> offsets, qint64 xrefOffset) const;
    syntax::RawDictionary trailerEntries(int size) const;
    int generation(int num) const;

    const XrefReader &m_xref;
    qint64 m_fileSize;
    bool m_endsWithEol;
    int m_next;
    QMap<int, QByteArray> m_objects;
    QMap<QByteArray, QByteArray> m_trailerOverride;
};

} // namespace kyso::pdf
