#pragma once

// Internal to RevisionAnalysis: compares two states of one document object by
// object and classifies what changed.

#include "pdf/RevisionAnalysis.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <memory>

namespace PoDoFo {
class PdfObject;
class PdfMemDocument;
} // namespace PoDoFo

namespace kyso::pdf::detail {

// Equal parsed values: numbers within 1e-6 (relative), strings by their bytes
// whatever the notation, dictionaries without null entries, streams by their
// decoded data and dictionaries without /Length /Filter /DecodeParms /DL.
bool sameValue(const PoDoFo::PdfObject *a, const PoDoFo::PdfObject *b, const PoDoFo::PdfMemDocument &docA,
               const PoDoFo::PdfMemDocument &docB, int depth = 0);

// One object number the revision's xref sections define, with its generation
// (-1 when the section does not say).
struct DefinedObject {
    int number = 0;
    int generation = -1;
    bool free = false; // marked free (deleted) by the section
};

// Classifies the differences between `before` (the previous revision) and
// `after` over the defined objects. `everything` is set when the revision's
// xref does not chain to the previous one (a full table or a broken /Prev):
// every object of `before` is then checked for having disappeared.
// `inFileBefore` are the object numbers the previous revision's xref lists in
// use (PoDoFo adds objects in memory that are not in the file).
// `sameBytes`: both documents were parsed from the file's own bytes, so an
// object at the same offset in both is the same object. False when either was
// read from a normalised copy (there equal offsets say nothing).
void classifyRevision(PoDoFo::PdfMemDocument &before, PoDoFo::PdfMemDocument &after, const QSet<int> &inFileBefore,
                      const QList<DefinedObject> &defined, bool everything, Revision &revision, bool sameBytes = true);

} // namespace kyso::pdf::detail
