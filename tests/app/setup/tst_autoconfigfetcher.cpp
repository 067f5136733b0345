// Mozilla autoconfig over real HTTPS: a local QSslServer with a per-run CA, the fetcher's host
// mapping sending autoconfig.<domain> and <domain> there while TLS still verifies those names.
#include "autoconfigfetcher.h"
#include "autoconfigserver.h"
#include "testpki.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using Security = ImapCore::AccountConfig::Security;
using Route = AutoconfigServer::Route;

namespace {

const QStringList domains = {
    QStringLiteral("good.test"),       QStringLiteral("wellknown.test"),
    QStringLiteral("malformed.test"),  QStringLiteral("huge.test"),
    QStringLiteral("plain.test"),      QStringLiteral("redirect.test"),
    QStringLiteral("hop.test"),        QStringLiteral("slow.test"),
    QStringLiteral("hugestream.test"), QStringLiteral("loop.test"),
};

const QString ispPath = QStringLiteral("/mail/config-v1.1.xml");
const QString wellKnownPath = QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml");

QByteArray config(const QByteArray &host, const QByteArray &socketType, const QByteArray &port)
{
    return "<?xml version=\"1.0\"?><clientConfig version=\"1.1\"><emailProvider id=\"x\">"
           "<incomingServer type=\"imap\"><hostname>"
        + host + "</hostname><port>" + port + "</port><socketType>" + socketType
        + "</socketType><username>%EMAILLOCALPART%</username>"
          "<authentication>password-cleartext</authentication></incomingServer>"
          "</emailProvider></clientConfig>";
}

Route ok(const QByteArray &body)
{
    Route route;
    route.body = body;
    return route;
}

Route redirect(const QByteArray &location)
{
    Route route;
    route.status = 302;
    route.location = location;
    return route;
}

} // namespace

class TestAutoconfigFetcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void urls();
    void ispUrlFirst();
    void wellKnownWhenIspHasNone();
    void malformedXml();
    void oversizedBody();
    void oversizedBodyWithoutLength();
    void redirectLoopEnds();
    void plaintextOnlyRefused();
    void redirectToHttpRefused();
    void httpsRedirectFollowed();
    void timeout();
    void untrustedCertificate();

private:
    DetectionOutcome fetch(const QString &address, bool trustCa = true, int timeoutMs = 20000);

    QTemporaryDir m_dir;
    TestPki m_pki;
    AutoconfigServer m_server;
};

void TestAutoconfigFetcher::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStringList names;
    for (const QString &domain : domains)
        names << QStringLiteral("DNS:") + domain << QStringLiteral("DNS:autoconfig.") + domain;
    QVERIFY2(m_pki.generate(m_dir.path(), names), qPrintable(m_pki.errorString()));
    QFile keyFile(m_pki.serverKeyPath());
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey key(&keyFile, QSsl::Ec);
    QVERIFY(!key.isNull());
    QVERIFY(m_server.listen(m_pki.serverCertificate(), key));

    m_server.route(QStringLiteral("autoconfig.good.test"), ispPath,
                   ok(config("imap.good.test", "SSL", "993")));
    m_server.route(QStringLiteral("wellknown.test"), wellKnownPath,
                   ok(config("mail.wellknown.test", "STARTTLS", "143")));
    const Route malformed = ok("<clientConfig><emailProvider><incomingServer type=\"imap\">"
                               "<hostname>x</port></clientConfig>");
    m_server.route(QStringLiteral("autoconfig.malformed.test"), ispPath, malformed);
    m_server.route(QStringLiteral("malformed.test"), wellKnownPath, malformed);
    QByteArray huge = config("imap.huge.test", "SSL", "993");
    huge.insert(huge.indexOf("<emailProvider"),
                "<!-- " + QByteArray(AutoconfigFetcher::maxDocumentBytes, 'x') + " -->");
    m_server.route(QStringLiteral("autoconfig.huge.test"), ispPath, ok(huge));
    Route hugeStream = ok(huge);
    hugeStream.omitLength = true;
    m_server.route(QStringLiteral("autoconfig.hugestream.test"), ispPath, hugeStream);
    m_server.route(QStringLiteral("autoconfig.loop.test"), ispPath,
                   redirect("https://autoconfig.loop.test/mail/config-v1.1.xml?again"));
    m_server.route(QStringLiteral("autoconfig.plain.test"), ispPath,
                   ok(config("imap.plain.test", "plain", "143")));
    m_server.route(QStringLiteral("autoconfig.redirect.test"), ispPath,
                   redirect("http://autoconfig.redirect.test/mail/config-v1.1.xml"));
    m_server.route(QStringLiteral("autoconfig.hop.test"), ispPath, redirect("/moved/config.xml"));
    m_server.route(QStringLiteral("autoconfig.hop.test"), QStringLiteral("/moved/config.xml"),
                   ok(config("imap.hop.test", "SSL", "993")));
    Route hang;
    hang.hang = true;
    m_server.route(QStringLiteral("autoconfig.slow.test"), ispPath, hang);
    m_server.route(QStringLiteral("slow.test"), wellKnownPath, hang);
}

