#include "pdf/FormUpdate.h"

#include <QCoreApplication>

#include <functional>

namespace kyso::pdf {

using namespace syntax;

namespace {

QString decodeString(const QByteArray &raw)
{
    QByteArray bytes;
    if (raw.startsWith('<')) {
        bytes = QByteArray::fromHex(raw.mid(1, raw.size() - 2));
    } else if (raw.startsWith('(')) {
        const QByteArray in = raw.mid(1, raw.size() - 2);
        for (qsizetype i = 0; i < in.size(); ++i) {
            if (in[i] == '\\' && i + 1 < in.size())
                ++i;
            bytes += in[i];
        }
    }
    if (bytes.startsWith("\xfe\xff")) {
        QString s;
        for (qsizetype i = 2; i + 1 < bytes.size(); i += 2)
            s += QChar(ushort((uchar(bytes[i]) << 8) | uchar(bytes[i + 1])));
        return s;
    }
    return QString::fromLatin1(bytes);
}

// The field's rectangle covers at least half of the smaller of the two.
bool overlaps(const QByteArray &rectText, const QRectF &rect)
{
    QList<QByteArray> items;
    if (!arrayItems(rectText, items) || items.size() != 4)
        return false;
    const double x1 = items[0].toDouble(), y1 = items[1].toDouble(), x2 = items[2].toDouble(), y2 = items[3].toDouble();
    const QRectF r(std::min(x1, x2), std::min(y1, y2), std::abs(x2 - x1), std::abs(y2 - y1));
    const QRectF common = r.intersected(rect);
    const double smaller = std::min(r.width() * r.height(), rect.width() * rect.height());
    return smaller > 0 && common.width() * common.height() >= smaller / 2;
}

} // namespace

int FormUpdate::catalogNumber() const
{
    int num = 0;
    parseReference(m_update.xref().trailer().value("Root"), num);
    return num;
}

void FormUpdate::forEachField(const QByteArray &fieldsValue, int depth, QList<int> &seen,
                              const std::function<void(int, const RawDictionary &)> &visit) const
{
    QList<QByteArray> items;
    if (depth > 16 || !arrayItems(m_update.resolve(fieldsValue), items))
        return;
    for (const QByteArray &item : items) {
        int num = 0;
        if (!parseReference(item, num) || seen.contains(num))
            continue;
        seen << num;
        RawDictionary field;
        if (!field.parse(m_update.current(num)))
            continue;
        visit(num, field);
        if (field.has("Kids"))
            forEachField(field.value("Kids"), depth + 1, seen, visit);
    }
}

bool FormUpdate::widgetsHaveAppearances(const QByteArray &fieldsValue, int depth, QList<int> &seen) const
{
    bool all = true;
    forEachField(fieldsValue, depth, seen, [&](int, const RawDictionary &field) {
        const bool widget = field.value("Subtype") == "/Widget" || field.has("Rect");
        if (!widget)
            return;
        RawDictionary ap;
        if (!ap.parse(m_update.resolve(field.value("AP"))) || !ap.has("N"))
            all = false;
    });
    return all;
}

Error FormUpdate::checkAppearances() const
{
    RawDictionary catalog, form;
    if (!catalog.parse(m_update.current(catalogNumber())))
        return Error(ErrorCode::DamagedPdf, QStringLiteral("catalog"));
    if (!form.parse(m_update.resolve(catalog.value("AcroForm"))) || m_update.resolve(form.value("NeedAppearances")) != "true")
        return {};
    QList<int> seen;
    if (!widgetsHaveAppearances(form.value("Fields"), 0, seen))
        return Error(ErrorCode::FormNeedsAppearances,
                     QCoreApplication::translate("FormUpdate", "the form asks viewers to draw field appearances (/NeedAppearances) and some fields have none"));
    return {};
}

Error FormUpdate::patchForm(RawDictionary &form, int widgetNum)
{
    const QByteArray widget = reference(widgetNum);
    const QByteArray fields = form.value("Fields");
    int fieldsNum = 0;
    if (parseReference(fields, fieldsNum)) {
        m_update.put(fieldsNum, arrayAppend(m_update.current(fieldsNum), widget));
    } else {
        form.set("Fields", fields.isEmpty() ? '[' + widget + ']' : arrayAppend(fields, widget));
    }
    qint64 flags = 0;
    parseInteger(m_update.resolve(form.value("SigFlags")), flags);
    if ((flags & 3) != 3)
        form.set("SigFlags", QByteArray::number(flags | 3));
    if (m_update.resolve(form.value("NeedAppearances")) == "true")
        form.set("NeedAppearances", "false"); // every widget has one: checkAppearances() passed
    return {};
}

Error FormUpdate::addSignatureField(int pageNum, int widgetNum)
{
    return addSignatureField(pageNum, widgetNum, widgetNum);
}

Error FormUpdate::addWidgetToPage(int pageNum, int widgetNum)
{
    RawDictionary page;
    if (!page.parse(m_update.current(pageNum)))
        return Error(ErrorCode::DamagedPdf, QStringLiteral("page object %1").arg(pageNum));
    const QByteArray annots = page.value("Annots");
    int annotsNum = 0;
    if (parseReference(annots, annotsNum) && m_update.current(annotsNum).startsWith('[')) {
        m_update.put(annotsNum, arrayAppend(m_update.current(annotsNum), reference(widgetNum)));
    } else {
        page.set("Annots", annots.startsWith('[') ? arrayAppend(annots, reference(widgetNum)) : '[' + reference(widgetNum) + ']');
        m_update.put(pageNum, page.serialise());
    }
    return {};
}

Error FormUpdate::addSignatureField(int pageNum, int widgetNum, int fieldNum)
{
    if (Error e = checkAppearances())
        return e;
    // The page's /Annots.
    RawDictionary page;
    if (!page.parse(m_update.current(pageNum)))
        return Error(ErrorCode::DamagedPdf, QStringLiteral("page object %1").arg(pageNum));
    const QByteArray annots = page.value("Annots");
    int annotsNum = 0;
    if (parseReference(annots, annotsNum) && m_update.current(annotsNum).startsWith('[')) {
        m_update.put(annotsNum, arrayAppend(m_update.current(annotsNum), reference(widgetNum)));
    } else {
        page.set("Annots", annots.startsWith('[') ? arrayAppend(annots, reference(widgetNum)) : '[' + reference(widgetNum) + ']');
        m_update.put(pageNum, page.serialise());
    }
    // The AcroForm.
    const int catalogNum = catalogNumber();
    RawDictionary catalog;
    if (!catalog.parse(m_update.current(catalogNum)))
        return Error(ErrorCode::DamagedPdf, QStringLiteral("catalog"));
    const QByteArray formValue = catalog.value("AcroForm");
    int formNum = 0;
    RawDictionary form;
    if (parseReference(formValue, formNum) && form.parse(m_update.current(formNum))) {
        if (Error e = patchForm(form, fieldNum))
            return e;
        m_update.put(formNum, form.serialise());
        return {};
    }
    form.parse(formValue.startsWith("<<") ? formValue : QByteArrayLiteral("<< >>"));
    if (Error e = patchForm(form, fieldNum))
        return e;
    formNum = m_update.allocate();
    m_update.put(formNum, form.serialise());
    catalog.set("AcroForm", reference(formNum));
    m_update.put(catalogNum, catalog.serialise());
    return {};
}

Error FormUpdate::setCertification(int sigNum)
{
    const int catalogNum = catalogNumber();
    RawDictionary catalog, perms;
    if (!catalog.parse(m_update.current(catalogNum)))
        return Error(ErrorCode::DamagedPdf, QStringLiteral("catalog"));
    if (!perms.parse(m_update.resolve(catalog.value("Perms"))))
        perms.parse("<< >>");
    perms.set("DocMDP", reference(sigNum));
    catalog.set("Perms", perms.serialise());
    m_update.put(catalogNum, catalog.serialise());
    return {};
}

int FormUpdate::findEmptySignatureField(const QString &name, int pageNum, const QRectF &rect) const
{
    RawDictionary catalog, form;
    if (!catalog.parse(m_update.current(catalogNumber())) || !form.parse(m_update.resolve(catalog.value("AcroForm"))))
        return 0;
    int found = 0;
    QList<int> seen;
    forEachField(form.value("Fields"), 0, seen, [&](int num, const RawDictionary &field) {
        if (found || field.value("FT") != "/Sig" || field.has("V") || field.has("Kids") || !field.has("Rect"))
            return;
        int page = 0;
        parseReference(field.value("P"), page);
        if (!name.isEmpty()) {
            if (decodeString(field.value("T")) == name)
                found = num;
        } else if (page == pageNum && (rect.isNull() || overlaps(m_update.resolve(field.value("Rect")), rect))) {
            found = num;
        }
    });
    return found;
}

QString FormUpdate::fieldName(int num) const
{
    RawDictionary field;
    return field.parse(m_update.current(num)) ? decodeString(m_update.resolve(field.value("T"))) : QString();
}

Error FormUpdate::ensureSignatureFlags()
{
    const int catalogNum = catalogNumber();
    RawDictionary catalog, form;
    if (!catalog.parse(m_update.current(catalogNum)))
        return Error(ErrorCode::DamagedPdf, QStringLiteral("catalog"));
    const QByteArray formValue = catalog.value("AcroForm");
    int formNum = 0;
    const bool indirect = parseReference(formValue, formNum);
    if (!form.parse(m_update.resolve(formValue)))
        return Error(ErrorCode::DamagedPdf, QStringLiteral("AcroForm"));
    qint64 flags = 0;
    parseInteger(m_update.resolve(form.value("SigFlags")), flags);
    if ((flags & 3) == 3)
        return {};
    form.set("SigFlags", QByteArray::number(flags | 3));
    if (indirect) {
        m_update.put(formNum, form.serialise());
    } else {
        catalog.set("AcroForm", form.serialise());
        m_update.put(catalogNum, catalog.serialise());
    }
    return {};
}

QStringList formFieldNames(const IncrementalUpdate &update)
{
    QStringList names;
    FormUpdate reader(const_cast<IncrementalUpdate &>(update));
    RawDictionary catalog, form;
    if (!catalog.parse(update.current(reader.catalogNumber())) || !form.parse(update.resolve(catalog.value("AcroForm"))))
        return names;
    QList<QByteArray> items;
    arrayItems(update.resolve(form.value("Fields")), items);
    for (const QByteArray &item : items) {
        RawDictionary field;
        if (field.parse(update.resolve(item)) && field.has("T"))
            names << decodeString(update.resolve(field.value("T")));
    }
    return names;
}

} // namespace kyso::pdf
