#include "pdf/Revocation.h"
#include "TestPki.h"

#include <catch2/catch.hpp>

using namespace kyso;
using namespace kyso::pdf;
using namespace kyso::testpki;

namespace {

struct Pki {
    std::unique_ptr<Entity> root = makeCa("Root", nullptr, 1);
    std::unique_ptr<Entity> ca = makeCa("CA", root.get(), 2);
    std::unique_ptr<Entity> leaf = make("Leaf", ca.get(), {{NID_basic_constraints, "critical,CA:FALSE"}}, 10);
    // Delegated responder: issued by the CA, id-kp-OCSPSigning, nocheck.
    std::unique_ptr<Entity> responder = make("OCSP", ca.get(), {{NID_ext_key_usage, "critical,OCSPSigning"}, {NID_id_pkix_OCSP_noCheck, "ignored"}}, 11);
    // Issued by the CA but without OCSPSigning.
    std::unique_ptr<Entity> noEku = make("OCSP", ca.get(), {{NID_basic_constraints, "critical,CA:FALSE"}}, 12);
    // Same name as the real responder, not issued by the CA.
    std::unique_ptr<Entity> rogue = make("OCSP", nullptr, {{NID_ext_key_usage, "critical,OCSPSigning"}}, 13);
};

} // namespace

TEST_CASE("OCSP answers from the issuer or its delegated responder are trusted", "[revocation]")
{
    Pki p;
    const QByteArray byIssuer = ocsp(*p.leaf, *p.ca, *p.ca, V_OCSP_CERTSTATUS_GOOD, -60, 3600);
    CHECK(ocspStatus(byIssuer, p.leaf->der(), p.ca->der(), true).status == RevocationStatus::Good);
    const QByteArray delegated = ocsp(*p.leaf, *p.ca, *p.responder, V_OCSP_CERTSTATUS_REVOKED, -60, 3600);
    const RevocationResult r = ocspStatus(delegated, p.leaf->der(), p.ca->der(), true);
    CHECK(r.status == RevocationStatus::Revoked);
    CHECK(r.revokedAt.isValid());
    CHECK(r.refused.isEmpty());
}

TEST_CASE("Forged OCSP answers are refused and reported", "[revocation]")
{
    Pki p;
    SECTION("a rogue responder's \"good\"")
    {
        const RevocationResult r = ocspStatus(ocsp(*p.leaf, *p.ca, *p.rogue, V_OCSP_CERTSTATUS_GOOD, -60, 3600), p.leaf->der(), p.ca->der(), true);
        CHECK(r.status == RevocationStatus::NotChecked);
        REQUIRE(r.refused.size() == 1);
        CHECK(r.refused.first().contains(QLatin1String("unauthenticated OCSP")));
        CHECK(r.refused.first().contains(QLatin1String("not authorised")));
    }
    SECTION("a rogue responder's \"revoked\" does not count either")
    {
        const RevocationResult r = ocspStatus(ocsp(*p.leaf, *p.ca, *p.rogue, V_OCSP_CERTSTATUS_REVOKED, -60, 3600), p.leaf->der(), p.ca->der(), false);
        CHECK(r.status == RevocationStatus::NotChecked);
        CHECK(r.refused.size() == 1);
    }
    SECTION("a responder of the CA without id-kp-OCSPSigning")
    {
        const RevocationResult r = ocspStatus(ocsp(*p.leaf, *p.ca, *p.noEku, V_OCSP_CERTSTATUS_GOOD, -60, 3600), p.leaf->der(), p.ca->der(), true);
        CHECK(r.status == RevocationStatus::NotChecked);
        REQUIRE(r.refused.size() == 1);
        CHECK(r.refused.first().contains(QLatin1String("OCSPSigning")));
    }
    SECTION("signed by the root for a certificate the CA issued")
    {
        const RevocationResult r = ocspStatus(ocsp(*p.leaf, *p.ca, *p.root, V_OCSP_CERTSTATUS_GOOD, -60, 3600), p.leaf->der(), p.ca->der(), true);
        CHECK(r.status == RevocationStatus::NotChecked);
    }
}

