#pragma once

#include "core/Error.h"
#include "pdf/IncrementalUpdate.h"

#include <QHash>
#include <QSet>

namespace PoDoFo {
class PdfVecObjects;
class PdfReference;
} // namespace PoDoFo

namespace kyso::pdf {

// Key of a PoDoFo reference in the sets and maps below.
quint64 referenceKey(const PoDoFo::PdfReference &ref);

// The references of every object PoDoFo holds now.
QSet<quint64> objectKeys(const PoDoFo::PdfVecObjects &objects);

// Writes the objects PoDoFo created after `before` was taken (appearance
// streams, images, fonts) into `update` under fresh object numbers, with
// their references among themselves renumbered. `numbers` receives the new
// number of each created object.
Error addNewObjects(PoDoFo::PdfVecObjects &objects, const QSet<quint64> &before, IncrementalUpdate &update,
                    QHash<quint64, int> &numbers);

} // namespace kyso::pdf
