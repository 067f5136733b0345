// Connection + SslTransport against the private Dovecot: implicit TLS and STARTTLS logins, the
// server's own AuthFailed text, and the TLS trust matrix (untrusted CA with fingerprint and no
// byte written, pinning, pin changes, host name mismatch). Plan cases T2 and T7. A security that
// does not fit the port (TLS to the plain port, plain or STARTTLS to the TLS port) is TlsFailed
// saying what the port speaks, before any credential and well before the greeting timeout. With
// Dovecot's imap_zlib plugin installed the logins go on compressed (COMPRESS=DEFLATE).
#include "dovecotfixture.h"
#include "engine/connection.h"
#include "engine/ssltransport.h"
#include "recordingssltransport.h"
#include "tlslineserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 15000; // Dovecot delays a failed login by auth_failure_delay (2 s)
const QString kPassword = u"s3cret pass"_s;

} // namespace

class Tst_ConnectionDovecot : public QObject
{
    Q_OBJECT

private:
    AccountConfig config(AccountConfig::Security security, const QString &user) const;

    DovecotFixture m_server;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void login_data();
    void login();
    void wrongPasswordIsAuthFailedWithServerText();
    void tlsRejected_data();
    void tlsRejected();
    void pinnedCertificateWithoutCaTrust();
    void securityMismatch_data();
    void securityMismatch();
    void tlsAlertInsteadOfGreeting();
};

AccountConfig Tst_ConnectionDovecot::config(AccountConfig::Security security,
                                            const QString &user) const
{
    AccountConfig c;
    c.host = u"imap.test"_s;
    c.connectAddress = m_server.host();
    c.security = security;
    c.port = security == AccountConfig::Security::Tls ? m_server.imapsPort() : m_server.imapPort();
    c.user = user;
    c.caCertificates = {m_server.caCertificate()};
    c.greetingTimeoutMs = kWaitMs;
    c.commandTimeoutMs = kWaitMs;
    return c;
}

void Tst_ConnectionDovecot::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    for (const QString &user : {u"conn-tls"_s, u"conn-starttls"_s, u"conn-wrong"_s, u"conn-pin"_s,
                                u"conn-reject"_s, u"conn-port"_s}) {
        QVERIFY2(m_server.createUser(user, kPassword), qPrintable(m_server.errorString()));
    }
}

void Tst_ConnectionDovecot::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

void Tst_ConnectionDovecot::login_data()
{
    QTest::addColumn<int>("security");
    QTest::addColumn<QString>("user");
    QTest::newRow("implicit-tls") << int(AccountConfig::Security::Tls) << u"conn-tls"_s;
    QTest::newRow("starttls-plaintext-port")
        << int(AccountConfig::Security::StartTls) << u"conn-starttls"_s;
}

void Tst_ConnectionDovecot::login()
{
    QFETCH(int, security);
    QFETCH(QString, user);
    auto *transport = new RecordingSslTransport;
    Connection connection(config(AccountConfig::Security(security), user), transport);
    connection.setPassword(kPassword);
    QByteArray wire;
    connect(&connection, &Connection::wireLine, this,
            [&](Connection::Direction, const QByteArray &line) { wire += line; });
    QSignalSpy ready(&connection, &Connection::ready);
    QSignalSpy failed(&connection, &Connection::failed);
    connection.open();
    QVERIFY2(ready.wait(kWaitMs) || !ready.isEmpty(),
             failed.isEmpty()
                 ? "no outcome"
                 : qPrintable(failed.constFirst().constFirst().value<ImapError>().detail));
    QCOMPARE(connection.state(), Connection::State::Authenticated);
    QVERIFY(transport->isEncrypted());
    QVERIFY(connection.hasCapability("IDLE"));
    // Dovecot offers CONDSTORE and QRESYNC after login; both were enabled.
    QVERIFY(connection.enabledCapabilities().contains("QRESYNC"));
    QVERIFY(!wire.contains(kPassword.toUtf8()));
    // The SASL PLAIN payload, "\0user\0password", must not appear in base64 either.
    const QByteArray plainPayload = QByteArray(1, '\0') + user.toUtf8() + '\0' + kPassword.toUtf8();
    QVERIFY(!wire.contains(plainPayload.toBase64()));

    Connection::Reply reply;
    connection.send(connection.commandBuilder().examine(u"INBOX"_s),
                    [&](const Connection::Reply &r) { reply = r; });
    QTRY_VERIFY_WITH_TIMEOUT(!reply.tag.isEmpty() || reply.error.isError(), kWaitMs);
    QVERIFY(reply.isOk());
    QCOMPARE(connection.state(), Connection::State::Selected);

    // RFC 4978 with Dovecot's own zlib on the other end: what followed COMPRESS went deflated
    // both ways (the wire log keeps the plain lines), and Dovecot's answers shrank.
    QCOMPARE(connection.isCompressed(), DovecotFixture::offersCompression());
    if (connection.isCompressed()) {
        QVERIFY(wire.contains(" COMPRESS DEFLATE\r\n"));
        QVERIFY(wire.contains(" EXAMINE INBOX\r\n"));
        QVERIFY(!transport->written.contains("EXAMINE"));
        const DeflateStream::Counters counters = connection.compressionCounters();
        qInfo("after COMPRESS: received %lld bytes for %lld plain, sent %lld for %lld",
              qlonglong(counters.wireIn), qlonglong(counters.plainIn), qlonglong(counters.wireOut),
              qlonglong(counters.plainOut));
        QVERIFY(counters.wireIn > 0);
        QVERIFY(counters.wireIn < counters.plainIn);
    }

    QSignalSpy loggedOut(&connection, &Connection::loggedOut);
    connection.logout();
    QVERIFY(loggedOut.wait(kWaitMs) || !loggedOut.isEmpty());
    QCOMPARE(failed.size(), 0);
}

