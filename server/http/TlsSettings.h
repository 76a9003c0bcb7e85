#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QSslConfiguration>

namespace kasboek::server::config {
struct ServerConfig;
}

namespace kasboek::server::http {

// The server's TLS configuration from the PEM certificate (chain) and private key
// the configuration names: TLS 1.2 or later, Qt's (OpenSSL's) default ciphers.
class TlsSettings final
{
    Q_DECLARE_TR_FUNCTIONS(TlsSettings)
public:
    [[nodiscard]] static Result<QSslConfiguration> load(const config::ServerConfig& config);
};

} // namespace kasboek::server::http
