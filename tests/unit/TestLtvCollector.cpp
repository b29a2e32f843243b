#include "pdf/LtvCollector.h"

#include "core/Deadline.h"

#include "CatchQt.h"
#include "TestPki.h"

using namespace kyso;
using namespace kyso::pdf;

// Offline cases only: the fetched answers themselves (authentication,
// freshness, nonces) are Revocation's and tested there; here what the
// collector asks for and how it reports what is missing.
TEST_CASE("LTV data: a self-signed root alone needs no status", "[LtvCollector]")
{
    const auto root = testpki::makeCa("KySo Test Root", nullptr);
    RevocationData data;
    QStringList notes;
    const Deadline deadline(1500);
    CHECK_FALSE(collectValidationData({root->der()}, {}, deadline, data, notes));
    CHECK(data.isEmpty());
    CHECK(notes.isEmpty());
    CHECK_FALSE(collectValidationData({root->der()}, {root->der()}, deadline, data, notes));
    CHECK(data.isEmpty());
}

TEST_CASE("LTV data: a certificate without OCSP or CRL address is missing its status", "[LtvCollector]")
{
    const auto root = testpki::makeCa("KySo Test Root", nullptr);
    const auto ca = testpki::makeCa("KySo Test CA", root.get(), 2);
    const auto signer = testpki::make("Nguyễn Văn An", ca.get(), {{NID_key_usage, "critical,digitalSignature,nonRepudiation"}}, 3);
    RevocationData data;
    QStringList notes;
    const Error missing = collectValidationData({signer->der(), ca->der(), root->der()}, {}, Deadline(1500), data, notes);
    CHECK(missing.code() == ErrorCode::RevocationMissing);
    CHECK(missing.message().contains(QStringLiteral("\"Nguyễn Văn An\"")));

    // The signer's path first: a TSA path that cannot be checked fails on its own.
    const auto tsa = testpki::makeTsa("KySo Test TSA", ca.get());
    const Error tsaMissing = collectValidationData({root->der()}, {tsa->der(), ca->der(), root->der()}, Deadline(1500), data, notes);
    CHECK(tsaMissing.code() == ErrorCode::RevocationMissing);
    CHECK(tsaMissing.message().contains(QStringLiteral("\"KySo Test TSA\"")));

    // With the deadline spent, the same gap is a network failure.
    const Error late = collectValidationData({signer->der(), ca->der(), root->der()}, {}, Deadline(0), data, notes);
    CHECK(late.code() == ErrorCode::NetworkFailed);
    CHECK(late.message().contains(QStringLiteral("Nguyễn Văn An")));
}
