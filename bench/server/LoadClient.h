#pragma once

#include "BenchHttp.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>
#include <vector>

namespace kasboek::bench {

// What one load thread measured.
struct LoadStats
{
    std::vector<qint32> latenciesUs; // completed requests, any status
    std::vector<qint32> pushLatenciesUs;
    qint64 ok = 0;
    qint64 conflicts = 0; // 409
    qint64 otherErrors = 0; // any other non-2xx
    qint64 connectionErrors = 0; // dropped or refused connections (e.g. while the server restarts)
    qint64 replayed = 0; // pushes the server recognised as retries of committed ones
};

struct Ack
{
    QByteArray batchId;
    qint64 seq = 0;
};

// One simulated client on its own keep-alive connection and its own book:
// push one signed batch, pull the last few, again and again. A push whose answer
// is lost (the connection dropped) is sent again unchanged once it reconnects, as
// a real client must; every acknowledged push is recorded for the verification.
class LoadClient final : public QObject
{
    Q_OBJECT
public:
    // intervalMs > 0: paced, one request every intervalMs (latency counted from the
    // scheduled time, so a slow server cannot hide its queue); 0: back to back.
    LoadClient(int index, quint16 port, QByteArray token, QByteArray bookId, SigningKey key, LoadStats& stats,
               int intervalMs, QObject* parent = nullptr);

    void start();
    // No new requests after the one in flight.
    void stop() { m_stopping = true; }
    [[nodiscard]] bool idle() const { return !m_inFlight; }
    [[nodiscard]] const QList<Ack>& acks() const { return m_acks; }
    [[nodiscard]] const QByteArray& bookId() const { return m_bookId; }
    [[nodiscard]] const QByteArray& token() const { return m_token; }

private:
    void connectNow();
    void sendNext();
    void scheduleNext();
    void onReadyRead();
    void onDropped();
    void handle(int status, const QByteArray& body);

    int m_index;
    quint16 m_port;
    QByteArray m_token;
    QByteArray m_bookId;
    SigningKey m_key;
    LoadStats& m_stats;
    QTcpSocket m_socket;
    QTimer m_retry;
    QTimer m_pace;
    int m_intervalMs = 0;
    qint64 m_scheduledNs = -1; // paced: when the next request is due
    QElapsedTimer m_clock;
    qint64 m_sentAtNs = 0;
    QByteArray m_buffer;
    bool m_inFlight = false;
    bool m_stopping = false;
    bool m_pushNext = true;
    bool m_lastWasPush = false;
    qint64 m_head = 0;
    int m_counter = 0;
    QByteArray m_pendingPush; // the request of a push whose answer has not come
    QList<Ack> m_acks;
};

} // namespace kasboek::bench