DetectionOutcome TestAutoconfigFetcher::fetch(const QString &address, bool trustCa, int timeoutMs)
{
    AutoconfigFetcher fetcher;
    for (const QString &domain : domains) {
        fetcher.mapHost(domain, QStringLiteral("127.0.0.1"), m_server.port());
        fetcher.mapHost(QStringLiteral("autoconfig.") + domain, QStringLiteral("127.0.0.1"),
                        m_server.port());
    }
    if (trustCa)
        fetcher.addCaCertificates({m_pki.caCertificate()});
    fetcher.setTimeout(timeoutMs);
    QSignalSpy finished(&fetcher, &AutoconfigFetcher::finished);
    fetcher.start(*EmailAddress::parse(address));
    if (!finished.wait(2 * timeoutMs + 30000))
        return {};
    QTest::qWait(0);
    if (finished.size() != 1)
        return {};
    return finished.first().first().value<DetectionOutcome>();
}

void TestAutoconfigFetcher::urls()
{
    const QList<QUrl> urls =
        AutoconfigFetcher::urlsFor(*EmailAddress::parse(u"Jane+x@Bücher.example"));
    QCOMPARE(urls.size(), 2);
    QCOMPARE(urls.at(0).toString(QUrl::FullyEncoded),
             QStringLiteral("https://autoconfig.xn--bcher-kva.example/mail/config-v1.1.xml"
                            "?emailaddress=Jane%2Bx%40b%C3%BCcher.example"));
    QCOMPARE(urls.at(1).toString(QUrl::FullyEncoded),
             QStringLiteral("https://xn--bcher-kva.example/.well-known/autoconfig/mail/"
                            "config-v1.1.xml"));
}

void TestAutoconfigFetcher::ispUrlFirst()
{
    const qsizetype before = m_server.requests().size();
    const DetectionOutcome outcome = fetch(QStringLiteral("jane@good.test"));
    QCOMPARE(outcome.candidates.size(), 1);
    const DetectedAccount &found = outcome.candidates.first();
    QCOMPARE(found.source, DetectedAccount::Source::Autoconfig);
    QCOMPARE(found.connection.host, QStringLiteral("imap.good.test"));
    QCOMPARE(found.connection.port, quint16(993));
    QCOMPARE(found.connection.security, Security::Tls);
    QCOMPARE(found.connection.user, QStringLiteral("jane"));
    QVERIFY(found.origin.contains(QStringLiteral("https://autoconfig.good.test/")));
    // The ISP URL answered: the well-known one was not asked.
    const QStringList asked = m_server.requests().mid(before);
    QCOMPARE(asked,
             QStringList {QStringLiteral(
                 "autoconfig.good.test /mail/config-v1.1.xml?emailaddress=jane%40good.test")});
}

void TestAutoconfigFetcher::wellKnownWhenIspHasNone()
{
    const DetectionOutcome outcome = fetch(QStringLiteral("jane@wellknown.test"));
    QCOMPARE(outcome.candidates.size(), 1);
    QCOMPARE(outcome.candidates.first().connection.host, QStringLiteral("mail.wellknown.test"));
    QCOMPARE(outcome.candidates.first().connection.security, Security::StartTls);
    QVERIFY(outcome.candidates.first().origin.contains(wellKnownPath));
    // The ISP URL's 404 is on record.
    QVERIFY(outcome.tried.join(u'\n').contains(QStringLiteral("autoconfig.wellknown.test")));
}