TEST_CASE("Stale or future OCSP answers are not trusted when fetched", "[revocation]")
{
    Pki p;
    const QByteArray stale = ocsp(*p.leaf, *p.ca, *p.responder, V_OCSP_CERTSTATUS_GOOD, -7200, -3600);
    const RevocationResult r = ocspStatus(stale, p.leaf->der(), p.ca->der(), true);
    CHECK(r.status == RevocationStatus::NotChecked);
    REQUIRE(r.refused.size() == 1);
    CHECK(r.refused.first().contains(QLatin1String("out of date")));
    // Embedded in a document it was fresh when it was collected: accepted.
    CHECK(ocspStatus(stale, p.leaf->der(), p.ca->der(), false).status == RevocationStatus::Good);
    // Within the 5-minute tolerance.
    CHECK(ocspStatus(ocsp(*p.leaf, *p.ca, *p.responder, V_OCSP_CERTSTATUS_GOOD, 120, 3600), p.leaf->der(), p.ca->der(), true).status
          == RevocationStatus::Good);
    // thisUpdate an hour ahead: refused fetched and embedded.
    const QByteArray future = ocsp(*p.leaf, *p.ca, *p.responder, V_OCSP_CERTSTATUS_GOOD, 3600, 7200);
    CHECK(ocspStatus(future, p.leaf->der(), p.ca->der(), true).status == RevocationStatus::NotChecked);
    CHECK(ocspStatus(future, p.leaf->der(), p.ca->der(), false).status == RevocationStatus::NotChecked);
}

TEST_CASE("The OCSP nonce must match the request", "[revocation]")
{
    Pki p;
    auto request = [&] {
        OCSP_REQUEST *req = OCSP_REQUEST_new();
        OCSP_request_add0_id(req, OCSP_cert_to_id(nullptr, p.leaf->cert, p.ca->cert));
        OCSP_request_add1_nonce(req, nullptr, -1);
        return req;
    };
    OCSP_REQUEST *sent = request();
    OCSP_REQUEST *other = request();
    unsigned char *buf = nullptr;
    const int len = i2d_OCSP_REQUEST(sent, &buf);
    const QByteArray sentDer(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    CHECK(ocspStatus(ocsp(*p.leaf, *p.ca, *p.responder, V_OCSP_CERTSTATUS_GOOD, -60, 3600, sent), p.leaf->der(), p.ca->der(), true, sentDer).status
          == RevocationStatus::Good);
    const RevocationResult replay = ocspStatus(ocsp(*p.leaf, *p.ca, *p.responder, V_OCSP_CERTSTATUS_GOOD, -60, 3600, other), p.leaf->der(),
                                               p.ca->der(), true, sentDer);
    CHECK(replay.status == RevocationStatus::NotChecked);
    REQUIRE(replay.refused.size() == 1);
    CHECK(replay.refused.first().contains(QLatin1String("nonce")));
    OCSP_REQUEST_free(sent);
    OCSP_REQUEST_free(other);
}

TEST_CASE("An OCSP \"unknown\" is not a verdict", "[revocation]")
{
    Pki p;
    const RevocationResult r = ocspStatus(ocsp(*p.leaf, *p.ca, *p.responder, V_OCSP_CERTSTATUS_UNKNOWN, -60, 3600), p.leaf->der(), p.ca->der(), true);
    CHECK(r.status == RevocationStatus::Unknown);
    CHECK_FALSE(r.problem.isEmpty());
}

TEST_CASE("CRLs must be signed by the issuer and current", "[revocation]")
{
    Pki p;
    const QByteArray good = crl(*p.ca, p.ca->key, {99}, -60, 3600);
    CHECK(crlStatus(good, p.leaf->der(), p.ca->der(), true).status == RevocationStatus::Good);
    const QByteArray revoked = crl(*p.ca, p.ca->key, {10}, -60, 3600);
    CHECK(crlStatus(revoked, p.leaf->der(), p.ca->der(), true).status == RevocationStatus::Revoked);
    // Forged: the CA's name, another key.
    const RevocationResult forged = crlStatus(crl(*p.ca, p.rogue->key, {}, -60, 3600), p.leaf->der(), p.ca->der(), true);
    CHECK(forged.status == RevocationStatus::NotChecked);
    CHECK(forged.refused.size() == 1);
    // Out of date when fetched; fine when embedded.
    const QByteArray stale = crl(*p.ca, p.ca->key, {}, -7200, -3600);
    CHECK(crlStatus(stale, p.leaf->der(), p.ca->der(), true).status == RevocationStatus::NotChecked);
    CHECK(crlStatus(stale, p.leaf->der(), p.ca->der(), false).status == RevocationStatus::Good);
}

TEST_CASE("Embedded OCSP answers are authenticated too", "[revocation]")
{
    Pki p;
    RevocationData data;
    data.ocsps << ocsp(*p.leaf, *p.ca, *p.rogue, V_OCSP_CERTSTATUS_REVOKED, -60, 3600);
    data.crls << crl(*p.ca, p.ca->key, {}, -60, 3600);
    const RevocationResult r = checkRevocation(p.leaf->der(), {p.ca->der()}, data, nullptr);
    CHECK(r.status == RevocationStatus::Good); // the forged "revoked" is ignored, the CRL decides
    CHECK(r.source == QLatin1String("CRL"));
    CHECK(r.refused.size() == 1);
}
