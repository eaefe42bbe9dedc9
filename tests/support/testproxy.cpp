#include "testproxy.h"

#include <QTcpSocket>
#include <QUrl>

TestProxy::TestProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestProxy::accepted);
}

bool TestProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString TestProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void TestProxy::requireCredentials(const QString &user, const QString &password)
{
    m_expectedAuthorization = "Basic " + (user + u':' + password).toUtf8().toBase64();
}

bool TestProxy::sawOutsideAuthorization(const QByteArray &text) const
{
    for (const QByteArray &head : m_heads)
        for (const QByteArray &line : head.split('\n'))
            if (!line.toLower().startsWith("authorization:") && line.contains(text))
                return true;
    return false;
}

void TestProxy::accepted()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client] { readHead(client); });
    }
}

void TestProxy::readHead(QTcpSocket *client)
{
    if (client->property("handled").toBool())
        return;
    QByteArray buffered = client->property("buffer").toByteArray() + client->readAll();
    const qsizetype end = buffered.indexOf("\r\n\r\n");
    if (end < 0) {
        client->setProperty("buffer", buffered);
        return;
    }
    client->setProperty("handled", true);
    const QByteArray head = buffered.left(end + 2);
    const QByteArray rest = buffered.mid(end + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.constFirst().trimmed();
    m_requestLines.append(requestLine);
    m_heads.append(head);

    QByteArray authorization;
    for (const QByteArray &line : lines)
        if (line.toLower().startsWith("proxy-authorization:"))
            authorization = line.mid(line.indexOf(':') + 1).trimmed();
    if (!m_expectedAuthorization.isEmpty() && authorization != m_expectedAuthorization) {
        ++m_refused;
        client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                      "Proxy-Authenticate: Basic realm=\"test proxy\"\r\n"
                      "Content-Length: 0\r\nConnection: close\r\n\r\n");
        client->disconnectFromHost();
        return;
    }
    const QList<QByteArray> words = requestLine.split(' ');
    if (words.size() == 3 && words.at(0) == "CONNECT")
        tunnel(client, words.at(1), rest);
    else
        forward(client, head, rest);
}

void TestProxy::pipe(QTcpSocket *from, QTcpSocket *to)
{
    connect(from, &QTcpSocket::readyRead, to, [from, to] { to->write(from->readAll()); });
    connect(from, &QTcpSocket::disconnected, to, [to] {
        if (to->bytesToWrite() > 0)
            connect(to, &QTcpSocket::bytesWritten, to, [to] {
                if (to->bytesToWrite() == 0)
                    to->disconnectFromHost();
            });
        else
            to->disconnectFromHost();
    });
}

void TestProxy::forward(QTcpSocket *client, const QByteArray &head, const QByteArray &rest)
{
    QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> words = lines.takeFirst().trimmed().split(' ');
    const QUrl target(QString::fromLatin1(words.value(1)));
    if (words.size() != 3 || target.host().isEmpty()) {
        client->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        client->disconnectFromHost();
        return;
    }
    ++m_forwarded;
    QByteArray upstreamHead = words.at(0) + ' ' +
                              target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + ' ' +
                              words.at(2) + "\r\n";
    for (const QByteArray &raw : std::as_const(lines)) {
        const QByteArray line = raw.trimmed();
        const QByteArray lower = line.toLower();
        if (line.isEmpty() || lower.startsWith("proxy-") || lower.startsWith("connection:") ||
            lower.startsWith("keep-alive:"))
            continue;
        upstreamHead += line + "\r\n";
    }
    upstreamHead += "Connection: close\r\n\r\n";
    auto *upstream = new QTcpSocket(client);
    // One request per client connection: the answer goes back with "Connection: close" and the
    // connection ends after its body, so the client opens a new one (and each request is counted).
    connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { relayAnswer(upstream, client); });
    connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    // The body follows the head: what the client sends before the upstream connects waits in its buffer.
    connect(upstream, &QTcpSocket::connected, upstream, [client, upstream, upstreamHead, rest] {
        upstream->write(upstreamHead + rest + client->readAll());
        pipe(client, upstream);
    });
    connect(upstream, &QTcpSocket::errorOccurred, client, [client](QAbstractSocket::SocketError) {
        if (client->property("answered").toBool())
            return;
        client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        client->disconnectFromHost();
    });
    upstream->connectToHost(target.host(), quint16(target.port(80)));
}

void TestProxy::relayAnswer(QTcpSocket *upstream, QTcpSocket *client)
{
    QByteArray data = upstream->readAll();
    if (!client->property("answered").toBool()) {
        data = client->property("answerBuffer").toByteArray() + data;
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0) {
            client->setProperty("answerBuffer", data);
            return;
        }
        client->setProperty("answered", true);
        QByteArray head;
        qint64 length = -1;
        for (const QByteArray &raw : data.left(end).split('\n')) {
            const QByteArray line = raw.trimmed();
            const QByteArray lower = line.toLower();
            if (lower.startsWith("connection:") || lower.startsWith("keep-alive:"))
                continue;
            if (lower.startsWith("content-length:"))
                length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
            head += line + "\r\n";
        }
        head += "Connection: close\r\nProxy-Connection: close\r\n\r\n";
        client->setProperty("remaining", length);
        client->write(head);
        data = data.mid(end + 4);
    }
    qint64 remaining = client->property("remaining").toLongLong();
    if (remaining >= 0)
        data.truncate(qMin<qint64>(data.size(), remaining));
    client->write(data);
    if (remaining >= 0) {
        remaining -= data.size();
        client->setProperty("remaining", remaining);
        if (remaining == 0) {
            upstream->disconnect(client);
            upstream->abort();
            client->disconnectFromHost();
        }
    }
}

void TestProxy::tunnel(QTcpSocket *client, const QByteArray &authority, const QByteArray &rest)
{
    ++m_forwarded;
    ++m_tunnels;
    const qsizetype colon = authority.lastIndexOf(':');
    auto *upstream = new QTcpSocket(client);
    pipe(upstream, client);
    connect(upstream, &QTcpSocket::connected, upstream, [client, upstream, rest] {
        client->write("HTTP/1.1 200 Connection established\r\n\r\n");
        upstream->write(rest);
        pipe(client, upstream);
        upstream->write(client->readAll());
    });
    connect(upstream, &QTcpSocket::errorOccurred, client, [client](QAbstractSocket::SocketError) {
        client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        client->disconnectFromHost();
    });
    upstream->connectToHost(QString::fromLatin1(authority.left(colon)),
                            quint16(authority.mid(colon + 1).toInt()));
}