void Tst_ConnectionDovecot::wrongPasswordIsAuthFailedWithServerText()
{
    Connection connection(config(AccountConfig::Security::Tls, u"conn-wrong"_s), new SslTransport);
    connection.setPassword(u"not the password"_s);
    QSignalSpy failed(&connection, &Connection::failed);
    connection.open();
    QVERIFY(failed.wait(kWaitMs));
    const ImapError error = failed.constFirst().constFirst().value<ImapError>();
    QCOMPARE(error.kind, ErrorKind::AuthFailed);
    QCOMPARE(error.detail, u"Authentication failed."_s);
}

void Tst_ConnectionDovecot::tlsRejected_data()
{
    QTest::addColumn<int>("security");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<bool>("wrongPin");
    QTest::addColumn<int>("expected");

    const int tls = int(AccountConfig::Security::Tls);
    const int starttls = int(AccountConfig::Security::StartTls);
    QTest::newRow("untrusted-ca") << tls << u"imap.test"_s << false << false
                                  << int(ErrorKind::TlsUntrusted);
    QTest::newRow("untrusted-ca-starttls")
        << starttls << u"imap.test"_s << false << false << int(ErrorKind::TlsUntrusted);
    QTest::newRow("hostname-mismatch-other.test")
        << tls << u"other.test"_s << true << false << int(ErrorKind::TlsUntrusted);
    QTest::newRow("hostname-mismatch-other.test-starttls")
        << starttls << u"other.test"_s << true << false << int(ErrorKind::TlsUntrusted);
    QTest::newRow("changed-pin-untrusted")
        << tls << u"imap.test"_s << false << true << int(ErrorKind::TlsPinMismatch);
    QTest::newRow("changed-pin-even-if-ca-trusted")
        << tls << u"imap.test"_s << true << true << int(ErrorKind::TlsPinMismatch);
}

void Tst_ConnectionDovecot::tlsRejected()
{
    QFETCH(int, security);
    QFETCH(QString, host);
    QFETCH(bool, trustCa);
    QFETCH(bool, wrongPin);
    QFETCH(int, expected);

    AccountConfig c = config(AccountConfig::Security(security), u"conn-reject"_s);
    c.host = host;
    if (!trustCa)
        c.caCertificates.clear();
    if (wrongPin)
        c.pinnedSha256 = QByteArray(32, '\xab');
    auto *transport = new RecordingSslTransport;
    Connection connection(c, transport);
    connection.setPassword(kPassword);
    QSignalSpy failed(&connection, &Connection::failed);
    connection.open();
    QVERIFY(failed.wait(kWaitMs));
    const ImapError error = failed.constFirst().constFirst().value<ImapError>();
    QCOMPARE(error.kind, ErrorKind(expected));
    QCOMPARE(error.fingerprintSha256, m_server.serverCertificateSha256());
    QVERIFY(!error.peerChain.isEmpty());
    QCOMPARE(error.peerChain.constFirst(), m_server.serverCertificate());
    QCOMPARE(error.fingerprintText().size(), 32 * 3 - 1);
    // Nothing after the TLS failure: no credential, and over implicit TLS no byte at all.
    QVERIFY(!transport->written.contains("AUTHENTICATE"));
    QVERIFY(!transport->written.contains("LOGIN"));
    if (security == int(AccountConfig::Security::Tls))
        QCOMPARE(transport->written, QByteArray());
    else
        QCOMPARE(transport->written, QByteArray("A0001 STARTTLS\r\n"));
}

