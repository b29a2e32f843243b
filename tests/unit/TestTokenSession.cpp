#include "pkcs11/TokenInventory.h"
#include "pkcs11/TokenSession.h"

#include "PdfFixtures.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

#include <cstring>
#include <QTemporaryDir>

using namespace kyso;
using namespace kyso::pkcs11;
using kyso::test::FixedPin;

// libp11 closes (and logs out) every session of a slot when a slot list is
// released. An inventory scan while a signing session is logged in must not
// pull the session from under it.
TEST_CASE("an inventory scan does not break a logged-in session", "[TokenSession]")
{
    QTemporaryDir dir;
    REQUIRE(QProcess::execute(QStringLiteral(KYSO_SOURCE_DIR "/tools/make-demo-token.sh"), {dir.filePath(QStringLiteral("t"))}) == 0);
    qputenv("SOFTHSM2_CONF", dir.filePath(QStringLiteral("t/softhsm2.conf")).toLocal8Bit());
    qunsetenv("KYSO_TEST_P11_STATE");
    const QString module = QStringLiteral("/usr/lib/softhsm/libsofthsm2.so");

    SessionOptions options;
    options.modulePath = module;
    options.certId = QByteArray::fromHex("01");
    Error error;
    auto session = TokenSession::open(options, error);
    REQUIRE(session);
    FixedPin pin("123456");
    REQUIRE_FALSE(session->login(pin).isError());
    auto key = session->signingKey(error);
    REQUIRE(key);
    QByteArray signature;
    REQUIRE_FALSE(key->signSha256("before", signature).isError());

    // What the tokens view does on a hot-plug event, mid-batch.
    const ModuleEntry scan = TokenInventory::scan(module, true);
    REQUIRE(scan.status == ModuleEntry::Status::Loaded);
    REQUIRE(scan.tokens.size() == 1);
    // A second session (the next file of the batch, a status read) as well.
    auto other = TokenSession::open(options, error);
    REQUIRE(other);
    other.reset();

    signature.clear();
    CHECK_FALSE(key->signSha256("after", signature).isError());
    CHECK(signature.size() == 256);
    CHECK(session->isLoggedIn());
    CHECK(pin.asked == 1);
    key.reset();
    session.reset();
    qunsetenv("SOFTHSM2_CONF");
}

namespace {
class ChangePins : public PinProvider
{
public:
    Error providePin(const PinRequest &, SecureBuffer &pin) override
    {
        pin.assign("123456", 6);
        return {};
    }
    Error provideNewPin(const PinRequest &, SecureBuffer &pin) override
    {
        pin.assign("654321", 6);
        return {};
    }
    bool confirmFinalTry(const PinRequest &) override { return false; }
};
} // namespace

// Issue 14, item 18: a C_SetPIN that times out is reported as a timeout,
// never as "The PIN was changed".
TEST_CASE("changePin reports a token timeout as a failure", "[TokenSession]")
{
    QTemporaryDir dir;
    REQUIRE(QProcess::execute(QStringLiteral(KYSO_SOURCE_DIR "/tools/make-demo-token.sh"), {dir.filePath(QStringLiteral("t"))}) == 0);
    qputenv("SOFTHSM2_CONF", dir.filePath(QStringLiteral("t/softhsm2.conf")).toLocal8Bit());
    const QString state = dir.filePath(QStringLiteral("p11-state"));
    {
        QFile f(state);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("slow_ms=2500\nslow_calls=SetPIN\n");
    }
    qputenv("KYSO_TEST_P11_STATE", QFile::encodeName(state));
    qputenv("KYSO_TOKEN_TIMEOUT_MS", "150"); // login-type calls wait 4x: 600 ms

    SessionOptions options;
    options.modulePath = QStringLiteral(KYSO_TEST_MODULE);
    options.needCertificate = false;
    Error error;
    auto session = TokenSession::open(options, error);
    REQUIRE(session);
    ChangePins pins;
    const Error changed = session->changePin(pins);
    CHECK(changed.code() == ErrorCode::TokenTimeout);
    session.reset(); // waits behind the slow call
    qunsetenv("KYSO_TOKEN_TIMEOUT_MS");
    qunsetenv("KYSO_TEST_P11_STATE");
    qunsetenv("SOFTHSM2_CONF");
}
