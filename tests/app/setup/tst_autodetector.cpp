// Autodetector end to end: the provider table, a real DNS server (dnsmasq) with SRV records and a
// real HTTPS autoconfig server, and the deterministic preference among their answers.
#include "autoconfigserver.h"
#include "autodetector.h"
#include "dnsmasqserver.h"
#include "requiretool.h"
#include "testpki.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using Security = ImapCore::AccountConfig::Security;
using Source = DetectedAccount::Source;
using Srv = DnsmasqServer::SrvRecord;

namespace {

const QStringList domains = {
    QStringLiteral("srvfirst.test"),  QStringLiteral("tlswins.test"),
    QStringLiteral("aconly.test"),    QStringLiteral("srvstarttls.test"),
    QStringLiteral("none.test"),      QStringLiteral("plainonly.test"),
    QStringLiteral("srvfast.test"),   QStringLiteral("workspace.test"),
    QStringLiteral("m365.test"),      QStringLiteral("elsewhere.test"),
    QStringLiteral("acbeatsmx.test"),
};

const QString ispPath = QStringLiteral("/mail/config-v1.1.xml");

QByteArray config(const QByteArray &host, const QByteArray &socketType, const QByteArray &port)
{
    return "<clientConfig version=\"1.1\"><emailProvider id=\"x\">"
           "<displayName>Autoconfig Mail</displayName><incomingServer type=\"imap\"><hostname>"
        + host + "</hostname><port>" + port + "</port><socketType>" + socketType
        + "</socketType><username>%EMAILADDRESS%</username></incomingServer>"
          "</emailProvider></clientConfig>";
}

AutoconfigServer::Route ok(const QByteArray &body)
{
    AutoconfigServer::Route route;
    route.body = body;
    return route;
}

} // namespace

class TestAutodetector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void invalidAddress();
    void providerTableNeedsNoNetwork();
    void srvTlsPreferredOverAutoconfig();
    void srvTlsNeedsNoWaitForAutoconfig();
    void tlsFromAutoconfigBeatsStartTlsFromSrv();
    void autoconfigWhenNoSrv();
    void startTlsWhenThatIsAll();
    void hostedDomainByMailExchanger_data();
    void hostedDomainByMailExchanger();
    void autoconfigTlsBeatsMailExchanger();
    void notFoundSaysWhatWasTried();
    void unknownMailExchanger();
    void plaintextNeverSuggested();
    void restartAbandonsTheRunningDetection();

private:
    void requireNetworkSources();
    void configure(Autodetector &detector, int autoconfigTimeoutMs = 20000);
    Autodetector::Result detect(const QString &address, QList<Autodetector::Step> *steps = nullptr);

    QString m_dnsUnavailable;
    DnsmasqServer m_dns;
    QTemporaryDir m_dir;
    TestPki m_pki;
    AutoconfigServer m_server;
};

