#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QString>

#include <optional>

/// A tiny blocking IMAP client for integration tests: connect (implicit TLS or plain + STARTTLS),
/// send tagged commands and collect the reply, IDLE and wait for untagged lines. Every wait has a
/// timeout; failures return false / nullopt with errorString(). Not a protocol implementation:
/// lines are raw bytes, literals are appended to the line that announced them.
class ImapTestClient
{
public:
    enum class Security { Plain, ImplicitTls };

    /// The untagged responses before the tagged one, and the tagged status line without its tag.
    struct Reply
    {
        QByteArrayList untagged;
        QByteArray tagged;
        bool isOk() const { return tagged.startsWith("OK"); }
    };

    explicit ImapTestClient(int timeoutMs = 5000);

    void setSslConfiguration(const QSslConfiguration &configuration);
    void setPeerVerifyName(const QString &name);

    // Connects and reads the greeting; with ImplicitTls also completes the handshake.
    bool connectToServer(const QString &host, quint16 port, Security security);
    // Sends STARTTLS (RFC 9051 6.2.1) and completes the handshake.
    bool startTls();
    std::optional<Reply> command(const QByteArray &command);
    bool login(const QString &user, const QString &password);
    // Sends IDLE (RFC 2177) and waits for the continuation request.
    bool idle();
    // Ends IDLE with DONE and waits for the tagged reply; untagged lines seen meanwhile are kept.
    std::optional<Reply> done();
    // Reads responses until one contains needle; the others go to the next Reply.untagged.
    std::optional<QByteArray> waitForUntagged(const QByteArray &needle, int timeoutMs);
    void disconnectFromServer();

    QByteArray greeting() const { return m_greeting; }
    QString errorString() const { return m_error; }
    QList<QSslError> sslErrors() const { return m_socket.sslHandshakeErrors(); }
    QSslSocket &socket() { return m_socket; }

    static QByteArray quoted(const QString &value);

private:
    std::optional<QByteArray> readResponse(int timeoutMs);
    bool writeLine(const QByteArray &line);
    std::optional<Reply> readUntilTagged(const QByteArray &tag);
    bool handshake();
    bool fail(const QString &message);

    QSslSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_greeting;
    QByteArray m_idleTag;
    QByteArrayList m_pending;
    QString m_error;
    int m_timeoutMs;
    int m_nextTag = 1;
};