void TestAutoconfigFetcher::malformedXml()
{
    const DetectionOutcome outcome = fetch(QStringLiteral("jane@malformed.test"));
    QVERIFY(outcome.candidates.isEmpty());
    QCOMPARE(outcome.tried.size(), 2);
    for (const QString &line : outcome.tried)
        QVERIFY2(line.contains(QStringLiteral("not valid XML (line 1")), qPrintable(line));
}

void TestAutoconfigFetcher::oversizedBody()
{
    const DetectionOutcome outcome = fetch(QStringLiteral("jane@huge.test"));
    QVERIFY(outcome.candidates.isEmpty());
    QVERIFY2(outcome.tried.first().contains(QStringLiteral("larger than 64 KiB")),
             qPrintable(outcome.tried.join(u'\n')));
}

void TestAutoconfigFetcher::oversizedBodyWithoutLength()
{
    // No Content-Length to refuse up front: the bound holds while the body streams in.
    const DetectionOutcome outcome = fetch(QStringLiteral("jane@hugestream.test"));
    QVERIFY(outcome.candidates.isEmpty());
    QVERIFY2(outcome.tried.first().contains(QStringLiteral("larger than 64 KiB")),
             qPrintable(outcome.tried.join(u'\n')));
}

void TestAutoconfigFetcher::redirectLoopEnds()
{
    const qsizetype before = m_server.requests().size();
    const DetectionOutcome outcome = fetch(QStringLiteral("jane@loop.test"));
    QVERIFY(outcome.candidates.isEmpty());
    QVERIFY2(outcome.tried.first().contains(QStringLiteral("more than 3 redirects")),
             qPrintable(outcome.tried.join(u'\n')));
    // The first request and three redirects followed, then the well-known URL.
    QCOMPARE(m_server.requests().size() - before, 1 + AutoconfigFetcher::maxRedirects + 1);
}

void TestAutoconfigFetcher::plaintextOnlyRefused()
{
    const DetectionOutcome outcome = fetch(QStringLiteral("jane@plain.test"));
    QVERIFY(outcome.candidates.isEmpty());
    QVERIFY2(outcome.tried.join(u'\n').contains(
                 QStringLiteral("imap.plain.test:143 is offered without encryption (refused)")),
             qPrintable(outcome.tried.join(u'\n')));
}

void TestAutoconfigFetcher::redirectToHttpRefused()
{
    const qsizetype before = m_server.requests().size();
    const DetectionOutcome outcome = fetch(QStringLiteral("jane@redirect.test"));
    QVERIFY(outcome.candidates.isEmpty());
    QVERIFY2(outcome.tried.join(u'\n').contains(QStringLiteral(
                 "refused a redirect to http://autoconfig.redirect.test/mail/config-v1.1.xml")),
             qPrintable(outcome.tried.join(u'\n')));
    // Only the two HTTPS requests reached a server (the redirect, then the well-known 404).
    QCOMPARE(m_server.requests().size() - before, 2);
}

void TestAutoconfigFetcher::httpsRedirectFollowed()
{
    const DetectionOutcome outcome = fetch(QStringLiteral("jane@hop.test"));
    QVERIFY2(outcome.candidates.size() == 1, qPrintable(outcome.tried.join(u'\n')));
    QCOMPARE(outcome.candidates.first().connection.host, QStringLiteral("imap.hop.test"));
    QVERIFY(outcome.candidates.first().origin.contains(QStringLiteral("/moved/config.xml")));
}

void TestAutoconfigFetcher::timeout()
{
    const DetectionOutcome outcome = fetch(QStringLiteral("jane@slow.test"), true, 1500);
    QVERIFY(outcome.candidates.isEmpty());
    QCOMPARE(outcome.tried.size(), 2);
    for (const QString &line : outcome.tried)
        QVERIFY2(line.contains(QStringLiteral("no answer within 1.5 seconds")), qPrintable(line));
}

void TestAutoconfigFetcher::untrustedCertificate()
{
    // Without the test CA, the server's certificate is not trusted: no answer is used.
    const qsizetype before = m_server.requests().size();
    const DetectionOutcome outcome = fetch(QStringLiteral("jane@good.test"), false);
    QVERIFY(outcome.candidates.isEmpty());
    QCOMPARE(outcome.tried.size(), 2);
    QCOMPARE(m_server.requests().size(), before);
}

QTEST_GUILESS_MAIN(TestAutoconfigFetcher)
#include "tst_autoconfigfetcher.moc"