void TestAutodetector::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStringList names;
    for (const QString &domain : domains)
        names << QStringLiteral("DNS:") + domain << QStringLiteral("DNS:autoconfig.") + domain;
    QVERIFY2(m_pki.generate(m_dir.path(), names), qPrintable(m_pki.errorString()));
    QFile keyFile(m_pki.serverKeyPath());
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QVERIFY(m_server.listen(m_pki.serverCertificate(), QSslKey(&keyFile, QSsl::Ec)));

    m_server.route(QStringLiteral("autoconfig.srvfirst.test"), ispPath,
                   ok(config("imap.autoconfig.srvfirst.test", "SSL", "993")));
    m_server.route(QStringLiteral("autoconfig.tlswins.test"), ispPath,
                   ok(config("imap.tlswins.test", "SSL", "993")));
    m_server.route(QStringLiteral("autoconfig.aconly.test"), ispPath,
                   ok(config("mail.aconly.test", "STARTTLS", "143")));
    m_server.route(QStringLiteral("autoconfig.acbeatsmx.test"), ispPath,
                   ok(config("imap.acbeatsmx.test", "SSL", "993")));
    m_server.route(QStringLiteral("autoconfig.plainonly.test"), ispPath,
                   ok(config("mail.plainonly.test", "plain", "143")));
    AutoconfigServer::Route hang;
    hang.hang = true;
    m_server.route(QStringLiteral("autoconfig.srvfast.test"), ispPath, hang);

    m_dnsUnavailable = DnsmasqServer::unavailableReason();
    if (!m_dnsUnavailable.isEmpty())
        return;
    const QList<Srv> records = {
        {QStringLiteral("_imaps._tcp.srvfirst.test"), QStringLiteral("imaps.srvfirst.test"), 993, 0,
         0},
        {QStringLiteral("_imaps._tcp.srvfast.test"), QStringLiteral("imaps.srvfast.test"), 993, 0,
         0},
        {QStringLiteral("_imap._tcp.tlswins.test"), QStringLiteral("imap.srv.tlswins.test"), 143, 0,
         0},
        {QStringLiteral("_imap._tcp.srvstarttls.test"), QStringLiteral("mail.srvstarttls.test"),
         143, 0, 0},
    };
    const QStringList mailExchangers = {
        QStringLiteral("--mx-host=workspace.test,alt1.aspmx.l.google.com,5"),
        QStringLiteral("--mx-host=workspace.test,aspmx.l.google.com,1"),
        QStringLiteral("--mx-host=m365.test,m365-test.mail.protection.outlook.com,0"),
        QStringLiteral("--mx-host=elsewhere.test,mx.elsewhere.test,10"),
        QStringLiteral("--mx-host=acbeatsmx.test,aspmx.l.google.com,1"),
    };
    QVERIFY2(m_dns.start(records, mailExchangers), qPrintable(m_dns.errorString()));
}

void TestAutodetector::requireNetworkSources()
{
    MAILBELL_REQUIRE_TOOL(DnsmasqServer::missingTool());
    if (!m_dnsUnavailable.isEmpty())
        QSKIP(qPrintable(QStringLiteral("cannot run a local DNS server: ") + m_dnsUnavailable));
}

void TestAutodetector::configure(Autodetector &detector, int autoconfigTimeoutMs)
{
    // Never the system's DNS in a test.
    const QHostAddress nameserver = m_dnsUnavailable.isEmpty()
        ? m_dns.address()
        : QHostAddress(QStringLiteral("127.53.255.254"));
    detector.srvDiscovery()->setNameserver(nameserver);
    detector.srvDiscovery()->setTimeout(20000);
    detector.mxDiscovery()->setNameserver(nameserver);
    detector.mxDiscovery()->setTimeout(20000);
    AutoconfigFetcher *fetcher = detector.autoconfigFetcher();
    for (const QString &domain : domains) {
        fetcher->mapHost(domain, QStringLiteral("127.0.0.1"), m_server.port());
        fetcher->mapHost(QStringLiteral("autoconfig.") + domain, QStringLiteral("127.0.0.1"),
                         m_server.port());
    }
    fetcher->addCaCertificates({m_pki.caCertificate()});
    fetcher->setTimeout(autoconfigTimeoutMs);
}

Autodetector::Result TestAutodetector::detect(const QString &address,
                                              QList<Autodetector::Step> *steps)
{
    Autodetector detector;
    configure(detector);
    QSignalSpy progress(&detector, &Autodetector::progress);
    QSignalSpy finished(&detector, &Autodetector::finished);
    detector.start(address);
    // Never from inside start(): the dialog may connect after calling it.
    if (!finished.isEmpty() || !finished.wait(90000))
        return {};
    QTest::qWait(0);
    if (finished.size() != 1 || detector.isRunning())
        return {};
    if (steps) {
        for (const QList<QVariant> &signal : std::as_const(progress)) {
            steps->append(signal.first().value<Autodetector::Step>());
            if (signal.at(1).toString().isEmpty())
                return {};
        }
    }
    return finished.first().first().value<Autodetector::Result>();
}

void TestAutodetector::invalidAddress()
{
    const Autodetector::Result result = detect(QStringLiteral("not an address"));
    QVERIFY(!result.account);
    QVERIFY2(result.error.contains(QStringLiteral("\"not an address\" is not an email address")),
             qPrintable(result.error));
}

