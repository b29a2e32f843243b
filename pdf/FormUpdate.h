#pragma once

#include "core/Error.h"
#include "pdf/IncrementalUpdate.h"

#include <QRectF>
#include <QString>

namespace kyso::pdf {

// Changes to existing objects needed for a new signature field, made on raw
// object text so untouched entries keep their original bytes: the page's
// /Annots, the AcroForm's /Fields, /SigFlags and /NeedAppearances, and the
// catalog's /AcroForm and /Perms.
class FormUpdate
{
public:
    explicit FormUpdate(IncrementalUpdate &update) : m_update(update) {}

    // Adds the merged field/widget `widgetNum` to page object `pageNum` and to
    // the AcroForm (created when missing), with /SigFlags 3. A form asking
    // viewers to draw appearances (/NeedAppearances true) gets false when every
    // widget has an appearance; otherwise FormNeedsAppearances.
    Error addSignatureField(int pageNum, int widgetNum);
    // A signature field with several widgets: `fieldNum` goes into /Fields,
    // `widgetNum` into the page's /Annots (issue 12: release stamps).
    Error addSignatureField(int pageNum, int widgetNum, int fieldNum);
    // Only the page's /Annots (a further widget of a field added otherwise).
    Error addWidgetToPage(int pageNum, int widgetNum);

    // Makes `sigNum` the document's certification signature (/Perms /DocMDP).
    Error setCertification(int sigNum);

    // An empty signature field (no /V) that can take the next signature: one
    // named `name` when given, else one whose widget is on `pageNum` and whose
    // rectangle overlaps `rect` (if rect is null: the first empty one on the
    // page). Returns its object number (merged field/widget) or 0.
    int findEmptySignatureField(const QString &name, int pageNum, const QRectF &rect) const;

    // The partial name (/T) of field object `num`.
    QString fieldName(int num) const;
    // /SigFlags 3 on the AcroForm (when a prepared field is filled).
    Error ensureSignatureFlags();

    // Checks the form without changing it (for the checks before the PIN).
    Error checkAppearances() const;

    int catalogNumber() const;
    IncrementalUpdate &update() { return m_update; }

private:
    Error patchForm(syntax::RawDictionary &form, int widgetNum);
    bool widgetsHaveAppearances(const QByteArray &fieldsValue, int depth, QList<int> &seen) const;
    void forEachField(const QByteArray &fieldsValue, int depth, QList<int> &seen,
                      const std::function<void(int, const syntax::RawDictionary &)> &visit) const;

    IncrementalUpdate &m_update;
};

// Field names of the document's form (fully qualified names not needed: KySo
// only ever adds top-level fields).
QStringList formFieldNames(const IncrementalUpdate &update);

} // namespace kyso::pdf
