#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace kasboek::server::http {

// A listening TCP socket with SO_REUSEPORT, so that several listener threads (each
// with its own Qt HttpServer, which is single-threaded) accept on the same port and
// the kernel spreads connections over them.
class ListeningSocket final
{
    Q_DECLARE_TR_FUNCTIONS(ListeningSocket)
public:
    struct Opened
    {
        qintptr descriptor = -1;
        quint16 port = 0;
    };
    // port 0 picks a free port; open the others with the port the first one got.
    [[nodiscard]] static Result<Opened> open(const QHostAddress& address, quint16 port);
    static void close(qintptr descriptor);
};

} // namespace kasboek::server::http
