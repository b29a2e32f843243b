// A PKCS#11 module for tests only. It forwards every call to a real module
// (SoftHSM2 by default) and injects what SoftHSM cannot do: a user-PIN retry
// counter with COUNT_LOW / FINAL_TRY / LOCKED, token removal (also in the
// middle of signing), slow responses and CKR_DEVICE_ERROR.
//
// Environment:
//   KYSO_TEST_P11_TARGET  module to forward to (default: SoftHSM2)
//   KYSO_TEST_P11_STATE   state file, "key=value" lines, read on every call
//                         and updated by the module; without it nothing is injected.
// State keys:
//   max_tries=N tries_left=N   retry counter (0 = off)
//   removed=0|1               token pulled out
//   remove_on_sign=0|1        pull the token out at the next C_Sign
//   slow_ms=N slow_calls=a,b  delay (calls: GetTokenInfo,Login,Sign,SetPIN,GetSlotList; empty = all)
//   device_error_on=a,b       answer CKR_DEVICE_ERROR (same call names)
// Counters written back: login_calls, logins_while_locked, and with
// count_calls=1 also token_info_calls.
#include <p11-kit/pkcs11.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>

namespace {

CK_FUNCTION_LIST g_list;
CK_FUNCTION_LIST_PTR g_target = nullptr;
std::mutex g_mutex;

using State = std::map<std::string, std::string>;

const char *statePath()
{
    return std::getenv("KYSO_TEST_P11_STATE");
}

State load()
{
    State s;
    if (!statePath())
        return s;
    std::ifstream in(statePath());
    std::string line;
    while (std::getline(in, line)) {
        const auto eq = line.find('=');
        if (eq != std::string::npos)
            s[line.substr(0, eq)] = line.substr(eq + 1);
    }
    return s;
}

void save(const State &s)
{
    if (!statePath())
        return;
    const std::string tmp = std::string(statePath()) + ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        for (const auto &kv : s)
            out << kv.first << '=' << kv.second << '\n';
    }
    std::rename(tmp.c_str(), statePath());
}

long num(const State &s, const char *key)
{
    auto it = s.find(key);
    return it == s.end() ? 0 : std::atol(it->second.c_str());
}

bool listed(const State &s, const char *key, const char *call)
{
    auto it = s.find(key);
    if (it == s.end())
        return false;
    if (it->second.empty())
        return std::strcmp(key, "slow_calls") == 0;
    std::stringstream ss(it->second);
    std::string item;
    while (std::getline(ss, item, ','))
        if (item == call)
            return true;
    return false;
}

void bump(State &s, const char *key)
{
    s[key] = std::to_string(num(s, key) + 1);
}

// Delay and device-error injection common to every intercepted call.
CK_RV inject(const State &s, const char *call)
{
    const long slow = num(s, "slow_ms");
    if (slow > 0 && (s.find("slow_calls") == s.end() || listed(s, "slow_calls", call)))
        std::this_thread::sleep_for(std::chrono::milliseconds(slow));
    if (listed(s, "device_error_on", call))
        return CKR_DEVICE_ERROR;
    return CKR_OK;
}

bool removed(const State &s)
{
    return num(s, "removed") != 0;
}

CK_RV GetSlotList(CK_BBOOL tokenPresent, CK_SLOT_ID_PTR list, CK_ULONG_PTR count)
{
    State s = load();
    if (CK_RV rv = inject(s, "GetSlotList"))
        return rv;
    if (removed(s) && tokenPresent) {
        *count = 0;
        return CKR_OK;
    }
    return g_target->C_GetSlotList(tokenPresent, list, count);
}

CK_RV GetSlotInfo(CK_SLOT_ID slot, CK_SLOT_INFO_PTR info)
{
    const CK_RV rv = g_target->C_GetSlotInfo(slot, info);
    if (rv == CKR_OK && removed(load()))
        info->flags &= ~CK_FLAGS(CKF_TOKEN_PRESENT);
    return rv;
}

CK_RV GetTokenInfo(CK_SLOT_ID slot, CK_TOKEN_INFO_PTR info)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    State s = load();
    if (num(s, "count_calls")) { // counting writes the file: only when a test asks
        bump(s, "token_info_calls");
        save(s);
    }
    if (removed(s))
        return CKR_TOKEN_NOT_PRESENT;
    if (CK_RV rv = inject(s, "GetTokenInfo"))
        return rv;
    const CK_RV rv = g_target->C_GetTokenInfo(slot, info);
    const long max = num(s, "max_tries");
    if (rv == CKR_OK && max > 0) {
        const long left = num(s, "tries_left");
        info->flags &= ~CK_FLAGS(CKF_USER_PIN_COUNT_LOW | CKF_USER_PIN_FINAL_TRY | CKF_USER_PIN_LOCKED);
        if (left <= 0)
            info->flags |= CKF_USER_PIN_LOCKED;
        else if (left == 1)
            info->flags |= CKF_USER_PIN_FINAL_TRY | CKF_USER_PIN_COUNT_LOW;
        else if (left < max)
            info->flags |= CKF_USER_PIN_COUNT_LOW;
    }
    return rv;
}

