#include "bearerimapserver.h"

BearerImapServer::BearerImapServer(std::function<bool(const QString &)> isValid, QObject *parent)
    : QObject(parent)
    , m_isValid(std::move(isValid))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto *session = new Session;
            session->socket = socket;
            m_sessions.append(session);
            connect(socket, &QTcpSocket::disconnected, this, [this, session] {
                m_sessions.removeOne(session);
                if (session->socket)
                    session->socket->deleteLater();
                delete session;
            });
            connect(socket, &QTcpSocket::readyRead, this, [this, session] {
                const QByteArray bytes = session->socket->readAll();
                clientBytes += bytes;
                session->buffer += bytes;
                qsizetype end;
                while (session->socket && (end = session->buffer.indexOf("\r\n")) >= 0) {
                    const QByteArray line = session->buffer.left(end);
                    session->buffer.remove(0, end + 2);
                    onLine(*session, line);
                }
            });
            send(*session, "* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2 IDLE] bearer-only");
        }
    });
}

BearerImapServer::~BearerImapServer()
{
    // The sockets die with the QTcpServer and say "disconnected" while dying: not to us.
    for (Session *session : std::as_const(m_sessions)) {
        if (session->socket)
            session->socket->disconnect(this);
        delete session;
    }
    m_sessions.clear();
}

bool BearerImapServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

int BearerImapServer::openSessions() const
{
    return int(m_sessions.size());
}

void BearerImapServer::send(Session &session, const QByteArray &line)
{
    if (session.socket)
        session.socket->write(line + "\r\n");
}

void BearerImapServer::expireSessions()
{
    for (Session *session : std::as_const(m_sessions)) {
        send(*session, "* BYE Session invalidated - AccessTokenExpired");
        session->socket->disconnectFromHost();
    }
}

void BearerImapServer::onLine(Session &session, const QByteArray &line)
{
    if (!session.saslTag.isEmpty()) { // the client's answer to the error challenge
        send(session,
             std::exchange(session.saslTag, {})
                 + " NO [AUTHENTICATIONFAILED] Invalid "
                   "credentials (Failure)");
        return;
    }
    if (line == "DONE") {
        send(session, std::exchange(session.idleTag, {}) + " OK Idle completed");
        return;
    }
    const QList<QByteArray> words = line.split(' ');
    const QByteArray tag = words.value(0);
    const QByteArray command = words.value(1).toUpper();
    if (command == "AUTHENTICATE" || command == "LOGIN")
        mechanisms.append(QString::fromLatin1(command + ' ' + words.value(2)));
    if (command == "AUTHENTICATE" && words.value(2).toUpper() == "XOAUTH2" && words.size() == 4) {
        const QByteArray decoded = QByteArray::fromBase64(words.value(3));
        QString token;
        for (const QByteArray &part : decoded.split('\x01')) {
            if (part.startsWith("auth=Bearer "))
                token = QString::fromLatin1(part.mid(12));
        }
        if (m_isValid(token)) {
            acceptedTokens.append(token);
            send(session, tag + " OK [CAPABILITY IMAP4rev1 IDLE] Logged in");
        } else {
            rejectedTokens.append(token);
            session.saslTag = tag;
            send(
                session,
                "+ "
                    + QByteArray(
                          R"({"status":"401","schemes":"bearer","scope":"https://mail.google.com/"})")
                          .toBase64());
        }
    } else if (command == "AUTHENTICATE" || command == "LOGIN") {
        send(session, tag + " NO [AUTHENTICATIONFAILED] bearer tokens only");
    } else if (command == "CAPABILITY") {
        send(session, "* CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2 IDLE\r\n" + tag + " OK done");
    } else if (command == "SELECT" || command == "EXAMINE") {
        send(session,
             "* FLAGS (\\Seen)\r\n* 0 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 1] "
             "ok\r\n"
                 + tag + " OK [READ-WRITE] Select completed");
    } else if (command == "IDLE") {
        session.idleTag = tag;
        send(session, "+ idling");
    } else if (command == "LOGOUT") {
        send(session, "* BYE bye\r\n" + tag + " OK Logout completed");
        session.socket->disconnectFromHost();
    } else {
        send(session, tag + " OK done");
    }
}
