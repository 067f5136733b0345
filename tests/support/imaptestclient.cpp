#include "imaptestclient.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

ImapTestClient::ImapTestClient(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{ }

bool ImapTestClient::fail(const QString &message)
{
    m_error = message;
    return false;
}

void ImapTestClient::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_socket.setSslConfiguration(configuration);
}

void ImapTestClient::setPeerVerifyName(const QString &name)
{
    m_socket.setPeerVerifyName(name);
}

QByteArray ImapTestClient::quoted(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + out + '"';
}

bool ImapTestClient::handshake()
{
    m_socket.startClientEncryption();
    if (!m_socket.waitForEncrypted(m_timeoutMs)) {
        QStringList errors;
        for (const QSslError &e : m_socket.sslHandshakeErrors())
            errors << e.errorString();
        return fail(QStringLiteral("TLS handshake failed: %1 [%2]")
                        .arg(m_socket.errorString(), errors.join(QStringLiteral("; "))));
    }
    return true;
}

bool ImapTestClient::connectToServer(const QString &host, quint16 port, Security security)
{
    m_socket.connectToHost(host, port);
    if (!m_socket.waitForConnected(m_timeoutMs))
        return fail(QStringLiteral("cannot connect to %1:%2: %3")
                        .arg(host)
                        .arg(port)
                        .arg(m_socket.errorString()));
    if (security == Security::ImplicitTls && !handshake())
        return false;
    const std::optional<QByteArray> greeting = readResponse(m_timeoutMs);
    if (!greeting)
        return false;
    m_greeting = *greeting;
    if (!m_greeting.startsWith("* OK"))
        return fail(QStringLiteral("unexpected greeting: %1").arg(QString::fromUtf8(m_greeting)));
    return true;
}

bool ImapTestClient::startTls()
{
    const std::optional<Reply> reply = command("STARTTLS");
    if (!reply)
        return false;
    if (!reply->isOk())
        return fail(QStringLiteral("STARTTLS refused: %1").arg(QString::fromUtf8(reply->tagged)));
    return handshake();
}

bool ImapTestClient::writeLine(const QByteArray &line)
{
    m_socket.write(line + "\r\n");
    while (m_socket.bytesToWrite() > 0) {
        if (!m_socket.waitForBytesWritten(m_timeoutMs))
            return fail(QStringLiteral("cannot send: %1").arg(m_socket.errorString()));
    }
    return true;
}

std::optional<QByteArray> ImapTestClient::readResponse(int timeoutMs)
{
    static const QRegularExpression literal(QStringLiteral("\\{(\\d+)\\+?\\}$"));
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray response;
    for (;;) {
        qsizetype end = m_buffer.indexOf("\r\n");
        while (end < 0) {
            if (deadline.hasExpired()
                || !m_socket.waitForReadyRead(int(deadline.remainingTime()))) {
                fail(QStringLiteral("no complete line within %1 ms (%2); have: %3")
                         .arg(timeoutMs)
                         .arg(m_socket.errorString(), QString::fromUtf8(response + m_buffer)));
                return std::nullopt;
            }
            m_buffer += m_socket.readAll();
            end = m_buffer.indexOf("\r\n");
        }
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        response += line;
        const QRegularExpressionMatch match = literal.match(QString::fromLatin1(line));
        if (!match.hasMatch())
            return response;
        const qsizetype size = match.captured(1).toLongLong();
        while (m_buffer.size() < size) {
            if (deadline.hasExpired()
                || !m_socket.waitForReadyRead(int(deadline.remainingTime()))) {
                fail(QStringLiteral("literal of %1 bytes incomplete").arg(size));
                return std::nullopt;
            }
            m_buffer += m_socket.readAll();
        }
        response += "\r\n" + m_buffer.left(size);
        m_buffer.remove(0, size);
    }
}

std::optional<ImapTestClient::Reply> ImapTestClient::readUntilTagged(const QByteArray &tag)
{
    Reply reply;
    reply.untagged = std::exchange(m_pending, {});
    const QByteArray prefix = tag + ' ';
    for (;;) {
        std::optional<QByteArray> line = readResponse(m_timeoutMs);
        if (!line)
            return std::nullopt;
        if (line->startsWith(prefix)) {
            reply.tagged = line->mid(prefix.size());
            return reply;
        }
        reply.untagged << *line;
    }
}

std::optional<ImapTestClient::Reply> ImapTestClient::command(const QByteArray &command)
{
    const QByteArray tag = 'a' + QByteArray::number(m_nextTag++);
    if (!writeLine(tag + ' ' + command))
        return std::nullopt;
    return readUntilTagged(tag);
}

bool ImapTestClient::login(const QString &user, const QString &password)
{
    const std::optional<Reply> reply = command("LOGIN " + quoted(user) + ' ' + quoted(password));
    if (!reply)
        return false;
    if (!reply->isOk())
        return fail(QStringLiteral("LOGIN failed: %1").arg(QString::fromUtf8(reply->tagged)));
    return true;
}

bool ImapTestClient::idle()
{
    m_idleTag = 'a' + QByteArray::number(m_nextTag++);
    if (!writeLine(m_idleTag + " IDLE"))
        return false;
    for (;;) {
        const std::optional<QByteArray> line = readResponse(m_timeoutMs);
        if (!line)
            return false;
        if (line->startsWith('+'))
            return true;
        if (line->startsWith(QByteArray(m_idleTag + ' ')))
            return fail(QStringLiteral("IDLE refused: %1").arg(QString::fromUtf8(*line)));
        m_pending << *line;
    }
}

std::optional<ImapTestClient::Reply> ImapTestClient::done()
{
    if (m_idleTag.isEmpty()) {
        fail(QStringLiteral("DONE without IDLE"));
        return std::nullopt;
    }
    if (!writeLine("DONE"))
        return std::nullopt;
    return readUntilTagged(std::exchange(m_idleTag, {}));
}

std::optional<QByteArray> ImapTestClient::waitForUntagged(const QByteArray &needle, int timeoutMs)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).contains(needle))
            return m_pending.takeAt(i);
    }
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const std::optional<QByteArray> line =
            readResponse(int(qMax<qint64>(0, deadline.remainingTime())));
        if (!line)
            return std::nullopt;
        if (line->contains(needle))
            return line;
        m_pending << *line;
    }
}

void ImapTestClient::disconnectFromServer()
{
    m_socket.abort();
}
