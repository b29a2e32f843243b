// The verdict a clerk reads first (pdf/VerificationVerdict): built from
// verification reports made by hand, so that every level and every mark can
// be asserted without a signing.
#include "pdf/VerificationVerdict.h"

#include <catch2/catch.hpp>

using namespace kyso;
using namespace kyso::pdf;

namespace {

SignatureReport validSignature(const QString &name, int page, const QRectF &rect)
{
    SignatureReport s;
    s.fieldName = name;
    s.signer.commonName = name;
    s.integrity = Integrity::Intact;
    s.trust = Trust::Trusted;
    s.certificateValidAtSigningTime = true;
    s.page = page;
    s.widgetRect = rect;
    return s;
}

RevisionChange change(ChangeClass c, const QString &kind, int page, const QRectF &rect = {})
{
    RevisionChange ch;
    ch.changeClass = c;
    ch.kind = kind;
    ch.page = page;
    ch.rect = rect;
    ch.revision = 2;
    return ch;
}

} // namespace

TEST_CASE("an unreadable file and a file without signatures", "[VerificationVerdict]")
{
    VerificationReport unreadable;
    unreadable.readError = Error(ErrorCode::DamagedPdf, QStringLiteral("xref"));
    CHECK(verdictFor(unreadable).level == VerificationVerdict::Level::Unreadable);
    CHECK_FALSE(verdictFor(unreadable).headline.isEmpty());

    VerificationReport none;
    CHECK(verdictFor(none).level == VerificationVerdict::Level::NoSignatures);
    CHECK(verdictFor(none).marks.isEmpty());
    CHECK(verdictFor(none).firstMarkedPage() == 0);
}

TEST_CASE("valid signatures: green marks where the signatures are", "[VerificationVerdict]")
{
    VerificationReport r;
    r.signatures << validSignature(QStringLiteral("Nguyễn Văn An"), 1, QRectF(350, 350, 140, 66))
                 << validSignature(QStringLiteral("ỦY BAN NHÂN DÂN"), 2, QRectF(300, 340, 100, 100));
    const VerificationVerdict v = verdictFor(r);
    CHECK(v.level == VerificationVerdict::Level::Valid);
    REQUIRE(v.marks.size() == 2);
    CHECK_FALSE(v.marks[0].problem);
    CHECK(v.marks[1].page == 2);
    CHECK(v.firstMarkedPage() == 1);
    CHECK(v.marks[0].label.contains(QStringLiteral("Nguyễn Văn An")));
    CHECK(invalidReason(r.signatures[0]).isEmpty());
}

TEST_CASE("annotations after signing: valid with changes, the annotation marked", "[VerificationVerdict]")
{
    VerificationReport r;
    SignatureReport s = validSignature(QStringLiteral("An"), 1, QRectF(350, 350, 140, 66));
    s.changes.changesAfter = ChangeClass::Annotations;
    s.changes.changes << change(ChangeClass::Annotations, QStringLiteral("annotation-added"), 3, QRectF(50, 600, 250, 50));
    REQUIRE(s.isValid()); // no DocMDP: annotations are allowed, but shown
    r.signatures << s;
    const VerificationVerdict v = verdictFor(r);
    CHECK(v.level == VerificationVerdict::Level::ValidWithChanges);
    REQUIRE(v.marks.size() == 2);
    CHECK(v.marks[1].problem);
    CHECK(v.marks[1].page == 3);
    CHECK(v.firstMarkedPage() == 3); // the problem first, not the signature
}

TEST_CASE("page content changed after signing: NOT valid, the whole page marked", "[VerificationVerdict]")
{
    VerificationReport r;
    SignatureReport s = validSignature(QStringLiteral("An"), 1, QRectF(350, 350, 140, 66));
    s.changes.changesAfter = ChangeClass::Other;
    s.changes.changes << change(ChangeClass::Other, QStringLiteral("page-content"), 1);
    r.signatures << s;
    SignatureReport later = validSignature(QStringLiteral("Seal"), 1, QRectF(300, 340, 100, 100));
    later.changes = s.changes; // the same change is after both: marked once
    r.signatures << later;
    const VerificationVerdict v = verdictFor(r);
    CHECK(v.level == VerificationVerdict::Level::Invalid);
    int wholePage = 0;
    for (const VerdictMark &m : v.marks)
        wholePage += m.problem && m.rect.isEmpty() ? 1 : 0;
    CHECK(wholePage == 1);
    CHECK(v.headline.contains(QStringLiteral("2"))); // "2 of 2 signatures"
    CHECK_FALSE(invalidReason(s).isEmpty());
}

TEST_CASE("each reason of an invalid signature has its own words", "[VerificationVerdict]")
{
    SignatureReport base = validSignature(QStringLiteral("An"), 1, QRectF(0, 0, 10, 10));
    SignatureReport modified = base;
    modified.integrity = Integrity::Modified;
    SignatureReport untrusted = base;
    untrusted.trust = Trust::Untrusted;
    SignatureReport noAnchors = base;
    noAnchors.trust = Trust::NoTrustAnchors;
    SignatureReport expired = base;
    expired.certificateValidAtSigningTime = false;
    SignatureReport revoked = base;
    revoked.revocation.status = RevocationStatus::Revoked;
    const QStringList reasons = {invalidReason(modified), invalidReason(untrusted), invalidReason(noAnchors),
                                 invalidReason(expired), invalidReason(revoked)};
    for (const QString &r : reasons)
        CHECK_FALSE(r.isEmpty());
    CHECK(QSet<QString>(reasons.begin(), reasons.end()).size() == reasons.size());
    for (const QString &r : reasons)
        CHECK_FALSE(r.contains(QStringLiteral("--"))); // no command-line vocabulary
    VerificationReport one;
    one.signatures << modified;
    CHECK(verdictFor(one).level == VerificationVerdict::Level::Invalid);
    CHECK(verdictFor(one).headline.contains(invalidReason(modified)));
}