void Tst_ConnectionDovecot::pinnedCertificateWithoutCaTrust()
{
    AccountConfig c = config(AccountConfig::Security::Tls, u"conn-pin"_s);
    c.caCertificates.clear();
    c.pinnedSha256 = m_server.serverCertificateSha256();
    Connection connection(c, new SslTransport);
    connection.setPassword(kPassword);
    QSignalSpy ready(&connection, &Connection::ready);
    QSignalSpy failed(&connection, &Connection::failed);
    connection.open();
    QVERIFY(ready.wait(kWaitMs) || !ready.isEmpty());
    QCOMPARE(failed.size(), 0);
    QCOMPARE(connection.state(), Connection::State::Authenticated);
}

void Tst_ConnectionDovecot::securityMismatch_data()
{
    QTest::addColumn<int>("security");
    QTest::addColumn<bool>("tlsPort"); // imapsPort, else the plain imapPort
    QTest::addColumn<int>("speaks");

    const int tls = int(AccountConfig::Security::Tls);
    const int starttls = int(AccountConfig::Security::StartTls);
    const int plain = int(AccountConfig::Security::Plain);
    QTest::newRow("tls-to-plain-port") << tls << false << int(ImapError::PortProtocol::PlainImap);
    QTest::newRow("starttls-to-tls-port") << starttls << true << int(ImapError::PortProtocol::Tls);
    QTest::newRow("plain-to-tls-port") << plain << true << int(ImapError::PortProtocol::Tls);
    // The right choices say nothing of the kind.
    QTest::newRow("tls-to-tls-port") << tls << true << int(ImapError::PortProtocol::Unknown);
    QTest::newRow("starttls-to-plain-port")
        << starttls << false << int(ImapError::PortProtocol::Unknown);
}

void Tst_ConnectionDovecot::securityMismatch()
{
    QFETCH(int, security);
    QFETCH(bool, tlsPort);
    QFETCH(int, speaks);

    AccountConfig c = config(AccountConfig::Security(security), u"conn-port"_s);
    c.port = tlsPort ? m_server.imapsPort() : m_server.imapPort();
    c.greetingTimeoutMs = 60'000;
    auto *transport = new RecordingSslTransport;
    Connection connection(c, transport);
    connection.setPassword(kPassword);
    QSignalSpy ready(&connection, &Connection::ready);
    QSignalSpy failed(&connection, &Connection::failed);
    QElapsedTimer timer;
    timer.start();
    connection.open();
    if (speaks == int(ImapError::PortProtocol::Unknown)) {
        QVERIFY(ready.wait(kWaitMs) || !ready.isEmpty());
        QCOMPARE(failed.size(), 0);
        return;
    }
    QVERIFY(failed.wait(kWaitMs));
    const ImapError error = failed.constFirst().constFirst().value<ImapError>();
    QCOMPARE(error.kind, ErrorKind::TlsFailed);
    QCOMPARE(int(error.portSpeaks), speaks);
    QVERIFY2(error.message.contains(QString::number(c.port)), qPrintable(error.message));
    QVERIFY(!transport->written.contains("LOGIN"));
    QVERIFY(!transport->written.contains("AUTHENTICATE"));
    QVERIFY2(timer.elapsed() < kWaitMs, qPrintable(QString::number(timer.elapsed())));
}

void Tst_ConnectionDovecot::tlsAlertInsteadOfGreeting()
{
    // A TLS server that answers a silent client with an alert record: TLS bytes, no greeting.
    TlsLineServer server;
    QVERIFY2(server.listen({}, {}, QByteArray("\x15\x03\x03\x00\x02\x02\x32", 7)),
             qPrintable(server.errorString()));
    AccountConfig c = config(AccountConfig::Security::StartTls, u"conn-port"_s);
    c.port = server.port();
    Connection connection(c, new SslTransport);
    connection.setPassword(kPassword);
    QSignalSpy failed(&connection, &Connection::failed);
    connection.open();
    QVERIFY(failed.wait(kWaitMs));
    const ImapError error = failed.constFirst().constFirst().value<ImapError>();
    QCOMPARE(error.kind, ErrorKind::TlsFailed);
    QCOMPARE(error.portSpeaks, ImapError::PortProtocol::Tls);
}

QTEST_GUILESS_MAIN(Tst_ConnectionDovecot)
#include "tst_connection_dovecot.moc"
