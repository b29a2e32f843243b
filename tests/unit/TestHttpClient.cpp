#include "core/HttpClient.h"

#include "CatchQt.h"

#include <QElapsedTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace kyso;

namespace {

// A TCP socket bound to 127.0.0.1 on a port of its own (port: 0 on failure).
int boundLoopbackSocket(int &port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 && ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    return fd;
}

// A one-connection HTTP server on 127.0.0.1 (a port of its own), in a thread.
// It reads the request (headers and Content-Length bytes of body), keeps it,
// and writes `answer`; with `silent` it answers nothing and waits for the
// client to close (or 5 s).
class LoopbackServer
{
public:
    explicit LoopbackServer(QByteArray answer, bool silent = false) : m_answer(std::move(answer)), m_silent(silent)
    {
        m_listen = boundLoopbackSocket(m_port);
        if (::listen(m_listen, 1) != 0)
            m_port = 0;
        m_thread = std::thread([this] { serve(); });
    }
    ~LoopbackServer()
    {
        if (m_thread.joinable())
            m_thread.join();
        ::close(m_listen);
    }
    LoopbackServer(const LoopbackServer &) = delete;
    LoopbackServer &operator=(const LoopbackServer &) = delete;

    int port() const { return m_port; }
    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path); }
    // What the client sent; valid once the client call returned.
    QByteArray request()
    {
        if (m_thread.joinable())
            m_thread.join();
        return m_request;
    }

private:
    static bool readable(int fd, int ms)
    {
        pollfd p{fd, POLLIN, 0};
        return ::poll(&p, 1, ms) == 1;
    }
    void serve()
    {
        if (!readable(m_listen, 5000))
            return;
        const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            return;
        char buf[4096];
        while (readable(fd, 5000)) {
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0)
                break; // the client closed (after its time-out)
            m_request.append(buf, int(n));
            const int end = m_request.indexOf("\r\n\r\n");
            if (end < 0)
                continue;
            const int cl = m_request.toLower().indexOf("content-length:");
            const int length = cl < 0 ? 0 : m_request.mid(cl + 15, m_request.indexOf('\r', cl) - cl - 15).trimmed().toInt();
            if (m_request.size() >= end + 4 + length && !m_silent) {
                ::send(fd, m_answer.constData(), size_t(m_answer.size()), MSG_NOSIGNAL);
                break;
            }
        }
        ::close(fd);
    }

    QByteArray m_answer;
    bool m_silent;
    int m_listen = -1;
    int m_port = 0;
    QByteArray m_request;
    std::thread m_thread;
};

} // namespace

TEST_CASE("http: a POST reaches the server whole and the answer is read", "[HttpClient]")
{
    LoopbackServer server("HTTP/1.0 200 OK\r\nContent-Type: application/timestamp-reply\r\nX-Other: 1\r\n\r\n\x30\x03\x02\x01\x07");
    REQUIRE(server.port() > 0);
    HttpResponse response;
    const QByteArray body("\x30\x05query", 7);
    const Error error = httpRequest(server.url(QStringLiteral("/tsa/v1?policy=1")), "POST", "application/timestamp-query", body, response, 1500);
    REQUIRE_FALSE(error);
    CHECK(response.status == 200);
    CHECK(response.contentType == "application/timestamp-reply");
    CHECK(response.body == QByteArray("\x30\x03\x02\x01\x07"));

    const QByteArray sent = server.request();
    CHECK(sent.startsWith("POST /tsa/v1?policy=1 HTTP/1.0\r\n"));
    CHECK(sent.contains("\r\nHost: 127.0.0.1\r\n"));
    CHECK(sent.contains("\r\nContent-Type: application/timestamp-query\r\n"));
    CHECK(sent.contains("\r\nContent-Length: 7\r\n"));
    CHECK(sent.contains("\r\nConnection: close\r\n"));
    CHECK(sent.endsWith("\r\n\r\n" + body));
}

