// RFC 6186 SRV discovery through QDnsLookup against a real DNS server (dnsmasq on loopback).
#include "dnsmasqserver.h"
#include "requiretool.h"
#include "srvdiscovery.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using Security = ImapCore::AccountConfig::Security;
using Srv = DnsmasqServer::SrvRecord;

class TestSrvDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tlsPreferredOverStartTls();
    void priorityThenWeight();
    void startTlsWhenThatIsAll();
    void dotTargetMeansNone();
    void nothingPublished();
    void timeoutWhenNoServerAnswers();

private:
    DetectionOutcome discover(const QString &address, int timeoutMs = 20000);

    DnsmasqServer m_dns;
};

void TestSrvDiscovery::initTestCase()
{
    MAILBELL_REQUIRE_TOOL(DnsmasqServer::missingTool());
    if (const QString reason = DnsmasqServer::unavailableReason(); !reason.isEmpty())
        MAILBELL_SKIP(qPrintable(QStringLiteral("cannot run a local DNS server: ") + reason));
    const QList<Srv> records = {
        {QStringLiteral("_imaps._tcp.both.test"), QStringLiteral("imaps.both.test"), 993, 0, 0},
        {QStringLiteral("_imap._tcp.both.test"), QStringLiteral("imap.both.test"), 143, 0, 0},
        {QStringLiteral("_imaps._tcp.ordered.test"), QStringLiteral("backup.ordered.test"), 993, 20,
         100},
        {QStringLiteral("_imaps._tcp.ordered.test"), QStringLiteral("light.ordered.test"), 993, 10,
         1},
        {QStringLiteral("_imaps._tcp.ordered.test"), QStringLiteral("heavy.ordered.test"), 9993, 10,
         50},
        {QStringLiteral("_imap._tcp.starttls.test"), QStringLiteral("mail.starttls.test"), 143, 0,
         0},
        {QStringLiteral("_imaps._tcp.dot.test"), {}, 0, 0, 0},
        {QStringLiteral("_imap._tcp.dot.test"), QStringLiteral("mail.dot.test"), 143, 0, 0},
    };
    QVERIFY2(m_dns.start(records), qPrintable(m_dns.errorString()));
}

DetectionOutcome TestSrvDiscovery::discover(const QString &address, int timeoutMs)
{
    SrvDiscovery discovery;
    discovery.setNameserver(m_dns.address());
    discovery.setTimeout(timeoutMs);
    QSignalSpy finished(&discovery, &SrvDiscovery::finished);
    discovery.start(*EmailAddress::parse(address));
    if (!finished.wait(timeoutMs + 20000) || finished.size() != 1)
        return {};
    QTest::qWait(0); // nothing else may follow
    return finished.size() == 1 ? finished.first().first().value<DetectionOutcome>()
                                : DetectionOutcome {};
}

void TestSrvDiscovery::tlsPreferredOverStartTls()
{
    const DetectionOutcome outcome = discover(QStringLiteral("jane@both.test"));
    QCOMPARE(outcome.candidates.size(), 2);
    const DetectedAccount &first = outcome.candidates.at(0);
    QCOMPARE(first.source, DetectedAccount::Source::DnsSrv);
    QCOMPARE(first.connection.host, QStringLiteral("imaps.both.test"));
    QCOMPARE(first.connection.port, quint16(993));
    QCOMPARE(first.connection.security, Security::Tls);
    QCOMPARE(first.connection.user, QStringLiteral("jane@both.test")); // RFC 6186 3.1
    QVERIFY(first.origin.contains(QStringLiteral("_imaps._tcp.both.test")));
    QCOMPARE(outcome.candidates.at(1).connection.host, QStringLiteral("imap.both.test"));
    QCOMPARE(outcome.candidates.at(1).connection.security, Security::StartTls);
}

