// TestProxy: a small forwarding HTTP proxy on 127.0.0.1 for tests: absolute-form requests
// ("GET http://host:port/path") are sent on with "Connection: close" (one request per connection,
// so each one is counted), CONNECT opens a blind tunnel. It can require
// "Proxy-Authorization: Basic" and answers 407 otherwise. It runs on the thread that made it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

class TestProxy : public QObject
{
    Q_OBJECT

public:
    explicit TestProxy(QObject *parent = nullptr);

    // Listens on a free loopback port; false when it cannot.
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QString url() const;
    // From now on only "user:password" is let through.
    void requireCredentials(const QString &user, const QString &password);
    // Stops listening (the port refuses from now on).
    void close() { m_server.close(); }

    int forwarded() const { return m_forwarded; } // requests sent on, CONNECT tunnels included
    int tunnels() const { return m_tunnels; }
    int refused() const { return m_refused; } // answered 407
    // Every request line seen ("GET http://127.0.0.1:1234/mdm/v2/assets HTTP/1.1").
    const QList<QByteArray> &requestLines() const { return m_requestLines; }
    // Every request head the proxy read (a tunnel's bytes after CONNECT are not in them).
    const QList<QByteArray> &heads() const { return m_heads; }
    // Whether any request to the proxy carried `text` in its head outside Authorization.
    bool sawOutsideAuthorization(const QByteArray &text) const;

private:
    void accepted();
    void readHead(QTcpSocket *client);
    void forward(QTcpSocket *client, const QByteArray &head, const QByteArray &rest);
    void tunnel(QTcpSocket *client, const QByteArray &authority, const QByteArray &rest);
    static void pipe(QTcpSocket *from, QTcpSocket *to);
    static void relayAnswer(QTcpSocket *upstream, QTcpSocket *client);

    QTcpServer m_server;
    QByteArray m_expectedAuthorization;
    QList<QByteArray> m_requestLines;
    QList<QByteArray> m_heads;
    int m_forwarded = 0;
    int m_tunnels = 0;
    int m_refused = 0;
};
