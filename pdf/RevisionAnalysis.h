#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

namespace PoDoFo {
class PdfMemDocument;
}

namespace kyso::pdf {

// What a later revision did to the document, from the most harmless to the
// strictest (the order is the rank: a larger value is stricter).
enum class ChangeClass {
    None = 0,        // nothing after the signature
    Signatures,      // new signature fields/widgets and dictionaries, AcroForm /Fields and /SigFlags, DSS/VRI, document time-stamps
    FormFilling,     // field values and their appearances (DocMDP P >= 2)
    Annotations,     // annotations added, changed or removed (DocMDP P = 3, or no DocMDP)
    Other,           // page content, resources, boxes, pages, catalog entries, actions, redefined or hidden objects
};

// Stable key for JSON and logs: none, signatures, form-filling, annotations, other.
const char *changeClassKey(ChangeClass c);
// Translated name of the class for reports.
QString changeClassText(ChangeClass c);
// The strictest class DocMDP permission P allows (0 = no certification).
// P = 1 allows only DSS data and document time-stamps (see addsSignature).
ChangeClass allowedByDocMdp(int permission);

// One thing a later revision changed, in terms a reader can check.
struct RevisionChange {
    ChangeClass changeClass = ChangeClass::Other;
    QString kind;          // stable key, e.g. "page-content", "annotation-added", "field-value", "catalog-entry"
    int page = 0;          // 1-based page where it can be located, 0 if not
    QRectF rect;           // PDF points on that page when located (an annotation's /Rect)
    QString detail;        // the specific fact: annotation subtype, field name, catalog key, object number
    int revision = 0;      // 1-based index of the revision that made the change
    // The change in plain words in the UI language, e.g. "page 1: the page content was changed after signing".
    QString text() const;
};

// One incremental revision of the file (the original document is revision 1).
struct Revision {
    qint64 end = 0;                 // file offset just after its %%EOF
    ChangeClass changeClass = ChangeClass::None; // vs the previous revision
    bool addsSignature = false;     // an approval/certification signature was added
    bool addsDocTimeStamp = false;  // a document time-stamp (ETSI.RFC3161) was added
    bool addsDss = false;           // the DSS was added or extended
    QList<RevisionChange> changes;  // every change stricter than `signatures`
    QString readProblem;            // set when this revision could not be read (counts as `other`)
};

// Facts about the signatures a revision added, for allowances (the analysis
// itself does not know who signed).
struct RevisionSigner {
    QByteArray certificateDer;
    bool agencySeal = false;        // the issuing agency's seal (agency certificate, agency role)
};

// Extension point for rules that allow a specific change in a specific
// revision. The coming "release stamp" rule (issue 12) is one: in the SAME
// revision as the issuing agency's seal, read-only number/date stamps
// (FreeText annotations with /F ReadOnly over the header blanks) are allowed.
// An allowance is asked about every change stricter than `signatures`; when it
// answers true the change counts as `signatures` and is not listed.
// Implementations must be pure functions of their arguments.
class ChangeAllowance
{
public:
    virtual ~ChangeAllowance() = default;
    virtual bool allows(const RevisionChange &change, const Revision &revision,
                        const QList<RevisionSigner> &signersOfRevision) const = 0;
};

// The verdict for one signature.
struct ChangesAfterSigning {
    ChangeClass changesAfter = ChangeClass::None; // strictest class of all later revisions
    QList<RevisionChange> changes;                // listed changes (stricter than `signatures`)
    bool signatureAddedAfter = false;             // a later revision added an approval/certification signature
    // Later changes that DocMDP permission `p` (0 = no certification) forbids.
    bool exceeds(int p) const;
};

// Compares each revision with the previous one object by object, looking only
// at the objects that the revision's own xref sections define (so the cost
// depends on what the updates touched, not on the size of the document).
// Objects are compared by their parsed values: a rewritten object with equal
// content, or numbers re-serialised within 1e-6, count as equal.
class RevisionAnalysis
{
public:
    RevisionAnalysis();
    ~RevisionAnalysis();
    RevisionAnalysis(RevisionAnalysis &&) noexcept;
    RevisionAnalysis &operator=(RevisionAnalysis &&) noexcept;

    // `signedEnds` are the ends of the signed revisions (ByteRange[2] + [3]);
    // each becomes a revision boundary. Never throws; problems are reported as
    // `other` changes of the revision concerned.
    static RevisionAnalysis analyse(const QString &path, const QList<qint64> &signedEnds);

    const QList<Revision> &revisions() const { return m_revisions; }
    void addAllowance(std::shared_ptr<const ChangeAllowance> allowance) { m_allowances << std::move(allowance); }

    // Everything after the revision that ends at `signedEnd`. signersByRevision
    // is indexed like revisions() (may be shorter).
    ChangesAfterSigning changesAfter(qint64 signedEnd, const QList<QList<RevisionSigner>> &signersByRevision = {}) const;

private:
    QList<Revision> m_revisions;
    QList<std::shared_ptr<const ChangeAllowance>> m_allowances;
};

} // namespace kyso::pdf
