#include "engine/ssltransport.h"

#include "engine/securitymismatch.h"

#include <QCryptographicHash>
#include <QSslConfiguration>

#include <algorithm>

#if defined(Q_OS_LINUX)
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace ImapCore {

namespace {

QString describeSslErrors(const QList<QSslError> &errors)
{
    QStringList parts;
    for (const QSslError &error : errors)
        parts << error.errorString();
    return parts.join(u"; "_s);
}

using Problem = ImapError::CertificateProblem;

Problem problemOf(QSslError::SslError error)
{
    switch (error) {
    case QSslError::HostNameMismatch:
        return Problem::HostNameMismatch;
    case QSslError::CertificateExpired:
        return Problem::Expired;
    case QSslError::CertificateNotYetValid:
        return Problem::NotYetValid;
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return Problem::SelfSigned;
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return Problem::UnknownIssuer;
    default:
        return Problem::Other;
    }
}

// Each problem once, most telling first (the enum's order).
QList<Problem> certificateProblems(const QList<QSslError> &errors)
{
    QList<Problem> problems;
    for (const QSslError &error : errors) {
        const Problem problem = problemOf(error.error());
        if (!problems.contains(problem))
            problems.append(problem);
    }
    std::sort(problems.begin(), problems.end());
    return problems;
}

QString untrustedMessage(Problem problem, const QString &host)
{
    switch (problem) {
    case Problem::HostNameMismatch:
        return u"The server's certificate is not valid for %1 (host name mismatch)"_s.arg(host);
    case Problem::Expired:
        return u"The server's certificate for %1 has expired"_s.arg(host);
    case Problem::NotYetValid:
        return u"The server's certificate for %1 is not valid yet"_s.arg(host);
    case Problem::SelfSigned:
        return u"The server's certificate for %1 is self-signed"_s.arg(host);
    case Problem::UnknownIssuer:
        return u"The server's certificate for %1 was issued by an unknown authority"_s.arg(host);
    default:
        return u"The server's certificate is not trusted for %1"_s.arg(host);
    }
}

// A peer that vanished (suspend, NAT timeout, cable) is noticed within about two minutes even
// while IDLE sends nothing: probes after 60 s of silence, every 15 s, 4 unanswered = dead. With
// unacknowledged data outstanding, TCP_USER_TIMEOUT gives up after the same two minutes.
void enableKeepAlive(QAbstractSocket &socket)
{
    socket.setSocketOption(QAbstractSocket::KeepAliveOption, 1);
#if defined(Q_OS_LINUX)
    const auto fd = int(socket.socketDescriptor());
    if (fd < 0)
        return;
    const int idleSeconds = 60;
    const int intervalSeconds = 15;
    const int probes = 4;
    const unsigned int userTimeoutMs = 120'000;
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idleSeconds, sizeof idleSeconds);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &intervalSeconds, sizeof intervalSeconds);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &probes, sizeof probes);
    ::setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeoutMs, sizeof userTimeoutMs);
#endif
}

} // namespace

SslTransport::SslTransport(QObject *parent)
    : Transport(parent)
{
    // Direct connections: ignoreSslErrors() only works from inside the sslErrors emission.
    connect(&m_socket, &QSslSocket::sslErrors, this, &SslTransport::onSslErrors,
            Qt::DirectConnection);
    connect(&m_socket, &QSslSocket::encrypted, this, &SslTransport::onEncrypted);
    connect(&m_socket, &QSslSocket::errorOccurred, this, &SslTransport::onSocketError);
    connect(&m_socket, &QSslSocket::hostFound, this, [this] {
        if (!m_failed)
            Q_EMIT hostFound();
    });
    connect(&m_socket, &QSslSocket::connected, this, [this] {
        enableKeepAlive(m_socket);
        if (m_failed)
            return;
        if (m_config.security != AccountConfig::Security::Tls)
            m_silenceTimer.start(silenceBeforeProbeMs);
        Q_EMIT connected();
    });
    connect(&m_socket, &QSslSocket::readyRead, this, [this] {
        if (!m_greetingSeen && m_config.security != AccountConfig::Security::Tls)
            onFirstPlaintextBytes();
        if (!m_failed)
            Q_EMIT readyRead();
    });
    m_silenceTimer.setSingleShot(true);
    connect(&m_silenceTimer, &QTimer::timeout, this, &SslTransport::probeSilentPort);
    connect(&m_socket, &QSslSocket::disconnected, this, [this] {
        const bool wasOpen = std::exchange(m_open, false);
        if (!m_failed && wasOpen)
            Q_EMIT disconnected();
    });
}

