#pragma once

#include "core/Error.h"
#include "pdf/PageTree.h"

#include <QString>

namespace PoDoFo {
class PdfMemDocument;
class PdfError;
} // namespace PoDoFo

namespace kyso::pdf {

// Cheap checks before anything is loaded: the file exists, is readable and
// starts like a PDF.
Error checkPdfFile(const QString &path);

// Loads a document, mapping PoDoFo's failures to KySo errors (encrypted,
// damaged). forUpdate keeps the original bytes for an incremental update.
// The page tree is not read: signing walks it on the raw bytes (see
// PdfSigner::open), verifying finds each signature's page upwards from its
// widget (pageNumberFromParents); checkPageTree walks it through PoDoFo.
Error loadDocument(PoDoFo::PdfMemDocument &doc, const QString &path, bool forUpdate);

// A classic-xref copy of `path` for PoDoFo when it cannot read the file's
// cross-reference data itself (see XrefReader::normalisedCopy).
bool normalisedCopy(const QString &path, QByteArray &copy);
// The same for the bytes of a file (or of one revision: a prefix of it).
// False when XrefReader cannot read them or they are encrypted.
bool normalisedCopy(const QByteArray &bytes, QByteArray &copy);

// Maps a PoDoFo exception raised while reading `path`.
Error errorFromPodofo(const PoDoFo::PdfError &e);

} // namespace kyso::pdf
