#include "pdf/AtomicOutput.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using kyso::ErrorCode;
using kyso::pdf::AtomicOutput;

namespace {
void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
}
QByteArray read(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
} // namespace

TEST_CASE("temporary file lives in the target folder and vanishes on discard", "[AtomicOutput]")
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.pdf"));
    write(in, "input");
    {
        AtomicOutput out;
        REQUIRE_FALSE(out.begin(dir.filePath(QStringLiteral("out.pdf")), in, false).isError());
        CHECK(QFileInfo(out.tempPath()).absolutePath() == QFileInfo(dir.path()).absoluteFilePath());
        CHECK(QFile::exists(out.tempPath()));
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("in.pdf")});
}

TEST_CASE("commit publishes, never clobbers without permission", "[AtomicOutput]")
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.pdf"));
    const QString target = dir.filePath(QStringLiteral("out.pdf"));
    write(in, "input");

    AtomicOutput first;
    REQUIRE_FALSE(first.begin(target, in, false).isError());
    write(first.tempPath(), "signed-1");
    REQUIRE_FALSE(first.commit().isError());
    CHECK(read(target) == "signed-1");

    CHECK(AtomicOutput::checkTarget(target, in, false).code() == ErrorCode::OutputExists);
    CHECK(AtomicOutput::checkTarget(in, in, true).code() == ErrorCode::OutputIsInput);
    CHECK(AtomicOutput::checkTarget(dir.filePath(QStringLiteral("no/dir/x.pdf")), in, false).code()
          == ErrorCode::OutputNotWritable);

    // Target appears between begin() and commit(): still not clobbered.
    AtomicOutput racing;
    const QString target2 = dir.filePath(QStringLiteral("out2.pdf"));
    REQUIRE_FALSE(racing.begin(target2, in, false).isError());
    write(racing.tempPath(), "signed-2");
    write(target2, "someone else's");
    CHECK(racing.commit().code() == ErrorCode::OutputExists);
    CHECK(read(target2) == "someone else's");

    AtomicOutput overwrite;
    REQUIRE_FALSE(overwrite.begin(target, in, true).isError());
    write(overwrite.tempPath(), "signed-3");
    REQUIRE_FALSE(overwrite.commit().isError());
    CHECK(read(target) == "signed-3");
    CHECK(read(in) == "input");
}

// Issue 14, item 1: --force replaces only regular files.
TEST_CASE("only regular files are replaced, even with overwrite", "[AtomicOutput]")
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.pdf"));
    write(in, "input");
    const QString fifo = dir.filePath(QStringLiteral("fifo.pdf"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    CHECK(AtomicOutput::checkTarget(fifo, in, true).code() == ErrorCode::OutputNotRegular);
    CHECK(AtomicOutput::checkTarget(fifo, in, false).code() == ErrorCode::OutputNotRegular);
    CHECK(AtomicOutput::checkTarget(QStringLiteral("/dev/null"), in, true).code() == ErrorCode::OutputNotRegular);
    const QString sub = dir.filePath(QStringLiteral("folder.pdf"));
    REQUIRE(QDir().mkdir(sub));
    CHECK(AtomicOutput::checkTarget(sub, in, true).code() == ErrorCode::OutputNotRegular);
    const QString linkToDevice = dir.filePath(QStringLiteral("null.pdf"));
    REQUIRE(QFile::link(QStringLiteral("/dev/null"), linkToDevice));
    CHECK(AtomicOutput::checkTarget(linkToDevice, in, true).code() == ErrorCode::OutputNotRegular);
    const QString dangling = dir.filePath(QStringLiteral("dangling.pdf"));
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("nowhere")), dangling));
    CHECK(AtomicOutput::checkTarget(dangling, in, true).code() == ErrorCode::OutputNotRegular);
    AtomicOutput out;
    CHECK(out.begin(fifo, in, true).code() == ErrorCode::OutputNotRegular);

    // A FIFO appearing between begin() and commit() is not replaced either.
    const QString late = dir.filePath(QStringLiteral("late.pdf"));
    write(late, "old");
    AtomicOutput racing;
    REQUIRE_FALSE(racing.begin(late, in, true).isError());
    REQUIRE(QFile::remove(late));
    REQUIRE(::mkfifo(QFile::encodeName(late).constData(), 0600) == 0);
    CHECK(racing.commit().code() == ErrorCode::OutputNotRegular);
    struct stat st {};
    REQUIRE(::lstat(QFile::encodeName(late).constData(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
}

// Issue 14, item 2: the output's mode is the input's, masked by the umask.
TEST_CASE("output mode follows the input and the umask", "[AtomicOutput]")
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.pdf"));
    write(in, "input");
    const mode_t saved = ::umask(077);
    REQUIRE(::chmod(QFile::encodeName(in).constData(), 0600) == 0);
    const QString target = dir.filePath(QStringLiteral("out.pdf"));
    {
        AtomicOutput out;
        REQUIRE_FALSE(out.begin(target, in, false).isError());
        REQUIRE_FALSE(out.commit().isError());
    }
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(target).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(AtomicOutput::outputMode(in) == 0600);
    REQUIRE(::chmod(QFile::encodeName(in).constData(), 0644) == 0);
    CHECK(AtomicOutput::outputMode(in) == 0600); // umask 077 wins
    ::umask(027);
    CHECK(AtomicOutput::outputMode(in) == 0640);
    ::umask(022);
    REQUIRE(::chmod(QFile::encodeName(in).constData(), 0664) == 0);
    CHECK(AtomicOutput::outputMode(in) == 0644);
    ::umask(saved);
}

// Issue 14, item 3: a legal but long (Vietnamese) name gets a temporary name
// that fits, and a name that does not fit is refused by checkTarget().
TEST_CASE("long Vietnamese file names: the temporary name is shortened", "[AtomicOutput]")
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.pdf"));
    write(in, "input");
    QString name;
    while (QFile::encodeName(name + QStringLiteral("ệ.pdf")).size() <= 241)
        name += QStringLiteral("ệ");
    name += QStringLiteral(".pdf");
    while (QFile::encodeName(name).size() < 241)
        name.prepend(QLatin1Char('a'));
    REQUIRE(QFile::encodeName(name).size() == 241);
    const QString target = dir.filePath(name);
    CHECK_FALSE(AtomicOutput::checkTarget(target, in, false).isError());
    const QByteArray prefix = AtomicOutput::temporaryPrefix(target);
    CHECK(prefix.size() + 6 + 4 <= 255);
    CHECK(QString::fromUtf8(prefix).toUtf8() == prefix); // cut on a character boundary
    AtomicOutput out;
    REQUIRE_FALSE(out.begin(target, in, false).isError());
    write(out.tempPath() + QStringLiteral(".dss"), "x"); // the B-LT companion fits too
    QFile::remove(out.tempPath() + QStringLiteral(".dss"));
    write(out.tempPath(), "signed");
    REQUIRE_FALSE(out.commit().isError());
    CHECK(read(target) == "signed");

    const QString tooLong = dir.filePath(QString(300, QLatin1Char('x')) + QStringLiteral(".pdf"));
    CHECK(AtomicOutput::checkTarget(tooLong, in, false).code() == ErrorCode::OutputNotWritable);
}
