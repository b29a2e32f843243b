#include "pkcs11/Module.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <QThread>

#include <libp11.h>

using namespace kyso;
using namespace kyso::pkcs11;
using test::DemoToken;
using test::ScopedEnv;

TEST_CASE("module: the token timeout, from the environment or the defaults", "[Module]")
{
    {
        ScopedEnv none("KYSO_TOKEN_TIMEOUT_MS", QString());
        CHECK(Module::timeout(Module::Wait::Normal) == std::chrono::milliseconds(20000));
        CHECK(Module::timeout(Module::Wait::Login) == std::chrono::milliseconds(120000));
    }
    {
        ScopedEnv set("KYSO_TOKEN_TIMEOUT_MS", QStringLiteral("150"));
        CHECK(Module::timeout(Module::Wait::Normal) == std::chrono::milliseconds(150));
        CHECK(Module::timeout(Module::Wait::Login) == std::chrono::milliseconds(600)); // a PIN pad waits 4x
    }
    for (const char *bad : {"0", "-5", "soon"}) {
        INFO(bad);
        ScopedEnv set("KYSO_TOKEN_TIMEOUT_MS", QString::fromLatin1(bad));
        CHECK(Module::timeout(Module::Wait::Normal) == std::chrono::milliseconds(20000));
    }
}

TEST_CASE("module: a missing file or a file that is no PKCS#11 module is refused", "[Module]")
{
    Error error;
    CHECK_FALSE(Module::acquire(QStringLiteral("/nonexistent/libvendor-pkcs11.so"), error));
    CHECK(error.code() == ErrorCode::ModuleLoadFailed);
    CHECK(error.message().contains(QStringLiteral("/nonexistent/libvendor-pkcs11.so")));
    error = Error();
    CHECK_FALSE(Module::acquire(QString(), error));
    CHECK(error.code() == ErrorCode::ModuleLoadFailed);
    error = Error();
    const QString notAModule = QStringLiteral(KYSO_SOURCE_DIR "/tools/make-demo-token.sh");
    CHECK_FALSE(Module::acquire(notAModule, error));
    CHECK(error.code() == ErrorCode::ModuleLoadFailed);
    CHECK(error.message().contains(QStringLiteral("not a usable PKCS#11 module")));
}

TEST_CASE("module: one module per path, calls run on its token thread", "[Module]")
{
    DemoToken token;
    Error error;
    std::shared_ptr<Module> module = Module::acquire(DemoToken::module(), error);
    REQUIRE(module);
    CHECK(module->path() == DemoToken::module());
    std::shared_ptr<Module> again = Module::acquire(DemoToken::module(), error);
    CHECK(again == module); // libp11 contexts on one module share its state: never two

    QThread *tokenThread = nullptr;
    unsigned int slotTotal = 0;
    int withToken = 0;
    QString label;
    REQUIRE_FALSE(module->call([&] {
        tokenThread = QThread::currentThread();
        if (!module->context() || !module->infoReader())
            return Error(ErrorCode::InternalError, QStringLiteral("no context"));
        if (Error e = module->enumerate())
            return e;
        slotTotal = module->slotCount();
        for (unsigned int i = 0; i < slotTotal; ++i) {
            PKCS11_SLOT *slot = module->slot(i);
            if (slot->token && slot->token->initialized) {
                ++withToken;
                label = QString::fromUtf8(slot->token->label).trimmed();
            }
        }
        return Error();
    }));
    CHECK(tokenThread != nullptr);
    CHECK(tokenThread != QThread::currentThread());
    CHECK(slotTotal >= 2); // SoftHSM also offers an empty slot
    CHECK(withToken == 1);
    CHECK(label == QStringLiteral("KYSO DEMO"));

    // The function's error comes back as it is.
    const Error failed = module->call([] { return Error(ErrorCode::TokenError, QStringLiteral("C_FindObjects")); });
    CHECK(failed.code() == ErrorCode::TokenError);
    CHECK(failed.message().contains(QStringLiteral("C_FindObjects")));

    // A fresh slot list each time.
    unsigned int again2 = 0;
    REQUIRE_FALSE(module->call([&] {
        Error e = module->enumerate();
        again2 = module->slotCount();
        return e;
    }));
    CHECK(again2 == slotTotal);

    // Released by everyone: the next acquire loads it anew.
    std::weak_ptr<Module> weak = module;
    module.reset();
    again.reset();
    CHECK(weak.expired());
}
