#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QString>

// A small HTTPS server for autoconfig tests: QSslServer on 127.0.0.1 with a port the OS picks and
// a certificate from a per-run TestPki. Each (Host, path) answers as routed; anything else is a
// 404. Requests are recorded as "host path?query".
class AutoconfigServer : public QObject
{
    Q_OBJECT

public:
    struct Route
    {
        int status = 200;
        QByteArray body;
        QByteArray location; // Location header for 3xx
        bool hang = false; // read the request, never answer
        bool omitLength = false; // no Content-Length: the body ends when the connection closes
    };

    explicit AutoconfigServer(QObject *parent = nullptr);

    bool listen(const QSslCertificate &certificate, const QSslKey &key);
    quint16 port() const { return m_server.serverPort(); }

    // host: as in the request's Host header; path: without the query.
    void route(const QString &host, const QString &path, const Route &route);
    QStringList requests() const { return m_requests; }

private:
    void serve(QSslSocket *socket);

    QSslServer m_server;
    QHash<QString, Route> m_routes;
    QStringList m_requests;
};
