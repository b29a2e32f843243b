#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

namespace kyso {

// Minimal blocking HTTP/1.0 client for the PKI services that speak plain
// http:// (RFC 3161 time-stamping, OCSP, CRL distribution points). Every
// step has a deadline; call it from a worker thread, never the GUI thread.
struct HttpResponse {
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

Error httpRequest(const QString &url, const QByteArray &method, const QByteArray &contentType, const QByteArray &body,
                  HttpResponse &response, int timeoutMs);

} // namespace kyso
