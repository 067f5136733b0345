#include "singleinstance.h"

#include "mailbellversion.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QStandardPaths>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxMessageBytes = 64 * 1024;
const QByteArray kAcknowledgement = "ok\n"_ba;

} // namespace

SingleInstance::SingleInstance(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketPath.isEmpty() ? defaultSocketPath() : socketPath)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultSocketPath()
{
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtimeDir.isEmpty() && QDir(runtimeDir).exists())
        return runtimeDir + u"/"_s + QStringLiteral(MAILBELL_APP_ID) + u".socket"_s;
    return QDir::tempPath() + u"/"_s + QStringLiteral(MAILBELL_APP_ID)
        + u"-%1.socket"_s.arg(::getuid());
}

SingleInstance::Role SingleInstance::claim(const QStringList &arguments)
{
    // Two launches at once: one listens, the other's listen fails and it hands over instead.
    for (int attempt = 0; attempt < 3; ++attempt) {
        switch (handOver(arguments)) {
        case HandOver::Done:
            return Role::Secondary;
        case HandOver::NoAnswer:
            m_error = tr("Another Mailbell is running but does not answer (%1).").arg(m_socketPath);
            return Role::Failed;
        case HandOver::NobodyThere:
            break;
        }
        if (listen())
            return Role::Primary;
    }
    return Role::Failed;
}

SingleInstance::HandOver SingleInstance::handOver(const QStringList &arguments)
{
    QLocalSocket socket;
    socket.connectToServer(m_socketPath);
    if (!socket.waitForConnected(handOverTimeoutMs)) {
        // Refused or no such file: nobody there (perhaps a stale socket file). Anything else
        // (a timeout) may be a live but busy instance, whose socket must not be taken over.
        m_staleSocket = socket.error() == QLocalSocket::ConnectionRefusedError;
        return socket.error() == QLocalSocket::ConnectionRefusedError
                || socket.error() == QLocalSocket::ServerNotFoundError
            ? HandOver::NobodyThere
            : HandOver::NoAnswer;
    }
    const QJsonObject message {{u"arguments"_s, QJsonArray::fromStringList(arguments)}};
    socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    QByteArray reply;
    while (!reply.contains('\n') && socket.waitForReadyRead(handOverTimeoutMs))
        reply += socket.readAll();
    return reply == kAcknowledgement ? HandOver::Done : HandOver::NoAnswer;
}

bool SingleInstance::listen()
{
    if (m_server.listen(m_socketPath))
        return true;
    if (m_server.serverError() == QAbstractSocket::AddressInUseError && m_staleSocket) {
        // The connection was refused: the file is left over from an instance that is gone.
        QLocalServer::removeServer(m_socketPath);
        if (m_server.listen(m_socketPath))
            return true;
    }
    m_error = tr("Could not listen on %1: %2").arg(m_socketPath, m_server.errorString());
    return false;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxMessageBytes)
                    socket->abort(); // not one of ours
                return;
            }
            const QByteArray line = socket->readLine(kMaxMessageBytes);
            const QJsonObject message = QJsonDocument::fromJson(line).object();
            const QJsonValue arguments = message.value(u"arguments"_s);
            if (!arguments.isArray()) {
                socket->abort();
                return;
            }
            socket->write(kAcknowledgement);
            socket->disconnectFromServer();
            QStringList list;
            for (const QJsonValue &value : arguments.toArray())
                list.append(value.toString());
            Q_EMIT activated(list);
        });
    }
}
