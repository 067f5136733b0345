// Mozilla autoconfig (ISPDB clientConfig 1.1) documents -> candidates; plaintext and unreadable
// documents give no candidate and a clear line.
#include "autoconfigparser.h"

#include <QTest>

using Security = ImapCore::AccountConfig::Security;
using AuthMethod = ImapCore::AccountConfig::AuthMethod;

namespace {

QByteArray document(const QByteArray &servers)
{
    return "<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\">\n"
           "<emailProvider id=\"example.test\">\n<domain>example.test</domain>\n"
           "<displayName>Example Mail</displayName>\n"
        + servers + "</emailProvider>\n</clientConfig>\n";
}

QByteArray server(const QByteArray &type, const QByteArray &host, const QByteArray &port,
                  const QByteArray &socketType, const QByteArray &username,
                  const QByteArray &authentication = "<authentication>password-cleartext"
                                                     "</authentication>")
{
    return "<incomingServer type=\"" + type + "\"><hostname>" + host + "</hostname><port>" + port
        + "</port><socketType>" + socketType + "</socketType><username>" + username + "</username>"
        + authentication + "</incomingServer>\n";
}

const EmailAddress jane {QStringLiteral("jane"), QStringLiteral("example.test")};

} // namespace

class TestAutoconfigParser : public QObject
{
    Q_OBJECT

private slots:
    void candidates_data();
    void candidates();
    void refused_data();
    void refused();
    void unreadable_data();
    void unreadable();
};

void TestAutoconfigParser::candidates_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<Security>("security");
    QTest::addColumn<QString>("user");
    QTest::addColumn<AuthMethod>("auth");
    QTest::addColumn<int>("count");

    QTest::newRow("SSL, full address")
        << document(server("imap", "imap.example.test", "993", "SSL", "%EMAILADDRESS%"))
        << "imap.example.test" << 993 << Security::Tls << "jane@example.test"
        << AuthMethod::Password << 1;
    QTest::newRow("STARTTLS, local part")
        << document(server("imap", "mail.example.test", "143", "STARTTLS", "%EMAILLOCALPART%"))
        << "mail.example.test" << 143 << Security::StartTls << "jane" << AuthMethod::Password << 1;
    QTest::newRow("SSL listed after STARTTLS still comes first")
        << document(server("imap", "plain.example.test", "143", "STARTTLS", "%EMAILADDRESS%")
                    + server("imap", "tls.example.test", "993", "SSL", "%EMAILADDRESS%"))
        << "tls.example.test" << 993 << Security::Tls << "jane@example.test" << AuthMethod::Password
        << 2;
    QTest::newRow("POP3 ignored, IMAP taken")
        << document(server("pop3", "pop.example.test", "995", "SSL", "%EMAILADDRESS%")
                    + server("imap", "imap.example.test", "993", "SSL", "%EMAILADDRESS%"))
        << "imap.example.test" << 993 << Security::Tls << "jane@example.test"
        << AuthMethod::Password << 1;
    QTest::newRow("%EMAILDOMAIN% in hostname")
        << document(server("imap", "imap.%EMAILDOMAIN%", "993", "SSL", "%EMAILADDRESS%"))
        << "imap.example.test" << 993 << Security::Tls << "jane@example.test"
        << AuthMethod::Password << 1;
    QTest::newRow("fixed user name")
        << document(server("imap", "imap.example.test", "993", "SSL", "shared-box"))
        << "imap.example.test" << 993 << Security::Tls << "shared-box" << AuthMethod::Password << 1;
    QTest::newRow("no username element: full address")
        << document("<incomingServer type=\"imap\"><hostname>imap.example.test</hostname>"
                    "<port>993</port><socketType>SSL</socketType></incomingServer>")
        << "imap.example.test" << 993 << Security::Tls << "jane@example.test"
        << AuthMethod::Password << 1;
    QTest::newRow("OAuth2 only") << document(server("imap", "imap.example.test", "993", "SSL",
                                                    "%EMAILADDRESS%",
                                                    "<authentication>OAuth2</authentication>"))
                                 << "imap.example.test" << 993 << Security::Tls
                                 << "jane@example.test" << AuthMethod::XOAuth2 << 1;
    QTest::newRow("password preferred over OAuth2")
        << document(server("imap", "imap.example.test", "993", "SSL", "%EMAILADDRESS%",
                           "<authentication>OAuth2</authentication>"
                           "<authentication>password-cleartext</authentication>"))
        << "imap.example.test" << 993 << Security::Tls << "jane@example.test"
        << AuthMethod::Password << 1;
    QTest::newRow("plain server skipped, STARTTLS kept")
        << document(server("imap", "open.example.test", "143", "plain", "%EMAILADDRESS%")
                    + server("imap", "imap.example.test", "143", "STARTTLS", "%EMAILADDRESS%"))
        << "imap.example.test" << 143 << Security::StartTls << "jane@example.test"
        << AuthMethod::Password << 1;
    QTest::newRow("unknown elements and whitespace tolerated")
        << document("<incomingServer type=\"imap\">\n  <hostname> imap.example.test </hostname>"
                    "<port> 993 </port><socketType>SSL</socketType><future>x<y/></future>"
                    "<username>%EMAILADDRESS%</username></incomingServer>"
                    "<documentation url=\"https://example.test/\"><descr>d</descr>"
                    "</documentation>")
        << "imap.example.test" << 993 << Security::Tls << "jane@example.test"
        << AuthMethod::Password << 1;
}

