#include "common/BatchSigning.h"
#include "core/Register.h"
#include "pkcs11/PinProvider.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

#include <cstring>

using namespace kyso;

namespace {

class CountingPin : public pkcs11::PinProvider
{
public:
    explicit CountingPin(const char *pin) : m_pin(pin) {}
    Error providePin(const pkcs11::PinRequest &, SecureBuffer &pin) override
    {
        ++asked;
        pin.assign(m_pin, std::strlen(m_pin));
        return {};
    }
    bool confirmFinalTry(const pkcs11::PinRequest &) override { return false; }
    int asked = 0;

private:
    const char *m_pin;
};

void touch(const QString &path, const QByteArray &data = "%PDF-1.4\n")
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QMap<QString, QString> readState(const QString &path)
{
    QMap<QString, QString> s;
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            const int eq = line.indexOf('=');
            if (eq > 0)
                s.insert(QString::fromLatin1(line.left(eq)), QString::fromLatin1(line.mid(eq + 1)));
        }
    }
    return s;
}

// A demo token behind the PKCS#11 test module (which counts C_Login calls),
// five copies of the sample with a damaged one in the middle.
struct Fixture {
    QTemporaryDir dir;
    QString state;
    QList<SignRequest> requests;

    Fixture()
    {
        REQUIRE(QProcess::execute(QStringLiteral(KYSO_SOURCE_DIR "/tools/make-demo-token.sh"), {dir.filePath(QStringLiteral("t"))}) == 0);
        qputenv("SOFTHSM2_CONF", dir.filePath(QStringLiteral("t/softhsm2.conf")).toLocal8Bit());
        qputenv("KYSO_DATA_DIR", dir.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("KYSO_CONFIG_DIR", dir.filePath(QStringLiteral("config")).toLocal8Bit());
        state = dir.filePath(QStringLiteral("p11state"));
        touch(state, "max_tries=3\ntries_left=3\n");
        qputenv("KYSO_TEST_P11_STATE", state.toLocal8Bit());
        QDir().mkpath(dir.filePath(QStringLiteral("in")));
        const QString sample = QStringLiteral(KYSO_SOURCE_DIR "/resources/sample/quyet-dinh-mau.pdf");
        QFile in(sample);
        REQUIRE(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        for (int i = 1; i <= 5; ++i)
            touch(dir.filePath(QStringLiteral("in/d%1.pdf").arg(i)), i == 3 ? bytes.left(bytes.size() / 2) : bytes);
        SignRequest base;
        base.modulePath = QStringLiteral(KYSO_TEST_MODULE);
        base.certId = QByteArray::fromHex("01");
        base.rect = QRectF(320, 60, 220, 90);
        QStringList files;
        REQUIRE_FALSE(BatchSigning::expandInputs({dir.filePath(QStringLiteral("in"))}, files).isError());
        REQUIRE(files.size() == 5);
        REQUIRE_FALSE(BatchSigning::requestsFor(base, files, dir.filePath(QStringLiteral("out")), requests).isError());
        QDir().mkpath(dir.filePath(QStringLiteral("out")));
    }
    ~Fixture()
    {
        qunsetenv("KYSO_TEST_P11_STATE");
        qunsetenv("SOFTHSM2_CONF");
    }
};

// The batch prepared (no PIN) and the register open: how the token cases start.
struct PreparedBatch {
    BatchSigning batch;
    std::unique_ptr<Register> reg;
    explicit PreparedBatch(const Fixture &fx)
    {
        REQUIRE_FALSE(batch.prepare(fx.requests).isError());
        Error regError;
        reg = Register::open(Register::defaultPath(), regError);
        REQUIRE(reg);
    }
};

} // namespace

TEST_CASE("the batch summary gives the exit status", "[BatchSigning]")
{
    BatchSigning::Summary s;
    s.total = 3;
    s.signedCount = 3;
    CHECK(s.exitCode() == 0);
    s.signedCount = 2;
    s.failed = 1;
    CHECK(s.exitCode() == 95);
    s.stoppedBy = Error(ErrorCode::PinIncorrect);
    CHECK(s.exitCode() == Error::exitCodeFor(ErrorCode::PinIncorrect));
}

TEST_CASE("the batch error codes are distinct from every other code", "[BatchSigning]")
{
    for (ErrorCode batch : {ErrorCode::BatchIncomplete, ErrorCode::NoPdfInDirectory, ErrorCode::OutputNameClash}) {
        const int exit = Error::exitCodeFor(batch);
        CHECK(exit >= 95);
        CHECK(exit <= 99);
        for (int i = 1; i <= int(ErrorCode::InternalError); ++i) {
            CHECK(Error::exitCodeFor(ErrorCode(i)) != exit);
            CHECK(QString::fromLatin1(Error::name(ErrorCode(i))) != QString::fromLatin1(Error::name(batch)));
        }
        CHECK(Error::describe(batch) != Error::describe(ErrorCode::InternalError));
    }
}

TEST_CASE("folders expand to their PDF files, outputs go to the output folder", "[BatchSigning]")
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("a")));
    QDir().mkpath(dir.filePath(QStringLiteral("empty")));
    touch(dir.filePath(QStringLiteral("a/b.pdf")));
    touch(dir.filePath(QStringLiteral("a/A.PDF")));
    touch(dir.filePath(QStringLiteral("a/c_signed.pdf"))); // an earlier output
    touch(dir.filePath(QStringLiteral("a/note.txt")));
    touch(dir.filePath(QStringLiteral("x.pdf")));
    QStringList files;
    REQUIRE_FALSE(BatchSigning::expandInputs({dir.filePath(QStringLiteral("x.pdf")), dir.filePath(QStringLiteral("a"))}, files).isError());
    REQUIRE(files.size() == 3);
    CHECK(files[0].endsWith(QLatin1String("/x.pdf")));
    CHECK(files[1].endsWith(QLatin1String("a/A.PDF")));
    CHECK(files[2].endsWith(QLatin1String("a/b.pdf")));
    CHECK(BatchSigning::expandInputs({dir.filePath(QStringLiteral("empty"))}, files).code() == ErrorCode::NoPdfInDirectory);

    CHECK(BatchSigning::outputFor(QStringLiteral("/in/quyet-dinh.pdf"), dir.filePath(QStringLiteral("out")))
          == dir.filePath(QStringLiteral("out/quyet-dinh_signed.pdf")));
    CHECK(BatchSigning::outputFor(QStringLiteral("/in/quyet-dinh.pdf"), QString()) == QStringLiteral("/in/quyet-dinh_signed.pdf"));
    QList<SignRequest> requests;
    CHECK(BatchSigning::requestsFor(SignRequest(), {QStringLiteral("/p/a.pdf"), QStringLiteral("/q/a.pdf")}, QStringLiteral("/out"), requests).code()
          == ErrorCode::OutputNameClash);
    REQUIRE_FALSE(BatchSigning::requestsFor(SignRequest(), {QStringLiteral("/p/a.pdf"), QStringLiteral("/q/a.pdf")}, QString(), requests).isError());
    CHECK(requests[1].output == QStringLiteral("/q/a_signed.pdf"));
}