void TestSrvDiscovery::priorityThenWeight()
{
    // Lowest priority first; within one, the heaviest (deterministic, not RFC 2782's lottery).
    for (int run = 0; run < 3; ++run) {
        const DetectionOutcome outcome = discover(QStringLiteral("jane@ordered.test"));
        QCOMPARE(outcome.candidates.size(), 3);
        QCOMPARE(outcome.candidates.at(0).connection.host, QStringLiteral("heavy.ordered.test"));
        QCOMPARE(outcome.candidates.at(0).connection.port, quint16(9993));
        QCOMPARE(outcome.candidates.at(1).connection.host, QStringLiteral("light.ordered.test"));
        QCOMPARE(outcome.candidates.at(2).connection.host, QStringLiteral("backup.ordered.test"));
    }
}

void TestSrvDiscovery::startTlsWhenThatIsAll()
{
    const DetectionOutcome outcome = discover(QStringLiteral("jane@starttls.test"));
    QCOMPARE(outcome.candidates.size(), 1);
    QCOMPARE(outcome.candidates.first().connection.security, Security::StartTls);
    QCOMPARE(outcome.candidates.first().connection.port, quint16(143));
    QVERIFY(outcome.tried.join(u'\n').contains(QStringLiteral("_imaps._tcp.starttls.test")));
}

void TestSrvDiscovery::dotTargetMeansNone()
{
    const DetectionOutcome outcome = discover(QStringLiteral("jane@dot.test"));
    QCOMPARE(outcome.candidates.size(), 1);
    QCOMPARE(outcome.candidates.first().connection.host, QStringLiteral("mail.dot.test"));
    QVERIFY2(outcome.tried.join(u'\n').contains(QStringLiteral("offers no such service")),
             qPrintable(outcome.tried.join(u'\n')));
}

void TestSrvDiscovery::nothingPublished()
{
    const DetectionOutcome outcome = discover(QStringLiteral("jane@nothing.test"));
    QVERIFY(outcome.candidates.isEmpty());
    QCOMPARE(outcome.tried.size(), 2);
    QVERIFY(outcome.tried.join(u'\n').contains(QStringLiteral("_imaps._tcp.nothing.test")));
    QVERIFY(outcome.tried.join(u'\n').contains(QStringLiteral("_imap._tcp.nothing.test")));
}

void TestSrvDiscovery::timeoutWhenNoServerAnswers()
{
    // A real socket on port 53 that reads the queries and never answers.
    QUdpSocket silent;
    QHostAddress address;
    for (int attempt = 0; attempt < 5 && silent.state() != QAbstractSocket::BoundState; ++attempt) {
        address = QHostAddress((127u << 24) | (54u << 16)
                               | QRandomGenerator::global()->bounded(1u, 65534u));
        silent.bind(address, 53);
    }
    QCOMPARE(silent.state(), QAbstractSocket::BoundState);
    connect(&silent, &QUdpSocket::readyRead, &silent, [&silent] {
        while (silent.hasPendingDatagrams())
            silent.receiveDatagram();
    });

    SrvDiscovery discovery;
    discovery.setNameserver(address);
    discovery.setTimeout(1500);
    QSignalSpy finished(&discovery, &SrvDiscovery::finished);
    discovery.start(*EmailAddress::parse(u"jane@both.test"));
    QVERIFY(finished.wait(30000));
    const DetectionOutcome outcome = finished.first().first().value<DetectionOutcome>();
    QVERIFY(outcome.candidates.isEmpty());
    const QString tried = outcome.tried.join(u'\n');
    QVERIFY2(tried.contains(QStringLiteral("_imaps._tcp.both.test: no answer within 1.5 seconds")),
             qPrintable(tried));
    QVERIFY2(tried.contains(QStringLiteral("_imap._tcp.both.test: no answer within")),
             qPrintable(tried));
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
}

MAILBELL_TEST_GUILESS_MAIN(TestSrvDiscovery)
#include "tst_srvdiscovery.moc"
