#pragma once

#include "HttpClient.h"
#include "ServerProcess.h"
#include "TestBackend.h"
#include "TestClient.h"

namespace kasboek::test {

// Everything an integration test needs: the engine's database, the running server,
// an HTTP connection to it and the protocol-speaking client. One per test case
// (initTestCase); test functions use fresh accounts so they do not interfere.
struct ServerFixture
{
    explicit ServerFixture(const QString& extraConfig = {})
        : server(backend, extraConfig)
        , http(0)
        , client(http)
    { }

    bool start(const QStringList& environment = {})
    {
        if (!server.start(environment))
            return false;
        http.setPort(server.port());
        return true;
    }

    TestBackend backend;
    ServerProcess server;
    HttpClient http;
    TestClient client;
};

// Starts the fixture or fails the test with the server's log.
#define KASBOEK_START_SERVER(fixture)                                                                        \
    QVERIFY2((fixture).start(),                                                                              \
             qPrintable(QStringLiteral("kasboek-syncd did not start:\n") + (fixture).server.failureLog()))

} // namespace kasboek::test