void TestAutodetector::providerTableNeedsNoNetwork()
{
    const qsizetype before = m_server.requests().size();
    QList<Autodetector::Step> steps;
    const Autodetector::Result result = detect(QStringLiteral("jane@gmail.com"), &steps);
    QVERIFY(result.account);
    QCOMPARE(result.account->source, Source::ProviderTable);
    QCOMPARE(result.account->connection.host, QStringLiteral("imap.gmail.com"));
    QCOMPARE(result.account->idleRenewalMs, 9 * 60 * 1000);
    QVERIFY(!result.account->hint.isEmpty());
    QCOMPARE(steps, QList<Autodetector::Step> {Autodetector::Step::ProviderTable});
    QCOMPARE(m_server.requests().size(), before);
}

void TestAutodetector::srvTlsPreferredOverAutoconfig()
{
    requireNetworkSources();
    QList<Autodetector::Step> steps;
    const Autodetector::Result result = detect(QStringLiteral("jane@srvfirst.test"), &steps);
    QVERIFY(result.account);
    QCOMPARE(result.account->source, Source::DnsSrv);
    QCOMPARE(result.account->connection.host, QStringLiteral("imaps.srvfirst.test"));
    QCOMPARE(result.account->connection.security, Security::Tls);
    QCOMPARE(result.account->connection.user, QStringLiteral("jane@srvfirst.test"));
    QVERIFY(result.account->hint.contains(QStringLiteral("imaps.srvfirst.test")));
    QCOMPARE(steps,
             (QList<Autodetector::Step> {Autodetector::Step::ProviderTable,
                                         Autodetector::Step::DnsSrv, Autodetector::Step::Autoconfig,
                                         Autodetector::Step::MailExchanger}));
}

void TestAutodetector::srvTlsNeedsNoWaitForAutoconfig()
{
    requireNetworkSources();
    // Autoconfig never answers and would wait ten minutes: a TLS answer from SRV is final.
    Autodetector detector;
    configure(detector, 10 * 60 * 1000);
    QSignalSpy finished(&detector, &Autodetector::finished);
    detector.start(QStringLiteral("jane@srvfast.test"));
    QVERIFY(finished.wait(90000));
    const auto result = finished.first().first().value<Autodetector::Result>();
    QVERIFY(result.account);
    QCOMPARE(result.account->source, Source::DnsSrv);
    QCOMPARE(result.account->connection.host, QStringLiteral("imaps.srvfast.test"));
    QVERIFY(!detector.isRunning());
    QVERIFY(!detector.autoconfigFetcher()->isRunning());
}

void TestAutodetector::tlsFromAutoconfigBeatsStartTlsFromSrv()
{
    requireNetworkSources();
    const Autodetector::Result result = detect(QStringLiteral("jane@tlswins.test"));
    QVERIFY(result.account);
    QCOMPARE(result.account->source, Source::Autoconfig);
    QCOMPARE(result.account->connection.host, QStringLiteral("imap.tlswins.test"));
    QCOMPARE(result.account->connection.security, Security::Tls);
    QCOMPARE(result.account->providerName, QStringLiteral("Autoconfig Mail"));
}

void TestAutodetector::autoconfigWhenNoSrv()
{
    requireNetworkSources();
    const Autodetector::Result result = detect(QStringLiteral("jane@aconly.test"));
    QVERIFY(result.account);
    QCOMPARE(result.account->source, Source::Autoconfig);
    QCOMPARE(result.account->connection.host, QStringLiteral("mail.aconly.test"));
    QCOMPARE(result.account->connection.port, quint16(143));
    QCOMPARE(result.account->connection.security, Security::StartTls);
    QVERIFY(result.account->hint.contains(QStringLiteral("only STARTTLS")));
}

void TestAutodetector::startTlsWhenThatIsAll()
{
    requireNetworkSources();
    const Autodetector::Result result = detect(QStringLiteral("jane@srvstarttls.test"));
    QVERIFY(result.account);
    QCOMPARE(result.account->source, Source::DnsSrv);
    QCOMPARE(result.account->connection.host, QStringLiteral("mail.srvstarttls.test"));
    QCOMPARE(result.account->connection.security, Security::StartTls);
    QVERIFY(result.account->hint.contains(QStringLiteral("only STARTTLS")));
}

