#include "pdf/PdfInput.h"

#include "pdf/FileInputDevice.h"
#include "pdf/XrefReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <podofo/podofo.h>


using namespace PoDoFo;

namespace kyso::pdf {

Error checkPdfFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error(ErrorCode::FileNotFound, path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileNotFound, path);
    // The header may follow up to 1 KiB of junk (PDF 32000-1, Annex H).
    const QByteArray head = file.read(1024);
    if (!head.contains("%PDF-"))
        return Error(ErrorCode::NotPdf, info.fileName());
    return {};
}

Error errorFromPodofo(const PoDoFo::PdfError &e)
{
    const EPdfError code = e.GetError();
    if (code == ePdfError_InvalidPassword || code == ePdfError_CannotEncryptedForUpdate)
        return Error(ErrorCode::EncryptedPdf);
    if (code == ePdfError_OutOfMemory)
        return Error(ErrorCode::InternalError, QStringLiteral("out of memory"));
    const char *what = PdfError::ErrorName(e.GetError());
    return Error(ErrorCode::DamagedPdf, QString::fromLatin1(what ? what : "PoDoFo"));
}

bool normalisedCopy(const QString &path, QByteArray &copy)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return normalisedCopy(f.readAll(), copy);
}

bool normalisedCopy(const QByteArray &bytes, QByteArray &copy)
{
    XrefReader xref;
    if (xref.read(bytes) || xref.trailer().has("Encrypt"))
        return false;
    copy = xref.normalisedCopy();
    return true;
}

Error loadDocument(PoDoFo::PdfMemDocument &doc, const QString &path, bool forUpdate)
{
    // PoDoFo's own diagnostics go to stderr; KySo reports errors itself.
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
    if (Error e = checkPdfFile(path))
        return e;
    try {
        try {
            // Our device: seeks without system calls (see FileInputDevice).
            doc.LoadFromDevice(PdfRefCountedInputDevice(new FileInputDevice(path)), forUpdate);
        } catch (const PdfError &e) {
            // PoDoFo 0.9.8 rejects some valid cross-reference data (xref
            // streams with 8-byte fields, /W [1 8 2]). Read it ourselves and
            // give PoDoFo an equivalent classic copy; the original bytes stay
            // the base of any update.
            const EPdfError code = e.GetError();
            if (code == ePdfError_InvalidPassword || code == ePdfError_CannotEncryptedForUpdate)
                throw;
            QByteArray copy;
            if (!normalisedCopy(path, copy))
                throw;
            doc.LoadFromBuffer(copy.constData(), long(copy.size()), false);
        }
        if (doc.GetEncrypted() || (doc.GetTrailer() && doc.GetTrailer()->GetDictionary().HasKey("Encrypt")))
            return Error(ErrorCode::EncryptedPdf);
    } catch (const PdfError &e) {
        return errorFromPodofo(e);
    }
    return {};
}

} // namespace kyso::pdf
