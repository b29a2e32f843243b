#include "core/SecureBuffer.h"

#include <catch2/catch.hpp>

#include <cstring>

using kyso::SecureBuffer;

TEST_CASE("clear wipes the whole storage", "[SecureBuffer]")
{
    SecureBuffer b;
    for (char c : std::string("123456789012345678901234567890"))
        b.append(c);
    REQUIRE(b.size() == 30);
    CHECK(std::strcmp(b.c_str(), "123456789012345678901234567890") == 0);
    const char *storage = b.storage();
    const size_t cap = b.storageCapacity();
    b.clear();
    CHECK(b.isEmpty());
    // The same heap block is kept by clear(); every byte must be zero.
    REQUIRE(b.storage() == storage);
    for (size_t i = 0; i < cap; ++i)
        CHECK(storage[i] == '\0');
}

TEST_CASE("assign, chop and move keep one copy", "[SecureBuffer]")
{
    SecureBuffer a;
    a.assign("4321\n", 5);
    a.chop(1);
    CHECK(std::strcmp(a.c_str(), "4321") == 0);
    SecureBuffer b(std::move(a));
    CHECK(std::strcmp(b.c_str(), "4321") == 0);
    CHECK(a.isEmpty());
}
