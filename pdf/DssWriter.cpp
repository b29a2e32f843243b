#include "pdf/DssWriter.h"

#include "pdf/IncrementalUpdate.h"
#include "pdf/PdfInput.h"
#include "pdf/PdfTokens.h"
#include "pdf/XrefReader.h"

#include <QFile>

#include <podofo/podofo.h>

using namespace PoDoFo;

namespace kyso::pdf {

namespace {

const PdfObject *resolve(const PdfObject *o, const PdfVecObjects *objects)
{
    for (int i = 0; o && o->IsReference() && i < 8; ++i)
        o = objects->GetObject(o->GetReference());
    return o;
}

QList<QByteArray> streams(const PdfObject *array, const PdfVecObjects *objects)
{
    QList<QByteArray> out;
    array = resolve(array, objects);
    if (!array || !array->IsArray())
        return out;
    for (const PdfObject &item : array->GetArray()) {
        const PdfObject *s = resolve(&item, objects);
        if (!s || !s->HasStream())
            continue;
        char *buf = nullptr;
        pdf_long len = 0;
        const_cast<PdfObject *>(s)->GetStream()->GetFilteredCopy(&buf, &len);
        out << QByteArray(buf, int(len));
        podofo_free(buf);
    }
    return out;
}

// Appends each item not yet stored as a new stream object; returns the
// array text with the references added.
QByteArray addAll(IncrementalUpdate &update, QByteArray array, const QList<QByteArray> &items,
                  const QList<QByteArray> &existing)
{
    for (const QByteArray &item : items) {
        if (existing.contains(item))
            continue;
        const int num = update.allocate();
        update.put(num, IncrementalUpdate::streamBody(syntax::RawDictionary(), item));
        array = syntax::arrayAppend(array, syntax::reference(num));
    }
    return array;
}

} // namespace

RevocationData readDss(PdfMemDocument &doc)
{
    RevocationData data;
    const PdfVecObjects *objects = &doc.GetObjects();
    const PdfObject *dss = resolve(doc.GetCatalog()->GetDictionary().GetKey("DSS"), objects);
    if (!dss || !dss->IsDictionary())
        return data;
    data.certs = streams(dss->GetDictionary().GetKey("Certs"), objects);
    data.ocsps = streams(dss->GetDictionary().GetKey("OCSPs"), objects);
    data.crls = streams(dss->GetDictionary().GetKey("CRLs"), objects);
    return data;
}

Error appendDss(const QString &inputPath, const QString &outputPath, const RevocationData &data)
{
    RevocationData existing;
    {
        // Only the catalog's /DSS is read: the pages are not (the file was
        // just signed, its page tree checked before that).
        PdfMemDocument doc;
        if (Error e = loadDocument(doc, inputPath, false))
            return e;
        try {
            existing = readDss(doc);
        } catch (const PdfError &e) {
            return Error(ErrorCode::SigningFailed, QStringLiteral("DSS: %1").arg(QLatin1String(PdfError::ErrorName(e.GetError()))));
        }
    }
    QFile in(inputPath);
    if (!in.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileNotFound, inputPath);
    const QByteArray bytes = in.readAll();
    XrefReader xref;
    if (Error e = xref.read(bytes))
        return e;
    IncrementalUpdate update(xref, bytes.size(), bytes.endsWith('\n') || bytes.endsWith('\r'));
    int catalogNum = 0;
    syntax::RawDictionary catalog, dss;
    if (!syntax::parseReference(xref.trailer().value("Root"), catalogNum) || !catalog.parse(update.current(catalogNum)))
        return Error(ErrorCode::DamagedPdf, QStringLiteral("catalog"));
    // Keep what an earlier update stored; add the rest.
    if (!dss.parse(update.resolve(catalog.value("DSS"))))
        dss.parse("<< /Type /DSS >>");
    const struct { const char *key; const QList<QByteArray> &items; const QList<QByteArray> &old; } lists[] = {
        {"Certs", data.certs, existing.certs}, {"OCSPs", data.ocsps, existing.ocsps}, {"CRLs", data.crls, existing.crls}};
    for (const auto &l : lists) {
        QByteArray array = update.resolve(dss.value(l.key));
        if (!array.startsWith('['))
            array = "[]";
        array = addAll(update, array, l.items, l.old);
        if (array != "[]")
            dss.set(l.key, array);
    }
    int dssNum = 0;
    if (!syntax::parseReference(catalog.value("DSS"), dssNum)) {
        dssNum = update.allocate();
        catalog.set("DSS", syntax::reference(dssNum));
        update.put(catalogNum, catalog.serialise());
    }
    update.put(dssNum, dss.serialise());
    return IncrementalUpdate::writeFile(inputPath, outputPath, update.serialise());
}

} // namespace kyso::pdf
