#include "engine/securitymismatch.h"

#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace ImapCore {

namespace SecurityMismatch {

bool isPlaintextPeerError(const QString &tlsErrorText)
{
    const QString text = tlsErrorText.toLower();
    return text.contains("wrong version number"_L1) || text.contains("packet length too long"_L1)
        || text.contains("unexpected eof"_L1);
}

bool looksLikeTlsRecord(QByteArrayView firstBytes)
{
    if (firstBytes.isEmpty())
        return false;
    const auto type = quint8(firstBytes.at(0));
    // RFC 8446 5.1: change_cipher_spec(20), alert(21), handshake(22), application_data(23).
    if (type < 20 || type > 23)
        return false;
    return firstBytes.size() < 2 || quint8(firstBytes.at(1)) == 3;
}

} // namespace SecurityMismatch

TlsProbe::TlsProbe(QObject *parent)
    : QObject(parent)
{
    // Direct: the verdict must be taken inside the sslErrors emission.
    connect(
        &m_socket, &QSslSocket::sslErrors, this, [this] { found(); }, Qt::DirectConnection);
    connect(&m_socket, &QSslSocket::encrypted, this, [this] { found(); });
}

TlsProbe::~TlsProbe()
{
    m_done = true;
    m_socket.abort();
}

void TlsProbe::start(const AccountConfig &config)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket.setSslConfiguration(tls);
    const QString address = config.connectAddress.isEmpty() ? config.host : config.connectAddress;
    m_socket.connectToHostEncrypted(address, config.port, config.host);
}

void TlsProbe::found()
{
    // A certificate came back (trusted or not): the port speaks TLS.
    if (m_done)
        return;
    m_done = true;
    // Not from inside the socket's own signal: abort and report once it has returned.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_socket.abort();
            Q_EMIT speaksTls();
        },
        Qt::QueuedConnection);
}

} // namespace ImapCore