CK_RV OpenSession(CK_SLOT_ID slot, CK_FLAGS flags, CK_VOID_PTR app, CK_NOTIFY notify, CK_SESSION_HANDLE_PTR session)
{
    if (removed(load()))
        return CKR_TOKEN_NOT_PRESENT;
    return g_target->C_OpenSession(slot, flags, app, notify, session);
}

// Shared by C_Login and C_SetPIN: the retry counter around a PIN check.
template <typename Call>
CK_RV pinChecked(const char *name, Call call)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    State s = load();
    if (std::strcmp(name, "Login") == 0)
        bump(s, "login_calls");
    const long max = num(s, "max_tries");
    if (removed(s)) {
        save(s);
        return CKR_DEVICE_REMOVED;
    }
    if (max > 0 && num(s, "tries_left") <= 0) {
        bump(s, "logins_while_locked");
        save(s);
        return CKR_PIN_LOCKED;
    }
    save(s);
    if (CK_RV rv = inject(s, name))
        return rv;
    const CK_RV rv = call();
    if (max > 0) {
        s = load();
        if (rv == CKR_PIN_INCORRECT)
            s["tries_left"] = std::to_string(num(s, "tries_left") - 1);
        else if (rv == CKR_OK || rv == CKR_USER_ALREADY_LOGGED_IN)
            s["tries_left"] = std::to_string(max);
        save(s);
    }
    return rv;
}

CK_RV Login(CK_SESSION_HANDLE session, CK_USER_TYPE user, CK_UTF8CHAR_PTR pin, CK_ULONG len)
{
    return pinChecked("Login", [&] { return g_target->C_Login(session, user, pin, len); });
}

CK_RV SetPIN(CK_SESSION_HANDLE session, CK_UTF8CHAR_PTR oldPin, CK_ULONG oldLen, CK_UTF8CHAR_PTR newPin, CK_ULONG newLen)
{
    return pinChecked("SetPIN", [&] { return g_target->C_SetPIN(session, oldPin, oldLen, newPin, newLen); });
}

CK_RV signGate()
{
    std::lock_guard<std::mutex> lock(g_mutex);
    State s = load();
    if (removed(s))
        return CKR_DEVICE_REMOVED;
    if (num(s, "remove_on_sign")) {
        s["removed"] = "1";
        s["remove_on_sign"] = "0";
        save(s);
        return CKR_DEVICE_REMOVED;
    }
    return inject(s, "Sign");
}

CK_RV SignInit(CK_SESSION_HANDLE session, CK_MECHANISM_PTR mech, CK_OBJECT_HANDLE key)
{
    if (removed(load()))
        return CKR_DEVICE_REMOVED;
    return g_target->C_SignInit(session, mech, key);
}

CK_RV Sign(CK_SESSION_HANDLE session, CK_BYTE_PTR data, CK_ULONG len, CK_BYTE_PTR sig, CK_ULONG_PTR sigLen)
{
    if (CK_RV rv = signGate())
        return rv;
    return g_target->C_Sign(session, data, len, sig, sigLen);
}

CK_RV loadTarget()
{
    if (g_target)
        return CKR_OK;
    const char *path = std::getenv("KYSO_TEST_P11_TARGET");
    void *h = dlopen(path ? path : "/usr/lib/softhsm/libsofthsm2.so", RTLD_NOW | RTLD_LOCAL);
    if (!h)
        return CKR_GENERAL_ERROR;
    auto get = reinterpret_cast<CK_C_GetFunctionList>(dlsym(h, "C_GetFunctionList"));
    if (!get || get(&g_target) != CKR_OK)
        return CKR_GENERAL_ERROR;
    g_list = *g_target;
    g_list.C_GetSlotList = GetSlotList;
    g_list.C_GetSlotInfo = GetSlotInfo;
    g_list.C_GetTokenInfo = GetTokenInfo;
    g_list.C_OpenSession = OpenSession;
    g_list.C_Login = Login;
    g_list.C_SetPIN = SetPIN;
    g_list.C_SignInit = SignInit;
    g_list.C_Sign = Sign;
    return CKR_OK;
}

} // namespace

extern "C" __attribute__((visibility("default"))) CK_RV C_GetFunctionList(CK_FUNCTION_LIST_PTR_PTR list)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    if (CK_RV rv = loadTarget())
        return rv;
    *list = &g_list;
    return CKR_OK;
}
