#include "serverscript.h"

#include "faketransport.h"

#include <QStringList>
#include <utility>

void ServerScript::attach(FakeTransport *transport)
{
    m_transport = transport;
    m_checked = transport ? transport->written().size() : 0;
}

QByteArray ServerScript::unread() const
{
    return m_transport ? m_transport->written().mid(m_checked) : QByteArray();
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
            m_transport->serverSend(std::exchange(chunk, QByteArray()));
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
            m_transport->serverSendAfterNextRead(line.mid(8) + "\r\n");
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
