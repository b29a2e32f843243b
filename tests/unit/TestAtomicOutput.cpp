#include "pdf/AtomicOutput.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

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
