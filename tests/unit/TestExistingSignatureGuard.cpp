#include "common/ExistingSignatureGuard.h"

#include "CatchQt.h"

using namespace kyso;
using pdf::ChangeClass;

namespace {

pdf::SignatureReport signature(const QString &field, const QString &signer, ChangeClass after, int governingDocMdp = 0)
{
    pdf::SignatureReport s;
    s.fieldName = field;
    s.signer.commonName = signer;
    s.integrity = pdf::Integrity::Intact;
    s.changes.changesAfter = after;
    s.governingDocMdp = governingDocMdp;
    return s;
}

pdf::RevisionChange change(ChangeClass c, const QString &kind, int page, const QString &detail)
{
    pdf::RevisionChange r;
    r.changeClass = c;
    r.kind = kind;
    r.page = page;
    r.detail = detail;
    r.revision = 2;
    return r;
}

} // namespace

TEST_CASE("existing signatures: unreadable file or malformed signature", "[ExistingSignatureGuard]")
{
    pdf::VerificationReport none;
    CHECK_FALSE(checkExistingSignatures(none)); // no signature: nothing to refuse

    pdf::VerificationReport unreadable;
    unreadable.readError = Error(ErrorCode::DamagedPdf, QStringLiteral("xref broken"));
    const Error e1 = checkExistingSignatures(unreadable);
    CHECK(e1.code() == ErrorCode::ExistingSignatureUnreadable);
    CHECK(e1.message().contains(QStringLiteral("xref broken")));

    // A malformed certification is refused even when other signatures are fine.
    pdf::VerificationReport report;
    report.signatures << signature(QStringLiteral("Sig1"), QStringLiteral("Nguyễn Văn An"), ChangeClass::None);
    pdf::SignatureReport broken = signature(QStringLiteral("Cert"), QString(), ChangeClass::None, 2);
    broken.integrity = pdf::Integrity::Malformed;
    broken.integrityDetail = QStringLiteral("the /ByteRange is not four numbers");
    report.signatures << broken;
    const Error e2 = checkExistingSignatures(report);
    CHECK(e2.code() == ErrorCode::ExistingSignatureUnreadable);
    CHECK(e2.message().contains(QStringLiteral("Cert: the /ByteRange is not four numbers")));

    // Modified or unsupported is the verifier's verdict, not a refusal here.
    report.signatures[1].integrity = pdf::Integrity::Modified;
    CHECK_FALSE(checkExistingSignatures(report));
}

TEST_CASE("existing signatures: without a certification only signatures may follow", "[ExistingSignatureGuard]")
{
    pdf::VerificationReport report;
    report.signatures << signature(QStringLiteral("Sig1"), QStringLiteral("Nguyễn Văn An"), ChangeClass::Signatures);
    report.signatures.first().changes.signatureAddedAfter = true;
    CHECK_FALSE(checkExistingSignatures(report));

    pdf::SignatureReport filled = signature(QStringLiteral("Sig2"), QStringLiteral("Trần Thị Bình"), ChangeClass::FormFilling);
    const pdf::RevisionChange value = change(ChangeClass::FormFilling, QStringLiteral("field-value"), 1, QStringLiteral("SoVanBan"));
    filled.changes.changes << value;
    report.signatures << filled;
    const Error e = checkExistingSignatures(report);
    REQUIRE(e.code() == ErrorCode::ChangedAfterSigning);
    CHECK(e.message().contains(QStringLiteral("Sig2, Trần Thị Bình")));
    CHECK(e.message().contains(value.text()));
    CHECK_FALSE(e.message().contains(QStringLiteral("Sig1"))); // its later changes are only signatures
}

TEST_CASE("existing signatures: a certification allows what its P says", "[ExistingSignatureGuard]")
{
    const auto verdict = [](ChangeClass after, int p, bool signatureAdded = false) {
        pdf::VerificationReport report;
        report.signatures << signature(QStringLiteral("Cert"), QStringLiteral("UBND"), after, p);
        report.signatures.first().changes.signatureAddedAfter = signatureAdded;
        return checkExistingSignatures(report);
    };
    CHECK_FALSE(verdict(ChangeClass::FormFilling, 2));
    CHECK_FALSE(verdict(ChangeClass::Annotations, 3));
    CHECK_FALSE(verdict(ChangeClass::Signatures, 2, true));
    CHECK(verdict(ChangeClass::Annotations, 2).code() == ErrorCode::ChangedAfterSigning);
    CHECK(verdict(ChangeClass::FormFilling, 1).code() == ErrorCode::ChangedAfterSigning);
    CHECK(verdict(ChangeClass::Other, 3).code() == ErrorCode::ChangedAfterSigning);
    // P=1: not even a signature may follow.
    CHECK_FALSE(verdict(ChangeClass::None, 1));
    const Error signedAfter = verdict(ChangeClass::Signatures, 1, true);
    REQUIRE(signedAfter.code() == ErrorCode::ChangedAfterSigning);
    // No listed change: the class itself is named.
    CHECK(signedAfter.message().contains(pdf::changeClassText(ChangeClass::Signatures)));
}

TEST_CASE("existing signatures: every refused signature is listed", "[ExistingSignatureGuard]")
{
    pdf::VerificationReport report;
    pdf::SignatureReport a = signature(QStringLiteral("SigA"), QString(), ChangeClass::Other);
    a.changes.changes << change(ChangeClass::Other, QStringLiteral("page-content"), 1, {})
                      << change(ChangeClass::Annotations, QStringLiteral("annotation-added"), 2, QStringLiteral("FreeText"));
    pdf::SignatureReport b = signature(QStringLiteral("SigB"), QStringLiteral("Lê Văn Cường"), ChangeClass::Other);
    report.signatures << a << b;
    const Error e = checkExistingSignatures(report);
    REQUIRE(e.code() == ErrorCode::ChangedAfterSigning);
    const QStringList parts = e.message().split(QStringLiteral(" | "));
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].contains(QStringLiteral("SigA:"))); // no CN: the field alone
    CHECK(parts[0].contains(a.changes.changes[0].text() + QStringLiteral("; ") + a.changes.changes[1].text()));
    CHECK(parts[1].contains(QStringLiteral("SigB, Lê Văn Cường")));
    CHECK(parts[1].contains(pdf::changeClassText(ChangeClass::Other)));
}