TEST_CASE("one PIN for five files, a damaged file in the middle does not stop the others", "[BatchSigning][token]")
{
    Fixture fx;
    BatchSigning batch;
    REQUIRE_FALSE(batch.prepare(fx.requests).isError());
    REQUIRE(batch.size() == 5);
    CHECK(batch.preparedCount() == 4);
    CHECK(batch.file(2).error.code() == ErrorCode::DamagedPdf); // found before any PIN
    CHECK(readState(fx.state).value(QStringLiteral("login_calls"), QStringLiteral("0")) == QStringLiteral("0"));

    Error regError;
    auto reg = Register::open(Register::defaultPath(), regError);
    REQUIRE(reg);
    CountingPin pin("123456");
    QList<int> reported;
    const BatchSigning::Summary s = batch.signAll(pin, *reg, [&](int i, const BatchSigning::File &) { reported << i; });
    CHECK(pin.asked == 1);
    CHECK(readState(fx.state).value(QStringLiteral("login_calls")) == QStringLiteral("1"));
    CHECK(reported == QList<int>{0, 1, 2, 3, 4});
    CHECK(s.signedCount == 4);
    CHECK(s.failed == 1);
    CHECK(s.exitCode() == 95);
    for (int i : {0, 1, 3, 4}) {
        CHECK(batch.file(i).status == BatchSigning::Status::Signed);
        CHECK(QFile::exists(batch.file(i).request.output));
    }
    CHECK_FALSE(QFile::exists(batch.file(2).request.output));
}

TEST_CASE("a wrong PIN stops the batch after one login attempt", "[BatchSigning][token]")
{
    Fixture fx;
    PreparedBatch prepared(fx);
    BatchSigning &batch = prepared.batch;
    Register *reg = prepared.reg.get();
    CountingPin pin("999999");
    const BatchSigning::Summary s = batch.signAll(pin, *reg);
    CHECK(pin.asked == 1);
    const auto state = readState(fx.state);
    CHECK(state.value(QStringLiteral("login_calls")) == QStringLiteral("1"));
    CHECK(state.value(QStringLiteral("tries_left")) == QStringLiteral("2"));
    CHECK(s.stoppedBy.code() == ErrorCode::PinIncorrect);
    CHECK(s.signedCount == 0);
    CHECK(batch.file(0).status == BatchSigning::Status::Failed);
    CHECK(batch.file(1).status == BatchSigning::Status::NotAttempted);
    CHECK(batch.file(4).status == BatchSigning::Status::NotAttempted);
    CHECK(s.exitCode() == Error::exitCodeFor(ErrorCode::PinIncorrect));
}

