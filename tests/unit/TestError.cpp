#include "core/Error.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using kyso::Error;
using kyso::ErrorCode;

TEST_CASE("every error has its own exit code, name and message", "[Error]")
{
    std::set<int> codes;
    std::set<std::string> names;
    std::set<QString> messages;
    const int last = int(ErrorCode::OutputNameClash);
    for (int i = 1; i <= last; ++i) {
        const auto code = ErrorCode(i);
        const int exit = Error::exitCodeFor(code);
        CHECK(exit > 2); // 0, 1 and 2 belong to verify's results
        CHECK(exit < 126);
        CHECK(codes.insert(exit).second);
        CHECK(names.insert(Error::name(code)).second);
        CHECK_FALSE(Error::describe(code).isEmpty());
        CHECK(messages.insert(Error::describe(code)).second);
    }
    CHECK(Error::exitCodeFor(ErrorCode::None) == 0);
}

TEST_CASE("message appends the detail", "[Error]")
{
    const Error e(ErrorCode::FileNotFound, QStringLiteral("a.pdf"));
    CHECK(e.isError());
    CHECK(e.message().contains(QStringLiteral("a.pdf")));
    CHECK(e.message().startsWith(Error::describe(ErrorCode::FileNotFound)));
    CHECK_FALSE(Error().isError());
}
