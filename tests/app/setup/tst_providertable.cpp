// The built-in provider table and email address parsing: addresses of each provider -> the
// settings it should suggest; unknown domains, look-alikes and subdomains -> none.
#include "emailaddress.h"
#include "providertable.h"

#include <QTest>

using Security = ImapCore::AccountConfig::Security;
using AuthMethod = ImapCore::AccountConfig::AuthMethod;

class TestProviderTable : public QObject
{
    Q_OBJECT

private slots:
    void parsesAddresses_data();
    void parsesAddresses();
    void knownProviders_data();
    void knownProviders();
    void unknownDomains_data();
    void unknownDomains();
    void gmailQuirks();
    void mailExchangers_data();
    void mailExchangers();
    void domainPatterns_data();
    void domainPatterns();
};

void TestProviderTable::parsesAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("localPart");
    QTest::addColumn<QString>("domain");
    QTest::newRow("plain") << "jane@example.org" << true << "jane"
                           << "example.org";
    QTest::newRow("case kept in local part, domain lowered")
        << "Jane.Doe@Example.ORG" << true << "Jane.Doe"
        << "example.org";
    QTest::newRow("surrounding spaces") << "  jane@example.org \n"
                                        << true << "jane"
                                        << "example.org";
    QTest::newRow("trailing dot") << "jane@example.org." << true << "jane"
                                  << "example.org";
    QTest::newRow("@ in quoted local part: last @ splits")
        << "\"a@b\"@example.org" << true << "\"a@b\""
        << "example.org";
    QTest::newRow("IDN domain") << "jane@bücher.example" << true << "jane"
                                << "bücher.example";
    QTest::newRow("empty") << "" << false << ""
                           << "";
    QTest::newRow("no @") << "jane.example.org" << false << ""
                          << "";
    QTest::newRow("no local part") << "@example.org" << false << ""
                                   << "";
    QTest::newRow("no domain") << "jane@" << false << ""
                               << "";
    QTest::newRow("local domain") << "jane@localhost" << true << "jane"
                                  << "localhost";
    QTest::newRow("intranet domain") << "user@intranet" << true << "user"
                                     << "intranet";
    QTest::newRow("space in domain") << "jane@exa mple.org" << false << ""
                                     << "";
    QTest::newRow("space in local part") << "ja ne@example.org" << false << ""
                                         << "";
    QTest::newRow("empty label") << "jane@example..org" << false << ""
                                 << "";
}

void TestProviderTable::parsesAddresses()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const std::optional<EmailAddress> address = EmailAddress::parse(text);
    QCOMPARE(address.has_value(), valid);
    if (!valid)
        return;
    QTEST(address->localPart, "localPart");
    QTEST(address->domain, "domain");
}