TEST_CASE("http: a GET has no body, no length and the root path by default", "[HttpClient]")
{
    LoopbackServer server("HTTP/1.1 200 OK\r\n\r\ncrl-bytes");
    HttpResponse response;
    REQUIRE_FALSE(httpRequest(server.url(QString()), "GET", {}, {}, response, 1500));
    CHECK(response.body == "crl-bytes");
    CHECK(response.contentType.isEmpty());
    const QByteArray sent = server.request();
    CHECK(sent.startsWith("GET / HTTP/1.0\r\n"));
    CHECK_FALSE(sent.contains("Content-Length"));
    CHECK_FALSE(sent.contains("Content-Type"));
}

TEST_CASE("http: a status other than 200 is an error that keeps the answer", "[HttpClient]")
{
    LoopbackServer server("HTTP/1.0 404 Not Found\r\nContent-Type: text/html\r\n\r\n<h1>no</h1>");
    HttpResponse response;
    const Error error = httpRequest(server.url(QStringLiteral("/ocsp")), "POST", "application/ocsp-request", "x", response, 1500);
    REQUIRE(error);
    CHECK(error.code() == ErrorCode::NetworkFailed);
    CHECK(error.message().contains(QStringLiteral("HTTP 404")));
    CHECK(error.message().contains(server.url(QStringLiteral("/ocsp"))));
    CHECK(response.status == 404);
    CHECK(response.body == "<h1>no</h1>");
}

TEST_CASE("http: an answer that is not HTTP is refused", "[HttpClient]")
{
    LoopbackServer server("SSH-2.0-OpenSSH_9.2\r\n");
    HttpResponse response;
    const Error error = httpRequest(server.url(QStringLiteral("/")), "GET", {}, {}, response, 1500);
    REQUIRE(error);
    CHECK(error.code() == ErrorCode::NetworkFailed);
    CHECK(error.message().contains(QStringLiteral("not an HTTP answer")));
    CHECK(response.status == 0);
}

TEST_CASE("http: a server that does not answer runs into the deadline", "[HttpClient]")
{
    LoopbackServer server({}, true);
    HttpResponse response;
    QElapsedTimer clock;
    clock.start();
    const Error error = httpRequest(server.url(QStringLiteral("/tsa")), "POST", "application/timestamp-query", "q", response, 300);
    const qint64 elapsed = clock.elapsed();
    REQUIRE(error);
    CHECK(error.code() == ErrorCode::NetworkFailed);
    CHECK(error.message().contains(QStringLiteral("no answer within 0.3 s")));
    CHECK(elapsed >= 290);
    CHECK(elapsed < 1500);
    CHECK(server.request().startsWith("POST /tsa HTTP/1.0")); // it did reach the server
}

TEST_CASE("http: a refused connection fails at once, and only http:// is spoken", "[HttpClient]")
{
    // A bound port that does not listen: the kernel answers the SYN with RST.
    int port = 0;
    const int fd = boundLoopbackSocket(port);
    REQUIRE(port > 0);
    HttpResponse response;
    QElapsedTimer clock;
    clock.start();
    const Error refused = httpRequest(QStringLiteral("http://127.0.0.1:%1/ocsp").arg(port), "GET", {}, {}, response, 1500);
    ::close(fd);
    REQUIRE(refused);
    CHECK(refused.code() == ErrorCode::NetworkFailed);
    CHECK(refused.message().contains(QStringLiteral("connection refused")));
    CHECK(clock.elapsed() < 1000);

    const Error https = httpRequest(QStringLiteral("https://127.0.0.1/ocsp"), "GET", {}, {}, response, 1500);
    REQUIRE(https);
    CHECK(https.message().contains(QStringLiteral("only http:// addresses are supported")));
    CHECK(httpRequest(QStringLiteral("http:///no-host"), "GET", {}, {}, response, 1500).code() == ErrorCode::NetworkFailed);
}
