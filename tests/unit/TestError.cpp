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

TEST_CASE("token, PIN and register errors stop a batch, file errors do not", "[Error]")
{
    for (ErrorCode c : {ErrorCode::PinIncorrect, ErrorCode::PinLocked, ErrorCode::PinFinalTryNotConfirmed, ErrorCode::PinUnavailable,
                        ErrorCode::TokenRemoved, ErrorCode::TokenTimeout, ErrorCode::TokenError, ErrorCode::TokenAbsent,
                        ErrorCode::ModuleLoadFailed, ErrorCode::RegisterFailed})
        CHECK(Error::stopsBatch(c));
    for (ErrorCode c : {ErrorCode::DamagedPdf, ErrorCode::NotPdf, ErrorCode::OutputExists, ErrorCode::BlockNotFound,
                        ErrorCode::EncryptedPdf, ErrorCode::PageOutOfRange, ErrorCode::ChangedAfterSigning,
                        ErrorCode::AuthoritySignerMismatch, ErrorCode::TimeStampFailed})
        CHECK_FALSE(Error::stopsBatch(c));
}

TEST_CASE("a wrong PIN or a missing token can be retried, a locked PIN or a damaged file cannot", "[Error]")
{
    for (ErrorCode c : {ErrorCode::PinIncorrect, ErrorCode::TokenRemoved, ErrorCode::TokenTimeout, ErrorCode::NetworkFailed,
                        ErrorCode::TimeStampFailed})
        CHECK(Error::isRetriable(c));
    for (ErrorCode c : {ErrorCode::PinLocked, ErrorCode::DamagedPdf, ErrorCode::CertificateExpired, ErrorCode::CertificateRevoked,
                        ErrorCode::ChangedAfterSigning, ErrorCode::Usage, ErrorCode::None})
        CHECK_FALSE(Error::isRetriable(c));
}

TEST_CASE("only a PIN that another PIN can cure asks for the PIN again", "[Error]")
{
    for (ErrorCode c : {ErrorCode::PinIncorrect, ErrorCode::PinUnavailable, ErrorCode::PinFinalTryNotConfirmed})
        CHECK(Error::asksPinAgain(c));
    for (ErrorCode c : {ErrorCode::PinLocked, ErrorCode::TokenRemoved, ErrorCode::TokenAbsent, ErrorCode::TokenTimeout,
                        ErrorCode::RegisterFailed, ErrorCode::DamagedPdf, ErrorCode::None})
        CHECK_FALSE(Error::asksPinAgain(c));
}

TEST_CASE("only token events leave a register event, each its own", "[Error]")
{
    std::set<std::string> events;
    const int last = int(ErrorCode::OutputNameClash);
    for (int i = 0; i <= last; ++i) {
        if (const char *e = Error::registerEvent(ErrorCode(i)))
            CHECK(events.insert(e).second);
    }
    CHECK(events == std::set<std::string>{"wrong-pin", "pin-locked", "final-try-refused", "token-removed"});
    CHECK(std::string(Error::registerEvent(ErrorCode::PinIncorrect)) == "wrong-pin");
    CHECK(Error::registerEvent(ErrorCode::DamagedPdf) == nullptr);
}

TEST_CASE("an unknown code reads as an internal error", "[Error]")
{
    const auto unknown = ErrorCode(int(ErrorCode::OutputNameClash) + 7);
    CHECK(Error::exitCodeFor(unknown) == 70);
    CHECK(std::string(Error::name(unknown)) == "internal-error");
}

TEST_CASE("the desktop application's messages never name a command-line option", "[Error]")
{
    const int last = int(ErrorCode::OutputNameClash);
    int differ = 0;
    for (int i = 1; i <= last; ++i) {
        const QString text = Error::describeForDesktop(ErrorCode(i));
        CHECK_FALSE(text.isEmpty());
        CHECK_FALSE(text.contains(QLatin1String("--")));
        CHECK_FALSE(text.contains(QLatin1String("kyso-cli")));
        differ += text != Error::describe(ErrorCode(i)) ? 1 : 0;
    }
    CHECK(differ >= 5); // the ones that do name an option have their own desktop wording
    const Error e(ErrorCode::BlockNotFound, QStringLiteral("page 2"));
    CHECK(e.desktopMessage().endsWith(QLatin1String("(page 2)")));
    CHECK(e.desktopMessage() != e.message());
}
