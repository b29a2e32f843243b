#include "pkcs11/TokenMonitor.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <cstdio>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kyso::pkcs11;

namespace {
// A condition with a generous deadline (cold token stack, shared CI machine).
constexpr int kDeadline = 60000;
bool arrives(QSignalSpy &spy, int count)
{
    return QTest::qWaitFor([&] { return spy.count() >= count; }, kDeadline);
}

void writeState(const QString &path, const QByteArray &content)
{
    QFile f(path + QStringLiteral(".new"));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    // Atomic replace (the test module rewrites this file too).
    REQUIRE(::rename(QFile::encodeName(path + QStringLiteral(".new")).constData(), QFile::encodeName(path).constData()) == 0);
}
} // namespace

// Hot-plug through the PKCS#11 test module (SoftHSM underneath): the monitor
// reports the token, its removal, its return and a PIN-state change.
TEST_CASE("token monitor reports insert, removal and PIN state", "[TokenMonitor]")
{
    const QString source = QStringLiteral(KYSO_SOURCE_DIR);
    const QString shim = QStringLiteral(KYSO_TEST_MODULE);
    REQUIRE_FALSE(source.isEmpty());
    REQUIRE_FALSE(shim.isEmpty());
    QTemporaryDir dir;
    REQUIRE(QProcess::execute(source + QStringLiteral("/tools/make-demo-token.sh"), {dir.filePath(QStringLiteral("t"))}) == 0);
    qputenv("SOFTHSM2_CONF", dir.filePath(QStringLiteral("t/softhsm2.conf")).toLocal8Bit());
    const QString state = dir.filePath(QStringLiteral("state"));
    writeState(state, "max_tries=3\ntries_left=3\n");
    qputenv("KYSO_TEST_P11_STATE", state.toLocal8Bit());

    TokenMonitor monitor(shim, 100);
    QSignalSpy inserted(&monitor, &TokenMonitor::tokenInserted);
    QSignalSpy removed(&monitor, &TokenMonitor::tokenRemoved);
    QSignalSpy pin(&monitor, &TokenMonitor::pinStateChanged);
    QSignalSpy baseline(&monitor, &TokenMonitor::baselineTaken);
    monitor.start();
    REQUIRE(arrives(baseline, 1));

    REQUIRE(arrives(inserted, 1));
    CHECK(inserted.count() == 1);
    CHECK(inserted.at(0).at(1).toString() == QStringLiteral("KYSO DEMO"));
    const QString serial = inserted.at(0).at(0).toString();

    writeState(state, "max_tries=3\ntries_left=3\nremoved=1\n");
    REQUIRE(arrives(removed, 1));
    CHECK(removed.at(0).at(0).toString() == serial);

    writeState(state, "max_tries=3\ntries_left=3\nremoved=0\n");
    REQUIRE(arrives(inserted, 2));
    CHECK(inserted.count() == 2);

    writeState(state, "max_tries=3\ntries_left=1\n");
    REQUIRE(arrives(pin, 1));
    CHECK(pin.at(0).at(0).toString() == serial);
    CHECK(pin.at(0).at(1).toInt() == int(PinStatus::FinalTry));

    CHECK(baseline.count() == 1); // once, not on every poll
    monitor.stop();
    qunsetenv("KYSO_TEST_P11_STATE");
}
