#include "pdf/DssWriter.h"

#include "pdf/PdfInput.h"

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

void addAll(PdfMemDocument &doc, PdfArray &array, const QList<QByteArray> &items, const QList<QByteArray> &existing)
{
    for (const QByteArray &item : items) {
        if (existing.contains(item))
            continue;
        PdfObject *s = doc.GetObjects().CreateObject();
        s->GetStream()->Set(item.constData(), item.size());
        array.push_back(s->Reference());
    }
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
    try {
        PdfMemDocument doc;
        if (Error e = loadDocument(doc, inputPath, true))
            return e;
        const RevocationData existing = readDss(doc);
        // The dictionary object first, filled below: PoDoFo 0.9.8's update
        // writer leaves out an object created last (see pitfalls).
        PdfObject *dssObj = doc.GetObjects().CreateObject();
        PdfArray certs, ocsps, crls;
        // Keep what an earlier update stored.
        const PdfObject *old = resolve(doc.GetCatalog()->GetDictionary().GetKey("DSS"), &doc.GetObjects());
        auto keep = [&](const char *key, PdfArray &into) {
            if (!old || !old->IsDictionary())
                return;
            const PdfObject *a = resolve(old->GetDictionary().GetKey(key), &doc.GetObjects());
            if (a && a->IsArray())
                for (const PdfObject &item : a->GetArray())
                    into.push_back(item);
        };
        keep("Certs", certs);
        keep("OCSPs", ocsps);
        keep("CRLs", crls);
        addAll(doc, certs, data.certs, existing.certs);
        addAll(doc, ocsps, data.ocsps, existing.ocsps);
        addAll(doc, crls, data.crls, existing.crls);
        PdfDictionary &dss = dssObj->GetDictionary();
        dss.AddKey("Type", PdfName("DSS"));
        if (!certs.empty())
            dss.AddKey("Certs", certs);
        if (!ocsps.empty())
            dss.AddKey("OCSPs", ocsps);
        if (!crls.empty())
            dss.AddKey("CRLs", crls);
        doc.GetCatalog()->GetDictionary().AddKey("DSS", dssObj->Reference());
        PdfOutputDevice device(QFile::encodeName(outputPath).constData());
        doc.WriteUpdate(&device, true);
        device.Flush();
    } catch (const PdfError &e) {
        return Error(ErrorCode::SigningFailed, QStringLiteral("DSS: %1").arg(QLatin1String(PdfError::ErrorName(e.GetError()))));
    }
    return {};
}

} // namespace kyso::pdf
