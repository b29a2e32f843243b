#pragma once

#include "core/SecureBuffer.h"

#include <QLineEdit>

#include <memory>

#include <openssl/crypto.h>

namespace kyso::gui {

// Moves a PIN out of a password field into a wiped-on-destruction buffer and
// clears the field (QString copies cannot be wiped reliably: keep them short-lived).
inline std::shared_ptr<SecureBuffer> takeSecret(QLineEdit *field)
{
    auto secret = std::make_shared<SecureBuffer>();
    QByteArray utf8 = field->text().toUtf8();
    secret->assign(utf8.constData(), size_t(utf8.size()));
    OPENSSL_cleanse(utf8.data(), size_t(utf8.size()));
    field->clear();
    return secret;
}

} // namespace kyso::gui