SslTransport::~SslTransport()
{
    m_failed = true;
    m_socket.abort();
}

void SslTransport::configureTls()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_config.caCertificates.isEmpty())
        tls.addCaCertificates(m_config.caCertificates);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setAllowedNextProtocols({QByteArrayLiteral("imap")});
    m_socket.setSslConfiguration(tls);
    m_socket.setPeerVerifyName(m_config.host);
}

void SslTransport::connectToHost(const AccountConfig &config)
{
    m_config = config;
    m_open = true;
    configureTls();
    const QString address = config.connectAddress.isEmpty() ? config.host : config.connectAddress;
    if (config.security == AccountConfig::Security::Tls)
        m_socket.connectToHostEncrypted(address, config.port, config.host);
    else
        m_socket.connectToHost(address, config.port);
}

void SslTransport::startTls()
{
    if (m_failed)
        return;
    m_socket.setPeerVerifyName(m_config.host);
    m_socket.startClientEncryption();
}

void SslTransport::write(QByteArrayView bytes)
{
    if (!m_failed)
        m_socket.write(bytes.data(), bytes.size());
}

QByteArray SslTransport::readAll()
{
    return m_socket.readAll();
}

qint64 SslTransport::bytesAvailable() const
{
    return m_socket.bytesAvailable();
}

bool SslTransport::isEncrypted() const
{
    return m_socket.isEncrypted();
}

QList<QSslCertificate> SslTransport::peerCertificateChain() const
{
    return m_socket.peerCertificateChain();
}

void SslTransport::close()
{
    m_failed = true; // nothing more is reported after an explicit close
    m_open = false;
    m_silenceTimer.stop();
    dropProbe();
    m_socket.abort();
}

void SslTransport::onFirstPlaintextBytes()
{
    m_greetingSeen = true;
    m_silenceTimer.stop();
    dropProbe();
    if (m_failed)
        return;
    // Some TLS servers answer a silent client with an alert: bytes, but no greeting.
    if (SecurityMismatch::looksLikeTlsRecord(m_socket.peek(2)))
        failPortSpeaksTls();
}

void SslTransport::dropProbe()
{
    // Possibly called from inside the probe's own signal: it goes once that has returned.
    if (m_probe)
        m_probe.release()->deleteLater();
}

void SslTransport::probeSilentPort()
{
    if (m_failed || m_greetingSeen || m_probe)
        return;
    m_probe = std::make_unique<TlsProbe>();
    connect(m_probe.get(), &TlsProbe::speaksTls, this, [this] {
        if (!m_greetingSeen)
            failPortSpeaksTls();
    });
    m_probe->start(m_config);
}

void SslTransport::failPortSpeaksTls()
{
    ImapError error = ImapError::make(
        ErrorKind::TlsFailed,
        u"Port %1 of %2 expects a TLS handshake first (implicit TLS), not a plain IMAP greeting"_s
            .arg(m_config.port)
            .arg(m_config.host));
    error.portSpeaks = ImapError::PortProtocol::Tls;
    fail(error);
}

ImapError SslTransport::certificateError(ErrorKind kind, QString message,
                                         const QList<QSslError> &errors)
{
    ImapError error = ImapError::make(kind, std::move(message), describeSslErrors(errors));
    error.certificateProblems = certificateProblems(errors);
    if (kind == ErrorKind::TlsPinMismatch)
        error.certificateProblems.prepend(Problem::PinChanged);
    error.peerChain = m_socket.peerCertificateChain();
    QSslCertificate leaf = m_socket.peerCertificate();
    if (leaf.isNull() && !errors.isEmpty())
        leaf = errors.constFirst().certificate();
    if (error.peerChain.isEmpty() && !leaf.isNull())
        error.peerChain = {leaf};
    if (!leaf.isNull())
        error.fingerprintSha256 = leaf.digest(QCryptographicHash::Sha256);
    return error;
}

