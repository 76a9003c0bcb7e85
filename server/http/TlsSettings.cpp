#include "TlsSettings.h"

#include "server/config/ServerConfig.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace kasboek::server::http {

Result<QSslConfiguration> TlsSettings::load(const config::ServerConfig& config)
{
    if (!QSslSocket::supportsSsl())
        return fail(ErrorCode::Io, tr("TLS is not available: Qt found no OpenSSL library."));
    QFile certificateFile(config.tlsCertificate);
    if (!certificateFile.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("The TLS certificate cannot be read."),
                    QStringLiteral("server.tls_certificate"), certificateFile.errorString());
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return fail(ErrorCode::Validation, tr("The TLS certificate file holds no PEM certificate."),
                    QStringLiteral("server.tls_certificate"));

    QFile keyFile(config.tlsPrivateKey);
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("The TLS private key cannot be read."),
                    QStringLiteral("server.tls_private_key"), keyFile.errorString());
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Ec, QSsl::Rsa, QSsl::Opaque }) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return fail(ErrorCode::Validation,
                    tr("The TLS private key file holds no unencrypted PEM private key (EC or RSA)."),
                    QStringLiteral("server.tls_private_key"));

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(chain.first());
    if (chain.size() > 1)
        tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens, not certificates
    return tls;
}

} // namespace kasboek::server::http
