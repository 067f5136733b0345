#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

// A small IMAP server on 127.0.0.1 (plaintext, loopback only) that logs in only with a bearer
// token: AUTHENTICATE XOAUTH2 with SASL-IR, the token checked by isValid (the mock
// authorization server's list). A bad token gets Google's 401 JSON challenge, then NO. After
// login: an empty INBOX (SELECT), IDLE / DONE, NOOP, LOGOUT; any other command is OK.
// expireSessions() ends every session as Microsoft does when a token expires.
class BearerImapServer : public QObject
{
    Q_OBJECT

public:
    explicit BearerImapServer(std::function<bool(const QString &)> isValid,
                              QObject *parent = nullptr);
    ~BearerImapServer() override;
    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    void expireSessions();

    QByteArray clientBytes; // everything every client sent
    QStringList acceptedTokens; // one per successful login
    QStringList rejectedTokens;
    QStringList mechanisms; // AUTHENTICATE mechanisms and LOGIN attempts, as sent
    int openSessions() const;

private:
    struct Session
    {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        QByteArray saslTag;
        QByteArray idleTag;
    };
    void onLine(Session &session, const QByteArray &line);
    static void send(Session &session, const QByteArray &line);

    std::function<bool(const QString &)> m_isValid;
    QTcpServer m_server;
    QList<Session *> m_sessions;
};