void TestAutodetector::hostedDomainByMailExchanger_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("oauthProvider");
    QTest::newRow("Google Workspace, the most preferred MX") << "jane@workspace.test"
                                                             << "Google Workspace"
                                                             << "imap.gmail.com"
                                                             << "google";
    QTest::newRow("Microsoft 365") << "jane@m365.test"
                                   << "Microsoft 365"
                                   << "outlook.office365.com"
                                   << "microsoft";
}

void TestAutodetector::hostedDomainByMailExchanger()
{
    requireNetworkSources();
    QFETCH(QString, address);
    const Autodetector::Result result = detect(address);
    QVERIFY(result.account);
    QCOMPARE(result.account->source, Source::ProviderTable);
    QTEST(result.account->providerName, "provider");
    QTEST(result.account->connection.host, "host");
    QTEST(result.account->oauthProvider, "oauthProvider");
    QCOMPARE(result.account->connection.security, Security::Tls);
    QCOMPARE(result.account->connection.user, address); // the customer's own address
    QVERIFY(result.account->origin.contains(address.section(u'@', 1)));
}

void TestAutodetector::autoconfigTlsBeatsMailExchanger()
{
    requireNetworkSources();
    const Autodetector::Result result = detect(QStringLiteral("jane@acbeatsmx.test"));
    QVERIFY(result.account);
    QCOMPARE(result.account->source, Source::Autoconfig);
    QCOMPARE(result.account->connection.host, QStringLiteral("imap.acbeatsmx.test"));
}

void TestAutodetector::notFoundSaysWhatWasTried()
{
    requireNetworkSources();
    const Autodetector::Result result = detect(QStringLiteral("jane@none.test"));
    QVERIFY(!result.account);
    QVERIFY(result.error.isEmpty());
    const QString tried = result.tried.join(u'\n');
    QVERIFY2(tried.contains(QStringLiteral("Not among the known providers")), qPrintable(tried));
    QVERIFY2(tried.contains(QStringLiteral("_imaps._tcp.none.test: no record")), qPrintable(tried));
    QVERIFY2(tried.contains(QStringLiteral("_imap._tcp.none.test: no record")), qPrintable(tried));
    QVERIFY2(tried.contains(QStringLiteral("https://autoconfig.none.test/")), qPrintable(tried));
    QVERIFY2(tried.contains(QStringLiteral("https://none.test/.well-known/")), qPrintable(tried));
    QVERIFY2(tried.contains(QStringLiteral("DNS MX none.test: no record")), qPrintable(tried));
}

void TestAutodetector::unknownMailExchanger()
{
    requireNetworkSources();
    const Autodetector::Result result = detect(QStringLiteral("jane@elsewhere.test"));
    QVERIFY(!result.account);
    QVERIFY2(result.tried.join(u'\n').contains(
                 QStringLiteral("mx.elsewhere.test is no known provider's mail server")),
             qPrintable(result.tried.join(u'\n')));
}

void TestAutodetector::plaintextNeverSuggested()
{
    requireNetworkSources();
    const Autodetector::Result result = detect(QStringLiteral("jane@plainonly.test"));
    QVERIFY(!result.account);
    QVERIFY2(result.tried.join(u'\n').contains(QStringLiteral("without encryption")),
             qPrintable(result.tried.join(u'\n')));
}

void TestAutodetector::restartAbandonsTheRunningDetection()
{
    requireNetworkSources();
    Autodetector detector;
    configure(detector);
    QSignalSpy finished(&detector, &Autodetector::finished);
    detector.start(QStringLiteral("jane@none.test"));
    detector.start(QStringLiteral("jane@aconly.test"));
    QVERIFY(finished.wait(90000));
    // Long enough for the abandoned run's answers to arrive, were they still wired.
    QTest::qWait(500);
    QCOMPARE(finished.size(), 1);
    const auto result = finished.first().first().value<Autodetector::Result>();
    QVERIFY(result.account);
    QCOMPARE(result.account->connection.host, QStringLiteral("mail.aconly.test"));
}

QTEST_GUILESS_MAIN(TestAutodetector)
#include "tst_autodetector.moc"
