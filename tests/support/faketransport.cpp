#include "faketransport.h"

using ImapCore::AccountConfig;

void FakeTransport::connectToHost(const AccountConfig &config)
{
    m_config = config;
    ++m_connectCount;
}

void FakeTransport::startTls()
{
    m_startTlsCalled = true;
}

void FakeTransport::write(QByteArrayView bytes)
{
    if (m_closed)
        return;
    (m_encrypted ? m_writtenTls : m_writtenPlain).append(bytes);
}

QByteArray FakeTransport::readAll()
{
    QByteArray bytes = std::exchange(m_inbox, QByteArray());
    m_inbox = std::exchange(m_afterRead, QByteArray());
    return bytes;
}

void FakeTransport::close()
{
    m_closed = true;
    m_open = false;
}

void FakeTransport::serverAccept()
{
    m_open = true;
    Q_EMIT connected();
    if (m_config.security == AccountConfig::Security::Tls && !m_closed) {
        m_encrypted = true;
        Q_EMIT encrypted();
    }
}

void FakeTransport::serverSend(const QByteArray &bytes)
{
    if (m_closed)
        return;
    m_inbox += bytes;
    Q_EMIT readyRead();
}

void FakeTransport::serverFinishTls()
{
    if (m_closed || !m_startTlsCalled)
        return;
    m_encrypted = true;
    Q_EMIT encrypted();
}

void FakeTransport::serverClose()
{
    if (m_closed || !m_open)
        return;
    m_open = false;
    Q_EMIT disconnected();
}

void FakeTransport::serverError(const ImapCore::ImapError &error)
{
    if (m_closed)
        return;
    m_open = false;
    Q_EMIT errorOccurred(error);
}

FakeTransport::Snapshot FakeTransport::snapshot() const
{
    return const_cast<FakeTransport *>(this)->members();
}

void FakeTransport::restore(const Snapshot &snapshot)
{
    members() = Snapshot(snapshot);
}
