#include "serverscript.h"

#include "faketransport.h"

#include <QStringList>
#include <utility>

void ServerScript::attach(FakeTransport *transport)
{
    m_transport = transport;
    m_compression = ServerCompression();
    m_checked = transport ? transport->written().size() : 0;
}

QByteArray ServerScript::clientBytes() const
{
    return m_transport ? m_compression.clientPlain(m_transport->written()) : QByteArray();
}

void ServerScript::send(const QByteArray &bytes)
{
    m_transport->serverSend(m_compression.wire(bytes));
}

QByteArray ServerScript::unread() const
{
    return clientBytes().mid(m_checked);
}

bool ServerScript::expect(const QByteArray &line)
{
    const QByteArray wanted = line + "\r\n";
    if (!unread().startsWith(wanted)) {
        qWarning("expected client line %s, client wrote %s", wanted.constData(),
                 unread().constData());
        return false;
    }
    m_checked += wanted.size();
    return true;
}

bool ServerScript::play(const QString &script)
{
    QByteArray chunk;
    auto flush = [&] {
        if (!chunk.isEmpty())
            send(std::exchange(chunk, QByteArray()));
    };
    for (const QString &text : script.split(u'\n', Qt::SkipEmptyParts)) {
        const QByteArray line = text.toUtf8();
        if (line.startsWith("S+ ")) {
            chunk += line.mid(3) + "\r\n";
            continue;
        }
        flush();
        if (line.startsWith("S: ")) {
            chunk = line.mid(3) + "\r\n";
        } else if (line.startsWith("C: ")) {
            if (!expect(line.mid(3)))
                return false;
        } else if (line == "TLS") {
            if (!m_transport->startTlsCalled()) {
                qWarning("the client did not start TLS");
                return false;
            }
            m_transport->serverFinishTls();
        } else if (line.startsWith("SOCKET: ")) {
            m_transport->serverSendAfterNextRead(m_compression.wire(line.mid(8) + "\r\n"));
        } else if (line == "DEFLATE") {
            // What the client wrote after the checked lines (COMPRESS's) is compressed.
            if (m_compression.isActive()) {
                qWarning("DEFLATE given twice");
                return false;
            }
            m_compression.start(m_checked);
        } else if (line == "CLOSE") {
            m_transport->serverClose();
        } else {
            qWarning("bad script line %s", line.constData());
            return false;
        }
    }
    flush();
    return true;
}
