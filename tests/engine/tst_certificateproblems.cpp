// Connection + SslTransport against a TLS server presenting certificates made per run that fail
// for one reason each: the error's kind, its certificateProblems (data from the TLS library's
// verdict, not from its text), the English message naming the reason, the SHA-256 fingerprint
// of the presented certificate, and not a byte written by the client.
#include "certificatecases.h"
#include "engine/connection.h"
#include "engine/ssltransport.h"
#include "recordingssltransport.h"
#include "tlslineserver.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;
using Case = CertificateCases::Case;
using Problem = ImapError::CertificateProblem;

namespace {

constexpr int kWaitMs = 15000;

} // namespace

class Tst_CertificateProblems : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CertificateCases m_certificates;

private slots:
    void initTestCase();
    void rejected_data();
    void rejected();
};

void Tst_CertificateProblems::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_certificates.generate(m_dir.path()), qPrintable(m_certificates.errorString()));
}

void Tst_CertificateProblems::rejected_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<bool>("wrongPin");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("problem"); // the first (most telling) one
    QTest::addColumn<QString>("message");

    const int untrusted = int(ErrorKind::TlsUntrusted);
    QTest::newRow("expired") << int(Case::Expired) << true << false << untrusted
                             << int(Problem::Expired)
                             << u"The server's certificate for imap.test has expired"_s;
    QTest::newRow("not-yet-valid")
        << int(Case::NotYetValid) << true << false << untrusted << int(Problem::NotYetValid)
        << u"The server's certificate for imap.test is not valid yet"_s;
    QTest::newRow("host-mismatch")
        << int(Case::WrongName) << true << false << untrusted << int(Problem::HostNameMismatch)
        << u"The server's certificate is not valid for imap.test (host name mismatch)"_s;
    QTest::newRow("unknown-issuer")
        << int(Case::Valid) << false << false << untrusted << int(Problem::UnknownIssuer)
        << u"The server's certificate for imap.test was issued by an unknown authority"_s;
    QTest::newRow("self-signed") << int(Case::SelfSigned) << true << false << untrusted
                                 << int(Problem::SelfSigned)
                                 << u"The server's certificate for imap.test is self-signed"_s;
    QTest::newRow("pin-changed")
        << int(Case::Valid) << true << true << int(ErrorKind::TlsPinMismatch)
        << int(Problem::PinChanged)
        << u"The server's certificate for imap.test changed since it was accepted"_s;
}

void Tst_CertificateProblems::rejected()
{
    QFETCH(int, which);
    QFETCH(bool, trustCa);
    QFETCH(bool, wrongPin);
    QFETCH(int, kind);
    QFETCH(int, problem);
    QFETCH(QString, message);

    TlsLineServer server;
    QVERIFY2(server.listen(m_certificates.certificatePath(Case(which)), m_certificates.keyPath(),
                           "* OK ready\r\n"),
             qPrintable(server.errorString()));
    AccountConfig config;
    config.host = u"imap.test"_s;
    config.connectAddress = u"127.0.0.1"_s;
    config.port = server.port();
    config.security = AccountConfig::Security::Tls;
    config.user = u"alice"_s;
    config.greetingTimeoutMs = kWaitMs;
    if (trustCa)
        config.caCertificates = QSslCertificate::fromPath(m_certificates.caCertificatePath());
    if (wrongPin)
        config.pinnedSha256 = QByteArray(32, '\xab');
    auto *transport = new RecordingSslTransport;
    Connection connection(config, transport);
    connection.setPassword(u"secret"_s);
    QSignalSpy failed(&connection, &Connection::failed);
    connection.open();
    QVERIFY(failed.wait(kWaitMs) || !failed.isEmpty());
    const ImapError error = failed.constFirst().constFirst().value<ImapError>();
    QCOMPARE(error.kind, ErrorKind(kind));
    QVERIFY2(!error.certificateProblems.isEmpty(), qPrintable(error.detail));
    QCOMPARE(error.certificateProblem(), Problem(problem));
    QCOMPARE(error.message, message);
    QCOMPARE(error.fingerprintSha256, m_certificates.sha256(Case(which)));
    QVERIFY(!error.fingerprintSha256.isEmpty());
    QCOMPARE(transport->written, QByteArray());
}

QTEST_GUILESS_MAIN(Tst_CertificateProblems)
#include "tst_certificateproblems.moc"
