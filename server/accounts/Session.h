#pragma once

#include <QByteArray>
#include <QString>

namespace kasboek::server::accounts {

// Who is asking: the authenticated session behind a request's bearer token.
struct Session
{
    QString id;
    QString accountId;
    QString deviceId;
    QByteArray signingKey; // the device's Ed25519 key, read with the session
};

} // namespace kasboek::server::accounts
