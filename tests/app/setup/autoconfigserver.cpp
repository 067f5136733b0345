#include "autoconfigserver.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>

AutoconfigServer::AutoconfigServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(qobject_cast<QSslSocket *>(socket));
    });
}

bool AutoconfigServer::listen(const QSslCertificate &certificate, const QSslKey &key)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(certificate);
    ssl.setPrivateKey(key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(ssl);
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void AutoconfigServer::route(const QString &host, const QString &path, const Route &route)
{
    m_routes.insert(host + u' ' + path, route);
}

void AutoconfigServer::serve(QSslSocket *socket)
{
    socket->setParent(this);
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
        QByteArray request = socket->property("request").toByteArray() + socket->readAll();
        socket->setProperty("request", request);
        const qsizetype end = request.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = request.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        QByteArray host;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("host:"))
                host = line.mid(5).trimmed();
        }
        const QByteArray target = requestLine.value(1);
        m_requests.append(QString::fromUtf8(host + ' ' + target));
        const QString path = QUrl(QString::fromUtf8(target)).path();
        const auto found = m_routes.constFind(QString::fromUtf8(host) + u' ' + path);
        Route route;
        if (found != m_routes.constEnd())
            route = *found;
        else
            route.status = 404;
        if (route.hang)
            return;
        QByteArray response = "HTTP/1.1 " + QByteArray::number(route.status) + " Answer\r\n";
        if (!route.location.isEmpty())
            response += "Location: " + route.location + "\r\n";
        response += "Content-Type: text/xml\r\n";
        if (!route.omitLength)
            response += "Content-Length: " + QByteArray::number(route.body.size()) + "\r\n";
        response += "Connection: close\r\n\r\n" + route.body;
        socket->write(response);
        socket->disconnectFromHost();
    });
}