void TestProviderTable::knownProviders_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("user");
    QTest::addColumn<AuthMethod>("auth");
    QTest::addColumn<QString>("oauthProvider");

    const auto row = [](const char *name, const char *address, const char *provider,
                        const char *host, const char *user, AuthMethod auth = AuthMethod::Password,
                        const char *oauth = "") {
        QTest::newRow(name) << QString::fromUtf8(address) << QString::fromUtf8(provider)
                            << QString::fromUtf8(host) << QString::fromUtf8(user) << auth
                            << QString::fromUtf8(oauth);
    };
    row("gmail", "jane@gmail.com", "Gmail", "imap.gmail.com", "jane@gmail.com", AuthMethod::XOAuth2,
        "google");
    row("googlemail", "jane@googlemail.com", "Gmail", "imap.gmail.com", "jane@googlemail.com",
        AuthMethod::XOAuth2, "google");
    row("gmail, upper case domain", "Jane@GMail.COM", "Gmail", "imap.gmail.com", "Jane@gmail.com",
        AuthMethod::XOAuth2, "google");
    row("outlook.com", "jane@outlook.com", "Microsoft Outlook", "outlook.office365.com",
        "jane@outlook.com", AuthMethod::XOAuth2, "microsoft");
    row("hotmail.co.uk", "jane@hotmail.co.uk", "Microsoft Outlook", "outlook.office365.com",
        "jane@hotmail.co.uk", AuthMethod::XOAuth2, "microsoft");
    row("live.de", "jane@live.de", "Microsoft Outlook", "outlook.office365.com", "jane@live.de",
        AuthMethod::XOAuth2, "microsoft");
    row("msn.com", "jane@msn.com", "Microsoft Outlook", "outlook.office365.com", "jane@msn.com",
        AuthMethod::XOAuth2, "microsoft");
    row("Microsoft 365 tenant subdomain", "jane@contoso.onmicrosoft.com", "Microsoft Outlook",
        "outlook.office365.com", "jane@contoso.onmicrosoft.com", AuthMethod::XOAuth2, "microsoft");
    row("yahoo.com", "jane@yahoo.com", "Yahoo Mail", "imap.mail.yahoo.com", "jane@yahoo.com");
    row("yahoo.co.uk", "jane@yahoo.co.uk", "Yahoo Mail", "imap.mail.yahoo.com", "jane@yahoo.co.uk");
    row("ymail", "jane@ymail.com", "Yahoo Mail", "imap.mail.yahoo.com", "jane@ymail.com");
    row("aol", "jane@aol.com", "AOL Mail", "imap.aol.com", "jane@aol.com");
    row("icloud: local part", "jane.doe@icloud.com", "iCloud Mail", "imap.mail.me.com", "jane.doe");
    row("me.com", "jane@me.com", "iCloud Mail", "imap.mail.me.com", "jane");
    row("mac.com", "jane@mac.com", "iCloud Mail", "imap.mail.me.com", "jane");
    row("fastmail.com", "jane@fastmail.com", "Fastmail", "imap.fastmail.com", "jane@fastmail.com");
    row("fastmail.fm", "jane@fastmail.fm", "Fastmail", "imap.fastmail.com", "jane@fastmail.fm");
    row("gmx.net", "jane@gmx.net", "GMX", "imap.gmx.net", "jane@gmx.net");
    row("gmx.de", "jane@gmx.de", "GMX", "imap.gmx.net", "jane@gmx.de");
    row("gmx.com: international server", "jane@gmx.com", "GMX", "imap.gmx.com", "jane@gmx.com");
    row("web.de: local part", "jane@web.de", "WEB.DE", "imap.web.de", "jane");
    row("mailbox.org", "jane@mailbox.org", "mailbox.org", "imap.mailbox.org", "jane@mailbox.org");
    row("posteo.de", "jane@posteo.de", "Posteo", "posteo.de", "jane@posteo.de");
    row("posteo.net", "jane@posteo.net", "Posteo", "posteo.de", "jane@posteo.net");
    row("zoho.com", "jane@zoho.com", "Zoho Mail", "imap.zoho.com", "jane@zoho.com");
    row("zoho.eu: EU server", "jane@zoho.eu", "Zoho Mail", "imap.zoho.eu", "jane@zoho.eu");
    row("yandex.ru", "jane@yandex.ru", "Yandex Mail", "imap.yandex.com", "jane@yandex.ru");
    row("ya.ru", "jane@ya.ru", "Yandex Mail", "imap.yandex.com", "jane@ya.ru");
    row("mail.ru", "jane@mail.ru", "Mail.ru", "imap.mail.ru", "jane@mail.ru");
    row("t-online", "jane@t-online.de", "Telekom Mail", "secureimap.t-online.de",
        "jane@t-online.de");
}

void TestProviderTable::knownProviders()
{
    QFETCH(QString, address);
    const std::optional<EmailAddress> parsed = EmailAddress::parse(address);
    QVERIFY(parsed);
    const std::optional<DetectedAccount> found = ProviderTable::lookup(*parsed);
    QVERIFY2(found, qPrintable(address));
    QCOMPARE(found->source, DetectedAccount::Source::ProviderTable);
    QTEST(found->providerName, "provider");
    QTEST(found->connection.host, "host");
    QTEST(found->connection.user, "user");
    QTEST(found->connection.authMethod, "auth");
    QTEST(found->oauthProvider, "oauthProvider");
    // Every row: implicit TLS on 993, never plaintext; where it came from is said.
    QCOMPARE(found->connection.security, Security::Tls);
    QCOMPARE(found->connection.port, quint16(993));
    QVERIFY(found->origin.contains(found->providerName));
    QVERIFY(found->helpUrl.isEmpty() || found->helpUrl.scheme() == u"https");
}

void TestProviderTable::unknownDomains_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("unknown domain") << "jane@example.org";
    QTest::newRow("gmail look-alike suffix") << "jane@gmail.com.evil.example";
    QTest::newRow("gmail look-alike prefix") << "jane@notgmail.com";
    QTest::newRow("no subdomains of gmail.com") << "jane@mail.gmail.com";
    QTest::newRow("onmicrosoft.com itself is no tenant") << "jane@onmicrosoft.com";
    QTest::newRow("hotmail.* is one public suffix, not any domain") << "jane@hotmail.evil.co.uk";
    QTest::newRow("yahoo.co.jp is Yahoo Japan, not in the table") << "jane@yahoo.co.jp";
}

void TestProviderTable::unknownDomains()
{
    QFETCH(QString, address);
    const std::optional<EmailAddress> parsed = EmailAddress::parse(address);
    QVERIFY(parsed);
    QVERIFY(!ProviderTable::lookup(*parsed));
}