void TestAutoconfigParser::candidates()
{
    QFETCH(QByteArray, xml);
    const AutoconfigParser::Result result =
        AutoconfigParser::parse(xml, jane, QStringLiteral("https://example.test/x"));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QTEST(int(result.outcome.candidates.size()), "count");
    const DetectedAccount &best = result.outcome.candidates.first();
    QCOMPARE(best.source, DetectedAccount::Source::Autoconfig);
    QCOMPARE(best.providerName, QStringLiteral("Example Mail"));
    QVERIFY(best.origin.contains(QStringLiteral("https://example.test/x")));
    QTEST(best.connection.host, "host");
    QTEST(int(best.connection.port), "port");
    QTEST(best.connection.security, "security");
    QTEST(best.connection.user, "user");
    QTEST(best.connection.authMethod, "auth");
    for (const DetectedAccount &candidate : result.outcome.candidates)
        QVERIFY(candidate.connection.security != Security::Plain);
}

void TestAutoconfigParser::refused_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("reason");
    QTest::newRow("plaintext only")
        << document(server("imap", "imap.example.test", "143", "plain", "%EMAILADDRESS%"))
        << "without encryption";
    QTest::newRow("unknown socket type is not trusted as encrypted")
        << document(server("imap", "imap.example.test", "143", "whatever", "%EMAILADDRESS%"))
        << "without encryption";
    QTest::newRow("only POP3") << document(
        server("pop3", "pop.example.test", "995", "SSL", "%EMAILADDRESS%"))
                               << "no IMAP server";
    QTest::newRow("no incoming server") << document("") << "no incoming server";
    QTest::newRow("port out of range")
        << document(server("imap", "imap.example.test", "70000", "SSL", "%EMAILADDRESS%"))
        << "valid host name and port";
    QTest::newRow("port not a number")
        << document(server("imap", "imap.example.test", "imaps", "SSL", "%EMAILADDRESS%"))
        << "valid host name and port";
    QTest::newRow("empty hostname") << document(server("imap", "", "993", "SSL", "%EMAILADDRESS%"))
                                    << "valid host name and port";
    QTest::newRow("unknown placeholder in hostname")
        << document(server("imap", "%REALNAME%.example.test", "993", "SSL", "%EMAILADDRESS%"))
        << "valid host name and port";
    QTest::newRow("only unsupported authentication")
        << document(server("imap", "imap.example.test", "993", "SSL", "%EMAILADDRESS%",
                           "<authentication>GSSAPI</authentication>"))
        << "no sign-in method";
}

void TestAutoconfigParser::refused()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, reason);
    const AutoconfigParser::Result result =
        AutoconfigParser::parse(xml, jane, QStringLiteral("https://example.test/x"));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(result.outcome.candidates.isEmpty());
    QVERIFY2(result.outcome.tried.join(u'\n').contains(reason),
             qPrintable(result.outcome.tried.join(u'\n')));
}

void TestAutoconfigParser::unreadable_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << "not valid XML";
    QTest::newRow("HTML page") << QByteArray("<html><body>Welcome</body></html>")
                               << "not an autoconfig document";
    QTest::newRow("truncated")
        << document(server("imap", "imap.example.test", "993", "SSL", "%EMAILADDRESS%")).left(150)
        << "not valid XML";
    QTest::newRow("mismatched tags")
        << QByteArray("<clientConfig><emailProvider></clientConfig></emailProvider>")
        << "not valid XML";
    QTest::newRow("binary garbage") << QByteArray("\x00\x01\xff\xfe<<<", 8) << "not valid XML";
}

void TestAutoconfigParser::unreadable()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, reason);
    const AutoconfigParser::Result result =
        AutoconfigParser::parse(xml, jane, QStringLiteral("https://example.test/x"));
    QVERIFY(result.outcome.candidates.isEmpty());
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestAutoconfigParser)
#include "tst_autoconfigparser.moc"
