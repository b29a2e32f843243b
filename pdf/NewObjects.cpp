#include "pdf/NewObjects.h"

#include <podofo/podofo.h>

using namespace PoDoFo;

namespace kyso::pdf {

quint64 referenceKey(const PdfReference &ref)
{
    return (quint64(ref.ObjectNumber()) << 16) | quint64(ref.GenerationNumber());
}

QSet<quint64> objectKeys(const PdfVecObjects &objects)
{
    QSet<quint64> keys;
    for (const PdfObject *o : objects)
        keys.insert(referenceKey(o->Reference()));
    return keys;
}

namespace {

void renumber(PdfVariant &v, const QHash<quint64, int> &numbers, int depth = 0)
{
    if (depth > 64)
        return;
    if (v.IsReference()) {
        const auto it = numbers.find(referenceKey(v.GetReference()));
        if (it != numbers.end())
            v = PdfVariant(PdfReference(pdf_objnum(*it), 0));
    } else if (v.IsDictionary()) {
        for (const auto &kv : v.GetDictionary().GetKeys())
            renumber(*kv.second, numbers, depth + 1);
    } else if (v.IsArray()) {
        for (PdfObject &item : v.GetArray())
            renumber(item, numbers, depth + 1);
    }
}

QByteArray bodyOf(PdfObject &object, const QHash<quint64, int> &numbers)
{
    PdfVariant copy(object);
    renumber(copy, numbers);
    if (!object.HasStream()) {
        std::string text;
        copy.ToString(text, ePdfWriteMode_Compact);
        return QByteArray::fromStdString(text);
    }
    char *buf = nullptr;
    pdf_long len = 0;
    object.GetStream()->GetCopy(&buf, &len); // as stored: still encoded
    const QByteArray data(buf, qsizetype(len));
    podofo_free(buf);
    copy.GetDictionary().AddKey(PdfName::KeyLength, PdfVariant(static_cast<pdf_int64>(data.size())));
    std::string text;
    copy.ToString(text, ePdfWriteMode_Compact);
    return QByteArray::fromStdString(text) + "\nstream\n" + data + "\nendstream";
}

} // namespace

Error addNewObjects(PdfVecObjects &objects, const QSet<quint64> &before, IncrementalUpdate &update,
                    QHash<quint64, int> &numbers)
{
    QList<PdfObject *> created;
    for (PdfObject *o : objects) {
        const quint64 key = referenceKey(o->Reference());
        if (before.contains(key))
            continue;
        created << o;
        numbers.insert(key, update.allocate());
    }
    try {
        for (PdfObject *o : created)
            update.put(numbers.value(referenceKey(o->Reference())), bodyOf(*o, numbers));
    } catch (const PdfError &e) {
        return Error(ErrorCode::SigningFailed, QString::fromLatin1(PdfError::ErrorName(e.GetError())));
    }
    return {};
}

} // namespace kyso::pdf
