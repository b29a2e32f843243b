#include "core/HttpClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUrl>

#include <cerrno>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace kyso {

namespace {

Error netError(const QString &url, const QString &why)
{
    return Error(ErrorCode::NetworkFailed, QStringLiteral("%1: %2").arg(url, why));
}

// Waits for fd to become ready within what is left of the deadline.
bool waitFor(int fd, short events, const QElapsedTimer &clock, int timeoutMs)
{
    const int left = timeoutMs - int(clock.elapsed());
    if (left <= 0)
        return false;
    pollfd p{fd, events, 0};
    return ::poll(&p, 1, left) == 1 && (p.revents & (events | POLLHUP | POLLERR));
}

} // namespace

Error httpRequest(const QString &urlText, const QByteArray &method, const QByteArray &contentType, const QByteArray &body,
                  HttpResponse &response, int timeoutMs)
{
    const QUrl url(urlText);
    if (url.scheme() != QLatin1String("http") || url.host().isEmpty())
        return netError(urlText, QCoreApplication::translate("HttpClient", "only http:// addresses are supported"));
    QElapsedTimer clock;
    clock.start();
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const QByteArray host = url.host().toUtf8();
    const QByteArray port = QByteArray::number(url.port(80));
    if (::getaddrinfo(host.constData(), port.constData(), &hints, &found) != 0 || !found)
        return netError(urlText, QCoreApplication::translate("HttpClient", "host not found"));
    int fd = -1;
    for (addrinfo *a = found; a && fd < 0; a = a->ai_next) {
        fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, a->ai_protocol);
        if (fd < 0)
            continue;
        if (::connect(fd, a->ai_addr, a->ai_addrlen) != 0 && errno != EINPROGRESS) {
            ::close(fd);
            fd = -1;
            continue;
        }
        int err = 0;
        socklen_t len = sizeof err;
        if (!waitFor(fd, POLLOUT, clock, timeoutMs) || ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0 || err != 0) {
            ::close(fd);
            fd = -1;
        }
    }
    ::freeaddrinfo(found);
    if (fd < 0)
        return netError(urlText, clock.elapsed() >= timeoutMs ? QCoreApplication::translate("HttpClient", "no answer within %1 s").arg(timeoutMs / 1000.0)
                                                               : QCoreApplication::translate("HttpClient", "connection refused"));

    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    QByteArray request = method + ' ' + path + " HTTP/1.0\r\nHost: " + host + "\r\nUser-Agent: KySo\r\nConnection: close\r\n";
    if (!contentType.isEmpty())
        request += "Content-Type: " + contentType + "\r\n";
    if (method == "POST")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;

    qint64 sent = 0;
    while (sent < request.size()) {
        if (!waitFor(fd, POLLOUT, clock, timeoutMs)) {
            ::close(fd);
            return netError(urlText, QCoreApplication::translate("HttpClient", "no answer within %1 s").arg(timeoutMs / 1000.0));
        }
        const ssize_t n = ::send(fd, request.constData() + sent, size_t(request.size() - sent), MSG_NOSIGNAL);
        if (n <= 0 && errno != EAGAIN) {
            ::close(fd);
            return netError(urlText, QCoreApplication::translate("HttpClient", "connection lost"));
        }
        if (n > 0)
            sent += n;
    }
    QByteArray raw;
    char buf[16384];
    const qint64 limit = 16 * 1024 * 1024;
    while (true) {
        if (!waitFor(fd, POLLIN, clock, timeoutMs)) {
            ::close(fd);
            return netError(urlText, QCoreApplication::translate("HttpClient", "no answer within %1 s").arg(timeoutMs / 1000.0));
        }
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n == 0)
            break;
        if (n < 0) {
            if (errno == EAGAIN || errno == EINTR)
                continue;
            ::close(fd);
            return netError(urlText, QCoreApplication::translate("HttpClient", "connection lost"));
        }
        raw.append(buf, int(n));
        if (raw.size() > limit) {
            ::close(fd);
            return netError(urlText, QCoreApplication::translate("HttpClient", "answer too large"));
        }
    }
    ::close(fd);
    const int headerEnd = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/") || headerEnd < 0)
        return netError(urlText, QCoreApplication::translate("HttpClient", "not an HTTP answer"));
    const QList<QByteArray> lines = raw.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    response.status = statusLine.value(1).toInt();
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-type:"))
            response.contentType = line.mid(13).trimmed();
    }
    response.body = raw.mid(headerEnd + 4);
    if (response.status != 200)
        return netError(urlText, QStringLiteral("HTTP %1").arg(response.status));
    return {};
}

} // namespace kyso
