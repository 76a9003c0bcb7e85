// TLS: the server serves HTTPS with the certificate and key from its
// configuration (here a throwaway self-signed pair made with the openssl tool);
// plain HTTP to that port gets no answer; --check-config reports a key it cannot
// read; plain HTTP is allowed only on loopback.
#include "ServerFixture.h"

#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>
#include <cstdio>
#include <cstdlib>

using namespace kasboek::test;

class TestServerTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
            std::fprintf(stdout,
                         "SKIPPED: the openssl tool, which makes the test certificate, is not installed\n");
            std::exit(KASBOEK_SKIP_RETURN_CODE);
        }
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend");
        m_backend = std::make_unique<TestBackend>();
        m_certificate = m_backend->directory() + QStringLiteral("/cert.pem");
        m_key = m_backend->directory() + QStringLiteral("/key.pem");
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), m_key, QStringLiteral("-out"), m_certificate,
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=localhost") });
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
    }
    void cleanupTestCase() { m_backend.reset(); }

    void servesHttps()
    {
        ServerProcess server(*m_backend,
                             QStringLiteral("[server]\nlisten = \"127.0.0.1\"\nport = 0\nthreads = 2\n"
                                            "tls_certificate = \"%1\"\ntls_private_key = \"%2\"\n")
                                 .arg(m_certificate, m_key));
        QVERIFY2(server.start(), qPrintable(server.failureLog()));
        QVERIFY(server.log().contains("\"tls\":true"));

        HttpClient https(server.port(), true);
        const HttpResponse info = https.get("/v1/info");
        QCOMPARE(info.status, 200);
        QCOMPARE(info.json().value(QStringLiteral("dataRegion")).toString(), QStringLiteral("EU (NL)"));
        TestClient client(https);
        TestDevice device = client.newAccount();
        QVERIFY(!device.token.isEmpty());
        QCOMPARE(https.get("/v1/account", device.token).status, 200);

        // The certificate presented is the configured one.
        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY(socket.waitForEncrypted(10000));
        QFile pem(m_certificate);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        QCOMPARE(socket.peerCertificate(), QSslCertificate(pem.readAll(), QSsl::Pem));
        QVERIFY(socket.sessionProtocol() == QSsl::TlsV1_2 || socket.sessionProtocol() == QSsl::TlsV1_3);

        // Plain HTTP on the TLS port: no HTTP answer.
        HttpClient plain(server.port(), false);
        QCOMPARE(plain.raw("GET /v1/info HTTP/1.1\r\nHost: x\r\n\r\n", 3000).status, 0);
    }

    void checkConfig()
    {
        ServerProcess good(*m_backend,
                           QStringLiteral("[server]\nlisten = \"0.0.0.0\"\nport = 8443\n"
                                          "tls_certificate = \"%1\"\ntls_private_key = \"%2\"\n")
                               .arg(m_certificate, m_key));
        const ServerProcess::Run ok = good.runCommand({ QStringLiteral("--check-config") });
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains("(TLS)"));

        ServerProcess badKey(*m_backend,
                             QStringLiteral("[server]\nlisten = \"0.0.0.0\"\nport = 8443\n"
                                            "tls_certificate = \"%1\"\ntls_private_key = \"%1\"\n")
                                 .arg(m_certificate));
        const ServerProcess::Run refused = badKey.runCommand({ QStringLiteral("--check-config") });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("private key"), refused.err.constData());

        ServerProcess plainEverywhere(*m_backend,
                                      QStringLiteral("[server]\nlisten = \"0.0.0.0\"\nport = 8443\n"));
        const ServerProcess::Run plain = plainEverywhere.runCommand({ QStringLiteral("--check-config") });
        QCOMPARE(plain.exitCode, 1);
        QVERIFY(plain.err.contains("loopback"));
    }

private:
    std::unique_ptr<TestBackend> m_backend;
    QString m_certificate;
    QString m_key;
};

QTEST_GUILESS_MAIN(TestServerTls)
#include "TestServerTls.moc"