void SslTransport::onSslErrors(const QList<QSslError> &errors)
{
    if (m_failed)
        return;
    const QSslCertificate leaf = !m_socket.peerCertificate().isNull()
        ? m_socket.peerCertificate()
        : (errors.isEmpty() ? QSslCertificate() : errors.first().certificate());
    const QByteArray fingerprint =
        leaf.isNull() ? QByteArray() : leaf.digest(QCryptographicHash::Sha256);
    if (!m_config.pinnedSha256.isEmpty()) {
        if (!fingerprint.isEmpty() && fingerprint == m_config.pinnedSha256) {
            // The user accepted exactly this certificate for this account.
            m_socket.ignoreSslErrors(errors);
            return;
        }
        fail(certificateError(
            ErrorKind::TlsPinMismatch,
            u"The server's certificate for %1 changed since it was accepted"_s.arg(m_config.host),
            errors));
        return;
    }
    const QList<Problem> problems = certificateProblems(errors);
    fail(certificateError(
        ErrorKind::TlsUntrusted,
        untrustedMessage(problems.isEmpty() ? Problem::None : problems.first(), m_config.host),
        errors));
}

void SslTransport::onEncrypted()
{
    if (m_failed)
        return;
    const QByteArray fingerprint = m_socket.peerCertificate().digest(QCryptographicHash::Sha256);
    if (!m_config.pinnedSha256.isEmpty() && fingerprint != m_config.pinnedSha256) {
        fail(certificateError(
            ErrorKind::TlsPinMismatch,
            u"The server's certificate for %1 changed since it was accepted"_s.arg(m_config.host),
            {}));
        return;
    }
    const QByteArray alpn = m_socket.sslConfiguration().nextNegotiatedProtocol();
    if (!alpn.isEmpty() && alpn != "imap") {
        fail(ImapError::make(ErrorKind::TlsFailed,
                             u"The server negotiated another protocol over TLS"_s,
                             QString::fromLatin1(alpn.toPercentEncoding())));
        return;
    }
    Q_EMIT encrypted();
}

void SslTransport::onSocketError(QAbstractSocket::SocketError socketError)
{
    if (m_failed)
        return;
    const QString detail = m_socket.errorString();
    switch (socketError) {
    case QAbstractSocket::RemoteHostClosedError:
        if (m_socket.mode() == QSslSocket::UnencryptedMode || m_socket.isEncrypted())
            return; // disconnected() follows; the connection knows whether a BYE came first
        if (m_config.security == AccountConfig::Security::Tls
            && SecurityMismatch::isPlaintextPeerError(detail)) {
            failPortSpeaksPlainImap(detail);
            return;
        }
        fail(ImapError::make(ErrorKind::TlsFailed,
                             u"The server closed the connection during the TLS handshake"_s,
                             detail));
        return;
    case QAbstractSocket::HostNotFoundError:
        fail(ImapError::make(ErrorKind::HostNotFound, u"Host %1 not found"_s.arg(m_config.host),
                             detail));
        return;
    case QAbstractSocket::ConnectionRefusedError:
        fail(ImapError::make(
            ErrorKind::ConnectionRefused,
            u"%1 refused the connection on port %2"_s.arg(m_config.host).arg(m_config.port),
            detail));
        return;
    case QAbstractSocket::SocketTimeoutError:
        fail(ImapError::make(ErrorKind::Timeout, u"The connection timed out"_s, detail));
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        if (!m_socket.isEncrypted() && SecurityMismatch::isPlaintextPeerError(detail)) {
            failPortSpeaksPlainImap(detail);
            return;
        }
        fail(ImapError::make(ErrorKind::TlsFailed, u"The TLS handshake failed"_s, detail));
        return;
    default:
        fail(ImapError::make(ErrorKind::NetworkError, u"Network error"_s, detail));
        return;
    }
}

void SslTransport::failPortSpeaksPlainImap(const QString &detail)
{
    // After STARTTLS the port is known to speak IMAP: a broken handshake there is something else.
    const bool implicitTls = m_config.security == AccountConfig::Security::Tls;
    ImapError error = ImapError::make(
        ErrorKind::TlsFailed,
        implicitTls
            ? u"Port %1 of %2 speaks plain IMAP: it greets in plaintext instead of starting TLS"_s
                  .arg(m_config.port)
                  .arg(m_config.host)
            : u"The TLS handshake failed"_s,
        detail);
    if (implicitTls)
        error.portSpeaks = ImapError::PortProtocol::PlainImap;
    fail(error);
}

void SslTransport::fail(const ImapError &error)
{
    m_failed = true;
    m_open = false;
    m_silenceTimer.stop();
    dropProbe();
    m_socket.abort();
    Q_EMIT errorOccurred(error);
}

} // namespace ImapCore
