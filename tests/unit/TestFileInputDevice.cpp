#include "pdf/FileInputDevice.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <podofo/base/PdfError.h>

using kyso::pdf::FileInputDevice;

namespace {
QString writeBytes(QTemporaryDir &dir, int size)
{
    QByteArray data(size, '\0');
    for (int i = 0; i < size; ++i)
        data[i] = char(i * 7 % 251);
    const QString path = dir.filePath(QStringLiteral("bytes.bin"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
    return path;
}
int byteAt(long long i)
{
    return int(i * 7 % 251);
}
} // namespace

TEST_CASE("reads, looks and seeks like a stream", "[FileInputDevice]")
{
    QTemporaryDir dir;
    FileInputDevice dev(writeBytes(dir, 100000), 4096, 2);
    CHECK(dev.Look() == byteAt(0));
    CHECK(dev.GetChar() == byteAt(0));
    CHECK(dev.Tell() == 1);
    dev.Seek(50000);
    CHECK(dev.GetChar() == byteAt(50000));
    dev.Seek(-2, std::ios_base::cur);
    CHECK(dev.GetChar() == byteAt(49999));
    dev.Seek(-1, std::ios_base::end);
    CHECK(dev.GetChar() == byteAt(99999));
    CHECK_FALSE(dev.Eof());
    CHECK(dev.GetChar() == EOF);
    CHECK(dev.Eof());
    dev.Seek(10); // clears end-of-file, like fseek
    CHECK_FALSE(dev.Eof());

    // A read across window borders, and a large one straight from the file.
    char buf[30000];
    dev.Seek(4090);
    REQUIRE(dev.Read(buf, 20) == 20);
    bool same = true;
    for (int i = 0; i < 20; ++i)
        same = same && (unsigned char)buf[i] == byteAt(4090 + i);
    CHECK(same);
    dev.Seek(70000);
    CHECK(dev.Read(buf, sizeof buf) == 30000);
    same = true;
    for (int i = 0; i < 30000; ++i)
        same = same && (unsigned char)buf[i] == byteAt(70000 + i);
    CHECK(same);
    CHECK(dev.Tell() == 100000);
    CHECK(dev.Read(buf, 10) == 0);
    CHECK(dev.Eof());
    CHECK_FALSE(dev.Bad());
}

TEST_CASE("hopping between a few places costs no reads once they are cached", "[FileInputDevice]")
{
    QTemporaryDir dir;
    FileInputDevice dev(writeBytes(dir, 1 << 20), 16384, 8);
    for (int round = 0; round < 1000; ++round) {
        for (long long at : {1000LL, 400000LL + round, 900000LL - round}) {
            dev.Seek(at);
            REQUIRE(dev.GetChar() == byteAt(at));
        }
    }
    CHECK(dev.readCalls() <= 6); // three places, at most two windows each
}

TEST_CASE("a missing file raises PoDoFo's file-not-found", "[FileInputDevice]")
{
    try {
        FileInputDevice dev(QStringLiteral("/nonexistent/kyso.pdf"));
        FAIL("no exception");
    } catch (const PoDoFo::PdfError &e) {
        CHECK(e.GetError() == PoDoFo::ePdfError_FileNotFound);
    }
}
