#include "LoadClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kasboek::bench {

LoadClient::LoadClient(int index, quint16 port, QByteArray token, QByteArray bookId, SigningKey key,
                       LoadStats& stats, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_index(index)
    , m_port(port)
    , m_token(std::move(token))
    , m_bookId(std::move(bookId))
    , m_key(std::move(key))
    , m_stats(stats)
    , m_intervalMs(intervalMs)
{
    m_clock.start();
    m_pace.setSingleShot(true);
    m_pace.setTimerType(Qt::PreciseTimer);
    connect(&m_pace, &QTimer::timeout, this, &LoadClient::sendNext);
    if (m_intervalMs > 0) // spread the clients' first requests over one interval
        m_scheduledNs = qint64(index % m_intervalMs) * 1000000 + qint64(index) * 997 % 1000000;
    m_retry.setSingleShot(true);
    m_retry.setInterval(50);
    connect(&m_retry, &QTimer::timeout, this, &LoadClient::connectNow);
    connect(&m_socket, &QTcpSocket::connected, this, &LoadClient::sendNext);
    connect(&m_socket, &QTcpSocket::readyRead, this, &LoadClient::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, &LoadClient::onDropped);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            onDropped();
    });
}

void LoadClient::start()
{
    connectNow();
}

void LoadClient::connectNow()
{
    m_buffer.clear();
    m_socket.abort();
    m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
}

void LoadClient::onDropped()
{
    if (m_retry.isActive() || (m_stopping && m_pendingPush.isEmpty()))
        return;
    ++m_stats.connectionErrors;
    m_inFlight = false;
    if (!m_stopping || !m_pendingPush.isEmpty())
        m_retry.start();
}

void LoadClient::scheduleNext()
{
    if (m_intervalMs <= 0) {
        sendNext();
        return;
    }
    m_scheduledNs += qint64(m_intervalMs) * 1000000;
    const qint64 waitMs = (m_scheduledNs - m_clock.nsecsElapsed()) / 1000000;
    m_pace.start(static_cast<int>(qMax<qint64>(0, waitMs)));
}

void LoadClient::sendNext()
{
    if (m_inFlight || m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    if (const qint64 now = m_clock.nsecsElapsed();
        m_intervalMs > 0 && m_pendingPush.isEmpty() && now < m_scheduledNs) {
        m_pace.start(static_cast<int>((m_scheduledNs - now) / 1000000));
        return;
    }
    QByteArray request;
    if (!m_pendingPush.isEmpty()) {
        // The answer to this push never came: send exactly the same again.
        request = m_pendingPush;
        m_lastWasPush = true;
    } else {
        if (m_stopping)
            return;
        if (m_pushNext) {
            const QByteArray batchId
                = "c" + QByteArray::number(m_index) + "-" + QByteArray::number(m_counter);
            const QByteArray ciphertext = benchCiphertext(m_bookId, batchId);
            const QJsonObject batch {
                { QStringLiteral("id"), QString::fromLatin1(batchId) },
                { QStringLiteral("ciphertext"), QString::fromLatin1(ciphertext.toBase64()) },
                { QStringLiteral("signature"),
                  QString::fromLatin1(m_key.sign(batchMessage(m_bookId, batchId, ciphertext)).toBase64()) }
            };
            const QJsonObject body { { QStringLiteral("after"), m_head },
                                     { QStringLiteral("batches"), QJsonArray { batch } } };
            request = httpRequest("POST", "/v1/books/" + m_bookId + "/changes",
                                  QJsonDocument(body).toJson(QJsonDocument::Compact), m_token);
            m_pendingPush = request;
            m_lastWasPush = true;
        } else {
            request = httpRequest("GET",
                                  "/v1/books/" + m_bookId + "/changes?since="
                                      + QByteArray::number(qMax<qint64>(0, m_head - 5)) + "&limit=10",
                                  {}, m_token);
            m_lastWasPush = false;
        }
        m_pushNext = !m_pushNext;
    }
    m_inFlight = true;
    m_sentAtNs = m_intervalMs > 0 ? qMin(m_scheduledNs, m_clock.nsecsElapsed()) : m_clock.nsecsElapsed();
    m_socket.write(request);
}

void LoadClient::onReadyRead()
{
    m_buffer += m_socket.readAll();
    int status = 0;
    QByteArray body;
    while (takeResponse(m_buffer, status, body))
        handle(status, body);
}

void LoadClient::handle(int status, const QByteArray& body)
{
    m_inFlight = false;
    const auto latencyUs = static_cast<qint32>((m_clock.nsecsElapsed() - m_sentAtNs) / 1000);
    m_stats.latenciesUs.push_back(latencyUs);
    if (m_lastWasPush)
        m_stats.pushLatenciesUs.push_back(latencyUs);
    if (status >= 200 && status < 300)
        ++m_stats.ok;
    else if (status == 409)
        ++m_stats.conflicts;
    else
        ++m_stats.otherErrors;

    if (m_lastWasPush) {
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        if (status == 200) {
            const qint64 seq = json.value(QStringLiteral("seqs")).toArray().first().toInteger();
            const QByteArray batchId
                = "c" + QByteArray::number(m_index) + "-" + QByteArray::number(m_counter);
            m_acks.append(Ack { batchId, seq });
            m_head = json.value(QStringLiteral("head")).toInteger();
            if (json.value(QStringLiteral("replayed")).toBool())
                ++m_stats.replayed;
            ++m_counter;
            m_pendingPush.clear();
        } else if (status == 409) {
            // Only this client writes to its book, so this means a bug; re-sync and go on.
            m_head = json.value(QStringLiteral("error")).toObject().value(QStringLiteral("head")).toInteger();
            m_pendingPush.clear();
        } else {
            m_pendingPush.clear();
        }
    }
    if (m_pendingPush.isEmpty())
        scheduleNext();
    else
        sendNext();
}

} // namespace kasboek::bench