TEST_CASE("after a wrong PIN the same prepared batch is signed with the right PIN, without preparing again", "[BatchSigning][token]")
{
    Fixture fx;
    PreparedBatch prepared(fx);
    BatchSigning &batch = prepared.batch;
    Register *reg = prepared.reg.get();
    CountingPin wrong("999999");
    const BatchSigning::Summary first = batch.signAll(wrong, *reg);
    REQUIRE(first.stoppedBy.code() == ErrorCode::PinIncorrect);
    REQUIRE(batch.canRetryLogin());
    batch.prepareLoginRetry();
    CHECK_FALSE(batch.canRetryLogin());
    CHECK(batch.preparedCount() == 4); // the damaged file stays refused
    CHECK(batch.file(2).error.code() == ErrorCode::DamagedPdf);

    CountingPin right("123456");
    const BatchSigning::Summary second = batch.signAll(right, *reg);
    CHECK(right.asked == 1);
    CHECK(readState(fx.state).value(QStringLiteral("login_calls")) == QStringLiteral("2"));
    CHECK(second.signedCount == 4);
    CHECK_FALSE(second.stoppedBy);
    CHECK_FALSE(batch.canRetryLogin());
    for (int i : {0, 1, 3, 4})
        CHECK(QFile::exists(batch.file(i).request.output));
}

TEST_CASE("declining the final PIN try leaves the batch ready for another attempt", "[BatchSigning][token]")
{
    Fixture fx;
    touch(fx.state, "max_tries=3\ntries_left=1\n");
    PreparedBatch prepared(fx);
    BatchSigning &batch = prepared.batch;
    Register *reg = prepared.reg.get();
    CountingPin wrong("999999");
    const BatchSigning::Summary s = batch.signAll(wrong, *reg);
    // The final try is not confirmed by this provider: no login is attempted
    // and the user may confirm it next time.
    CHECK(s.stoppedBy.code() == ErrorCode::PinFinalTryNotConfirmed);
    CHECK(readState(fx.state).value(QStringLiteral("login_calls"), QStringLiteral("0")) == QStringLiteral("0"));
    CHECK(batch.canRetryLogin());
}

TEST_CASE("the desktop application names each step's output once", "[BatchSigning]")
{
    using R = SigningRole;
    CHECK(BatchSigning::desktopOutputFor(QStringLiteral("/in/QD.pdf"), R::Personal) == QStringLiteral("/in/QD_signed.pdf"));
    CHECK(BatchSigning::desktopOutputFor(QStringLiteral("/in/QD.pdf"), R::Agency) == QStringLiteral("/in/QD_sealed.pdf"));
    // Sealing what the official signed: not "QD_signed_signed.pdf".
    CHECK(BatchSigning::desktopOutputFor(QStringLiteral("/in/QD_signed.pdf"), R::Agency) == QStringLiteral("/in/QD_sealed.pdf"));
    CHECK(BatchSigning::desktopOutputFor(QStringLiteral("/in/PL_signed.pdf"), R::Attachment) == QStringLiteral("/in/PL_sealed.pdf"));
    CHECK(BatchSigning::desktopOutputFor(QStringLiteral("/in/BS_Signed.pdf"), R::Copy) == QStringLiteral("/in/BS_sealed.pdf"));
    // Never the input itself, and a second personal signature keeps the first output.
    CHECK(BatchSigning::desktopOutputFor(QStringLiteral("/in/QD_sealed.pdf"), R::Agency) == QStringLiteral("/in/QD_sealed_sealed.pdf"));
    CHECK(BatchSigning::desktopOutputFor(QStringLiteral("/in/QD_signed.pdf"), R::Personal) == QStringLiteral("/in/QD_signed_signed.pdf"));
    CHECK(BatchSigning::desktopOutputFor(QStringLiteral("/in/a.b.pdf"), R::Agency) == QStringLiteral("/in/a.b_sealed.pdf"));
}

TEST_CASE("a stop asked while signing ends the batch before the next file", "[BatchSigning][token]")
{
    Fixture fx;
    PreparedBatch prepared(fx);
    BatchSigning &batch = prepared.batch;
    Register *reg = prepared.reg.get();
    batch.requestStop(); // an old request does not count: signAll starts afresh
    CountingPin pin("123456");
    // The user presses Stop while the second file is being signed.
    const BatchSigning::Summary s = batch.signAll(pin, *reg, [&](int i, const BatchSigning::File &) {
        if (i == 1)
            batch.requestStop();
    });
    CHECK(s.stoppedByUser);
    CHECK_FALSE(s.stoppedBy);
    CHECK(batch.file(0).status == BatchSigning::Status::Signed);
    CHECK(batch.file(1).status == BatchSigning::Status::Signed);
    for (int i : {3, 4}) {
        CHECK(batch.file(i).status == BatchSigning::Status::NotAttempted);
        CHECK_FALSE(QFile::exists(batch.file(i).request.output));
    }
    CHECK(s.signedCount == 2);
    CHECK(s.exitCode() == 95); // incomplete
}