void TestProviderTable::gmailQuirks()
{
    const std::optional<DetectedAccount> gmail =
        ProviderTable::lookup(*EmailAddress::parse(u"jane@gmail.com"));
    QVERIFY(gmail);
    QCOMPARE(gmail->idleRenewalMs, 9 * 60 * 1000);
    QVERIFY(gmail->foldersToSkip.contains(QStringLiteral("[Gmail]/All Mail")));
    QVERIFY(gmail->foldersToSkip.contains(QStringLiteral("[Google Mail]/All Mail")));
    QVERIFY(!gmail->foldersToSkip.contains(QStringLiteral("INBOX")));
    QVERIFY(gmail->hint.contains(QStringLiteral("app password")));
    QCOMPARE(gmail->helpUrl.host(), QStringLiteral("support.google.com"));

    // Other providers keep the engine's default renewal.
    const std::optional<DetectedAccount> posteo =
        ProviderTable::lookup(*EmailAddress::parse(u"jane@posteo.de"));
    QVERIFY(posteo);
    QCOMPARE(posteo->idleRenewalMs, 0);
    QVERIFY(posteo->foldersToSkip.isEmpty());
}

void TestProviderTable::mailExchangers_data()
{
    QTest::addColumn<QString>("exchanger");
    QTest::addColumn<QString>("provider"); // empty: none
    QTest::addColumn<QString>("host");
    QTest::newRow("Google Workspace") << "aspmx.l.google.com"
                                      << "Google Workspace"
                                      << "imap.gmail.com";
    QTest::newRow("Google, trailing dot, upper case") << "ALT1.ASPMX.L.GOOGLE.COM."
                                                      << "Google Workspace"
                                                      << "imap.gmail.com";
    QTest::newRow("Google's newer single MX") << "smtp.google.com"
                                              << "Google Workspace"
                                              << "imap.gmail.com";
    QTest::newRow("Microsoft 365") << "contoso-com.mail.protection.outlook.com"
                                   << "Microsoft 365"
                                   << "outlook.office365.com";
    QTest::newRow("Fastmail") << "in1-smtp.messagingengine.com"
                              << "Fastmail"
                              << "imap.fastmail.com";
    QTest::newRow("Zoho EU") << "mx.zoho.eu"
                             << "Zoho Mail"
                             << "imap.zoho.eu";
    QTest::newRow("unknown") << "mx.example.org"
                             << ""
                             << "";
    QTest::newRow("look-alike suffix") << "aspmx.l.google.com.evil.example"
                                       << ""
                                       << "";
    QTest::newRow("look-alike glued") << "notgoogle.com"
                                      << ""
                                      << "";
    QTest::newRow("outlook.com itself is not a tenant MX") << "outlook.com"
                                                           << ""
                                                           << "";
}

void TestProviderTable::mailExchangers()
{
    QFETCH(QString, exchanger);
    QFETCH(QString, provider);
    const EmailAddress address = *EmailAddress::parse(u"jane@own-domain.example");
    const std::optional<DetectedAccount> found =
        ProviderTable::lookupByMailExchanger(exchanger, address);
    QCOMPARE(found.has_value(), !provider.isEmpty());
    if (!found)
        return;
    QCOMPARE(found->providerName, provider);
    QTEST(found->connection.host, "host");
    QCOMPARE(found->connection.user, QStringLiteral("jane@own-domain.example"));
    QCOMPARE(found->connection.security, Security::Tls);
    QVERIFY(found->origin.contains(QStringLiteral("own-domain.example")));
}

void TestProviderTable::domainPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "gmx.net"
                           << "gmx.net" << true;
    QTest::newRow("exact, other") << "gmx.net"
                                  << "gmx.de" << false;
    QTest::newRow("tld pattern, one label") << "hotmail.*"
                                            << "hotmail.fr" << true;
    QTest::newRow("tld pattern, two labels") << "hotmail.*"
                                             << "hotmail.co.uk" << true;
    QTest::newRow("tld pattern, three labels") << "hotmail.*"
                                               << "hotmail.a.b.c" << false;
    QTest::newRow("tld pattern, nothing after") << "hotmail.*"
                                                << "hotmail." << false;
    QTest::newRow("tld pattern, longer name") << "hotmail.*"
                                              << "hotmailx.com" << false;
    QTest::newRow("subdomain pattern") << "*.onmicrosoft.com"
                                       << "a.onmicrosoft.com" << true;
    QTest::newRow("subdomain pattern, deeper") << "*.onmicrosoft.com"
                                               << "a.b.onmicrosoft.com" << true;
    QTest::newRow("subdomain pattern, itself") << "*.onmicrosoft.com"
                                               << "onmicrosoft.com" << false;
    QTest::newRow("subdomain pattern, glued") << "*.onmicrosoft.com"
                                              << "xonmicrosoft.com" << false;
}

void TestProviderTable::domainPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, domain);
    QTEST(ProviderTable::domainMatches(pattern, domain), "matches");
}

QTEST_GUILESS_MAIN(TestProviderTable)
#include "tst_providertable.moc"
