// Connection over the in-memory FakeTransport: scripted server dialogs (greeting, STARTTLS, SASL,
// failures) with the exact bytes the client wrote, the command pipeline, literals, IDLE,
// timeouts (at their real defaults, on a ManualClock), the wire log and COMPRESS=DEFLATE (when
// it is negotiated, what travels compressed, a corrupt stream, a decompression bomb). Security
// rows follow reliability-test-plan.md section A.
#include "engine/connection.h"
#include "faketransport.h"
#include "manualclock.h"
#include "protocol/limits.h"
#include "serverscript.h"

#include <QSignalSpy>
#include <QTest>

#include <zlib.h>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

const QString kUser = u"alice"_s;
const QString kPassword = u"s3cret"_s;
const QByteArray kToken = "tok123";
const QByteArray kPlainB64 = "AGFsaWNlAHMzY3JldA=="; // "\0alice\0s3cret"
const QByteArray kXOAuth2B64 = "dXNlcj1hbGljZQFhdXRoPUJlYXJlciB0b2sxMjMBAQ==";
const QByteArray kOAuthBearerB64 =
    "bixhPWFsaWNlLAFob3N0PWltYXAuZXhhbXBsZS5vcmcBcG9ydD05OTMBYXV0aD1CZWFyZXIgdG9rMTIzAQE=";
// {"status":"invalid_token","scope":"https://mail.google.com/"}
const QByteArray kOAuthErrorB64 =
    "eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==";

class StaticTokenProvider : public TokenProvider
{
public:
    void requestToken(const QString &, Callback done) override { done(kToken, {}); }
};

AccountConfig makeConfig(AccountConfig::Security security,
                         AccountConfig::AuthMethod method = AccountConfig::AuthMethod::Password)
{
    AccountConfig config;
    config.host = u"imap.example.org"_s;
    config.security = security;
    config.port = AccountConfig::defaultPort(security);
    config.user = kUser;
    config.authMethod = method;
    return config; // the default timeouts: 30 s greeting, 120 s command
}

constexpr int kGreetingTimeoutMs = 30'000;
constexpr int kCommandTimeoutMs = 120'000;

// A connection on a fake transport, with spies on its outcome signals.
struct Harness
{
    explicit Harness(const AccountConfig &config)
        : transport(new FakeTransport)
        , connection(config, transport, &clock)
        , ready(&connection, &Connection::ready)
        , failed(&connection, &Connection::failed)
        , untagged(&connection, &Connection::untaggedResponse)
    {
        script.attach(transport);
        connection.setPassword(kPassword);
        connection.setTokenProvider(&tokens);
        QObject::connect(&connection, &Connection::wireLine, &connection,
                         [this](Connection::Direction, const QByteArray &line) { wire += line; });
    }

    void open()
    {
        connection.open();
        transport->serverAccept();
    }

    QByteArray unread() const { return script.unread(); }
    bool expect(const QByteArray &line) { return script.expect(line); }
    bool play(const QString &text) { return script.play(text); }

    ManualClock clock; // before the connection, which uses it until destroyed
    StaticTokenProvider tokens;
    FakeTransport *transport;
    Connection connection;
    QSignalSpy ready;
    QSignalSpy failed;
    QSignalSpy untagged;
    QByteArray wire;
    ServerScript script;
};

ImapError::Kind failureKind(const QSignalSpy &failed)
{
    return failed.isEmpty() ? ErrorKind::None
                            : failed.constFirst().constFirst().value<ImapError>().kind;
}

// Logged in over implicit TLS on a server offering COMPRESS=DEFLATE, and compressing.
const QString kCompressedLogin =
    u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR IDLE AUTH=PLAIN] ready\n"
    "C: A0001 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==\n"
    "S: A0001 OK [CAPABILITY IMAP4rev1 IDLE COMPRESS=DEFLATE] Logged in\n"
    "C: A0002 COMPRESS DEFLATE\n"
    "S: A0002 OK DEFLATE active\n"
    "DEFLATE\n"_s;

// The greeting and login of a plain Dovecot-like session over implicit TLS.
const QString kLogin = u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR IDLE AUTH=PLAIN] ready\n"
                       "C: A0001 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==\n"
                       "S: A0001 OK [CAPABILITY IMAP4rev1 IDLE UIDPLUS] Logged in\n"_s;

} // namespace

class Tst_Connection : public QObject
{
    Q_OBJECT

private slots:
    void dialog_data();
    void dialog();
    void protocolErrorSaysWhat_data();
    void protocolErrorSaysWhat();
    void noSecretInWireLog_data();
    void noSecretInWireLog();
    void greetingTimeout();
    void greetingStopsTheGreetingTimeout();
    void commandTimeout();
    void commandTimeoutCountsFromTheLastByte();
    void laterCommandDoesNotExtendTheWait();
    void idleIsNotACommandTimeout();
    void pipelineRepliesAndUntaggedSignal();
    void untaggedSinkTakesResponsesAsTheyArrive();
    void untaggedSinkMayAbortTheConnection();
    void synchronizingLiteralWaitsForContinuation();
    void rejectedLiteralCompletesAndUnblocks();
    void idleSendsDoneOnlyAfterContinuation();
    void selectTracksState();
    void enableUtf8AcceptSetsBuilderOption();
    void disconnectFailsPendingCommands();
    void logoutEndsCleanly();
    void singleUse();
    void compression_data();
    void compression();
    void compressedBytesInTheReadOfTheOk();
    void compressedSessionCarriesCommandsAndIdle();
    void corruptCompressedStream_data();
    void corruptCompressedStream();
    void decompressionBombStopsAtTheLineLimit();
};

void Tst_Connection::dialog_data()
{
    QTest::addColumn<int>("security");
    QTest::addColumn<int>("auth");
    QTest::addColumn<bool>("sendId");
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("expected"); // ErrorKind; None means ready()
    QTest::addColumn<QString>("detail"); // a substring of the error's detail

    const int tls = int(AccountConfig::Security::Tls);
    const int starttls = int(AccountConfig::Security::StartTls);
    const int plain = int(AccountConfig::Security::Plain);
    const int password = int(AccountConfig::AuthMethod::Password);
    const int xoauth2 = int(AccountConfig::AuthMethod::XOAuth2);
    const int oauthbearer = int(AccountConfig::AuthMethod::OAuthBearer);
    const int none = int(ErrorKind::None);
    const int protocolError = int(ErrorKind::ProtocolError);
    const int startTlsUnavailable = int(ErrorKind::StartTlsUnavailable);

    // ---- greeting (RFC 9051 7.1.1, 7.1.4, 7.1.5) ----
    QTest::newRow("dovecot-greeting-caps-enable")
        << tls << password << false
        << u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ "
           "AUTH=PLAIN] Dovecot ready.\n"
           "C: A0001 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==\n"
           "S: A0001 OK [CAPABILITY IMAP4rev1 SASL-IR ID ENABLE IDLE LITERAL+ CONDSTORE QRESYNC] "
           "Logged in\n"
           "C: A0002 ENABLE CONDSTORE QRESYNC\n"
           "S: * ENABLED CONDSTORE QRESYNC\n"
           "S: A0002 OK Enabled.\n"_s
        << none << QString();
    QTest::newRow("rfc3501-greeting-without-caps-asks") << tls << password << false
                                                        << u"S: * OK IMAP4rev1 Service Ready\n"
                                                           "C: A0001 CAPABILITY\n"
                                                           "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN\n"
                                                           "S: A0001 OK CAPABILITY completed\n"
                                                           "C: A0002 AUTHENTICATE PLAIN\n"
                                                           "S: + \n"
                                                           "C: AGFsaWNlAHMzY3JldA==\n"
                                                           "S: A0002 OK LOGIN completed\n"
                                                           "C: A0003 CAPABILITY\n"
                                                           "S: * CAPABILITY IMAP4rev1 IDLE\n"
                                                           "S: A0003 OK CAPABILITY completed\n"_s
                                                        << none << QString();
    QTest::newRow("greeting-preauth-over-tls")
        << tls << password << false
        << u"S: * PREAUTH [CAPABILITY IMAP4rev1 IDLE] IMAP4rev1 server logged in as alice\n"_s
        << none << QString();
    QTest::newRow("greeting-bye") << tls << password << false
                                  << u"S: * BYE Autologout; idle for too long\n"_s
                                  << int(ErrorKind::ServerBye) << u"Autologout"_s;
    QTest::newRow("greeting-no") << tls << password << false
                                 << u"S: * NO Service temporarily unavailable\n"_s << protocolError
                                 << QString();
    QTest::newRow("greeting-tagged")
        << tls << password << false << u"S: A0001 OK hello\n"_s << protocolError << QString();
    QTest::newRow("greeting-garbage")
        << tls << password << false << u"S: SSH-2.0-OpenSSH_9.2\n"_s << protocolError << QString();
    QTest::newRow("greeting-capability-first")
        << tls << password << false << u"S: * CAPABILITY IMAP4rev1\n"_s << protocolError
        << QString();

    // ---- STARTTLS (RFC 9051 6.2.1; plan T3, T5, T6, T7) ----
    QTest::newRow("dovecot-starttls")
        << starttls << password << false
        << u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR STARTTLS LOGINDISABLED] Dovecot ready.\n"
           "C: A0001 STARTTLS\n"
           "S: A0001 OK Begin TLS negotiation now.\n"
           "TLS\n"
           "C: A0002 CAPABILITY\n"
           "S: * CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN\n"
           "S: A0002 OK Pre-login capabilities listed, post-login capabilities have more.\n"
           "C: A0003 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==\n"
           "S: A0003 OK [CAPABILITY IMAP4rev1 IDLE] Logged in\n"_s
        << none << QString();
    QTest::newRow("starttls-caps-asked-before")
        << starttls << password << false
        << u"S: * OK IMAP4rev1 ready\n"
           "C: A0001 CAPABILITY\n"
           "S: * CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\n"
           "S: A0001 OK done\n"
           "C: A0002 STARTTLS\n"
           "S: A0002 OK go\n"
           "TLS\n"
           "C: A0003 CAPABILITY\n"
           "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN\n"
           "S: A0003 OK done\n"
           "C: A0004 AUTHENTICATE PLAIN\n"
           "S: + \n"
           "C: AGFsaWNlAHMzY3JldA==\n"
           "S: A0004 OK done\n"
           "C: A0005 CAPABILITY\n"
           "S: * CAPABILITY IMAP4rev1\n"
           "S: A0005 OK done\n"_s
        << none << QString();
    QTest::newRow("east-O1-starttls-not-advertised")
        << starttls << password << false << u"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n"_s
        << startTlsUnavailable << QString();
    QTest::newRow("east-O2-starttls-not-in-capability") << starttls << password << false
                                                        << u"S: * OK ready\n"
                                                           "C: A0001 CAPABILITY\n"
                                                           "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN\n"
                                                           "S: A0001 OK done\n"_s
                                                        << startTlsUnavailable << QString();
    QTest::newRow("east-D1-starttls-refused-no")
        << starttls << password << false
        << u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready\n"
           "C: A0001 STARTTLS\n"
           "S: A0001 NO TLS not available right now\n"_s
        << startTlsUnavailable << u"TLS not available"_s;
    QTest::newRow("east-D2-starttls-refused-bad")
        << starttls << password << false
        << u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready\n"
           "C: A0001 STARTTLS\n"
           "S: A0001 BAD unknown command\n"_s
        << startTlsUnavailable << QString();
    QTest::newRow("east-X1-starttls-answered-with-continuation")
        << starttls << password << false
        << u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready\n"
           "C: A0001 STARTTLS\n"
           "S: + go ahead\n"_s
        << protocolError << QString();
    QTest::newRow("starttls-completion-for-wrong-tag")
        << starttls << password << false
        << u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready\n"
           "C: A0001 STARTTLS\n"
           "S: A0002 OK Begin TLS negotiation now.\n"_s
        << protocolError << QString();
    QTest::newRow("GHSA-9j88-vvj5-vhgr-cve-2020-14954-injected-same-chunk")
        << starttls << password << false
        << u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready\n"
           "C: A0001 STARTTLS\n"
           "S: A0001 OK Begin TLS negotiation now.\n"
           "S+ * CAPABILITY IMAP4rev1 AUTH=PLAIN\n"
           "S+ A0002 OK injected\n"_s
        << protocolError << u"injection"_s;
    QTest::newRow("GHSA-9j88-vvj5-vhgr-cve-2020-14954-bye-appended")
        << starttls << password << false
        << u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready\n"
           "C: A0001 STARTTLS\n"
           "S: A0001 OK Begin TLS negotiation now.\n"
           "S+ * BYE injected\n"_s
        << protocolError << u"injection"_s;
    QTest::newRow("GHSA-9j88-vvj5-vhgr-cve-2020-14954-injected-in-socket")
        << starttls << password << false
        << u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready\n"
           "C: A0001 STARTTLS\n"
           "SOCKET: * CAPABILITY IMAP4rev1 AUTH=PLAIN\n"
           "S: A0001 OK Begin TLS negotiation now.\n"_s
        << protocolError << u"injection"_s;
    QTest::newRow("GHSA-9j88-vvj5-vhgr-cve-2020-14954-injected-separate-chunk")
        << starttls << password << false
        << u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready\n"
           "C: A0001 STARTTLS\n"
           "S: A0001 OK Begin TLS negotiation now.\n"
           "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN\n"_s
        << protocolError << u"injection"_s;
    QTest::newRow("tb-capabilities-from-before-starttls-discarded")
        << starttls << password << false
        << u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS SASL-IR AUTH=PLAIN] ready\n"
           "S: * 54321 EXISTS\n"
           "C: A0001 STARTTLS\n"
           "S: * CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN SASL-IR\n"
           "S: A0001 OK Begin TLS negotiation now.\n"
           "TLS\n"
           "C: A0002 CAPABILITY\n"
           "S: * CAPABILITY IMAP4rev1\n"
           "S: A0002 OK done\n"
           "C: A0003 LOGIN alice s3cret\n"
           "S: A0003 OK [CAPABILITY IMAP4rev1] done\n"_s
        << none << QString();
    QTest::newRow("east-P-preauth-with-starttls-wanted")
        << starttls << password << false
        << u"S: * PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] logged in\n"_s << startTlsUnavailable
        << QString();
    QTest::newRow("east-P3-preauth-logindisabled")
        << starttls << password << false
        << u"S: * PREAUTH [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] logged in\n"_s
        << startTlsUnavailable << QString();
    QTest::newRow("logindisabled-after-tls-too")
        << starttls << password << false
        << u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\n"
           "C: A0001 STARTTLS\n"
           "S: A0001 OK go\n"
           "TLS\n"
           "C: A0002 CAPABILITY\n"
           "S: * CAPABILITY IMAP4rev1 LOGINDISABLED\n"
           "S: A0002 OK done\n"_s
        << int(ErrorKind::AuthUnavailable) << QString();

    // ---- login (RFC 9051 6.2.2, 6.2.3; RFC 4959; RFC 7628) ----
    QTest::newRow("logindisabled-no-sasl")
        << tls << password << false << u"S: * OK [CAPABILITY IMAP4rev1 LOGINDISABLED] ready\n"_s
        << int(ErrorKind::AuthUnavailable) << QString();
    QTest::newRow("login-command-fallback")
        << tls << password << false
        << u"S: * OK [CAPABILITY IMAP4rev1 IDLE] ready\n"
           "C: A0001 LOGIN alice s3cret\n"
           "S: A0001 OK [CAPABILITY IMAP4rev1 IDLE] LOGIN completed\n"_s
        << none << QString();
    QTest::newRow("plain-mode-login") << plain << password << false
                                      << u"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n"
                                         "C: A0001 AUTHENTICATE PLAIN\n"
                                         "S: + \n"
                                         "C: AGFsaWNlAHMzY3JldA==\n"
                                         "S: A0001 OK [CAPABILITY IMAP4rev1] done\n"_s
                                      << none << QString();
    QTest::newRow("imap4rev2-implies-sasl-ir")
        << tls << password << false
        << u"S: * OK [CAPABILITY IMAP4rev2 AUTH=PLAIN] ready\n"
           "C: A0001 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==\n"
           "S: A0001 OK [CAPABILITY IMAP4rev2] done\n"_s
        << none << QString();
    QTest::newRow("login-caps-from-untagged-during-login")
        << tls << password << false
        << u"S: * OK [CAPABILITY IMAP4rev1] ready\n"
           "C: A0001 LOGIN alice s3cret\n"
           "S: * CAPABILITY IMAP4rev1 IDLE\n"
           "S: A0001 OK done\n"_s
        << none << QString();
    QTest::newRow("dovecot-auth-failed")
        << tls << password << false
        << u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] Dovecot ready.\n"
           "C: A0001 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==\n"
           "S: A0001 NO [AUTHENTICATIONFAILED] Authentication failed.\n"_s
        << int(ErrorKind::AuthFailed) << u"Authentication failed."_s;
    QTest::newRow("yahoo-login-failed")
        << tls << password << false
        << u"S: * OK [CAPABILITY IMAP4rev1 ID] IMAP4rev1 Hello\n"
           "C: A0001 LOGIN alice s3cret\n"
           "S: A0001 NO [AUTHENTICATIONFAILED] LOGIN Invalid credentials\n"_s
        << int(ErrorKind::AuthFailed) << u"LOGIN Invalid credentials"_s;
    QTest::newRow("gmail-xoauth2")
        << tls << xoauth2 << false
        << u"S: * OK Gimap ready for requests from 192.0.2.1\n"
           "C: A0001 CAPABILITY\n"
           "S: * CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 "
           "XYZZY SASL-IR AUTH=XOAUTH2 AUTH=PLAIN AUTH=PLAIN-CLIENTTOKEN AUTH=OAUTHBEARER\n"
           "S: A0001 OK Thats all she wrote!\n"
           "C: A0002 AUTHENTICATE XOAUTH2 dXNlcj1hbGljZQFhdXRoPUJlYXJlciB0b2sxMjMBAQ==\n"
           "S: * CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 "
           "UIDPLUS COMPRESS=DEFLATE ENABLE MOVE CONDSTORE ESEARCH UTF8=ACCEPT\n"
           "S: A0002 OK alice@example.org authenticated (Success)\n"
           "C: A0003 COMPRESS DEFLATE\n"
           "S: A0003 OK Success\n"
           "DEFLATE\n"
           "C: A0004 ENABLE CONDSTORE UTF8=ACCEPT\n"
           "S: * ENABLED CONDSTORE UTF8=ACCEPT\n"
           "S: A0004 OK Success\n"_s
        << none << QString();
    QTest::newRow("gmail-xoauth2-error-empty-response")
        << tls << xoauth2 << false
        << u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2] Gimap ready\n"
           "C: A0001 AUTHENTICATE XOAUTH2 dXNlcj1hbGljZQFhdXRoPUJlYXJlciB0b2sxMjMBAQ==\n"
           "S: + eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwu"
           "Z29vZ2xlLmNvbS8ifQ==\n"
           "C: \n"
           "S: A0001 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)\n"_s
        << int(ErrorKind::AuthFailed) << u"\"status\":\"400\""_s;
    QTest::newRow("rfc7628-3.2.3-oauthbearer-error-AQ")
        << tls << oauthbearer << false
        << u"S: * OK [CAPABILITY IMAP4rev1 AUTH=OAUTHBEARER] ready\n"
           "C: A0001 AUTHENTICATE OAUTHBEARER\n"
           "S: + \n"
           "C: bixhPWFsaWNlLAFob3N0PWltYXAuZXhhbXBsZS5vcmcBcG9ydD05OTMBYXV0aD1CZWFyZXIgdG9rMTIz"
           "AQE=\n"
           "S: + eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8i"
           "fQ==\n"
           "C: AQ==\n"
           "S: A0001 NO SASL authentication failed\n"_s
        << int(ErrorKind::AuthFailed) << u"invalid_token"_s;
    QTest::newRow("oauthbearer-sasl-ir-success")
        << tls << oauthbearer << false
        << u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=OAUTHBEARER] ready\n"
           "C: A0001 AUTHENTICATE OAUTHBEARER "
           "bixhPWFsaWNlLAFob3N0PWltYXAuZXhhbXBsZS5vcmcBcG9ydD05OTMBYXV0aD1CZWFyZXIgdG9rMTIzAQE="
           "\n"
           "S: A0001 OK [CAPABILITY IMAP4rev1] done\n"_s
        << none << QString();
    QTest::newRow("oauth-not-offered-no-password-fallback")
        << tls << xoauth2 << false << u"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n"_s
        << int(ErrorKind::AuthUnavailable) << QString();
    QTest::newRow("plain-second-challenge-cancelled")
        << tls << password << false
        << u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\n"
           "C: A0001 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==\n"
           "S: + more?\n"
           "C: *\n"
           "S: A0001 BAD cancelled\n"_s
        << int(ErrorKind::AuthFailed) << u"cancelled"_s;

    // ---- after login ----
    QTest::newRow("id-when-asked") << tls << password << true
                                   << u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\n"
                                      "C: A0001 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==\n"
                                      "S: A0001 OK [CAPABILITY IMAP4rev1 ID] done\n"
                                      "C: A0002 ID (\"name\" \"Mailbell\")\n"
                                      "S: * ID (\"name\" \"Dovecot\")\n"
                                      "S: A0002 OK ID completed.\n"_s
                                   << none << QString();
    QTest::newRow("id-not-sent-unless-asked")
        << tls << password << false
        << u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\n"
           "C: A0001 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==\n"
           "S: A0001 OK [CAPABILITY IMAP4rev1 ID] done\n"_s
        << none << QString();
    QTest::newRow("bye-mid-session")
        << tls << password << false << kLogin + u"S: * BYE Server shutting down.\n"_s
        << int(ErrorKind::ServerBye) << u"shutting down"_s;
    QTest::newRow("closed-mid-session") << tls << password << false << kLogin + u"CLOSE\n"_s
                                        << int(ErrorKind::NetworkError) << QString();
    QTest::newRow("garbage-after-login")
        << tls << password << false << kLogin + u"S: )(*&^ garbage\n"_s << protocolError
        << QString();
    QTest::newRow("nul-in-line") << tls << password << false << kLogin + u"S: * OK a\u0000b\n"_s
                                 << protocolError << QString();
    QTest::newRow("completion-for-unsent-tag")
        << tls << password << false << kLogin + u"S: A0009 OK forged\n"_s << protocolError
        << u"A0009"_s;
    QTest::newRow("continuation-nobody-asked-for")
        << tls << password << false << kLogin + u"S: + hello\n"_s << protocolError << QString();
}

void Tst_Connection::dialog()
{
    QFETCH(int, security);
    QFETCH(int, auth);
    QFETCH(bool, sendId);
    QFETCH(QString, script);
    QFETCH(int, expected);
    QFETCH(QString, detail);

    AccountConfig config =
        makeConfig(AccountConfig::Security(security), AccountConfig::AuthMethod(auth));
    config.sendId = sendId;
    Harness h(config);
    h.open();
    QVERIFY(h.play(script));
    // Nothing beyond the script's client lines, byte for byte (no LOGIN after a failed
    // STARTTLS, nothing after injected bytes).
    QCOMPARE(h.unread(), QByteArray());

    if (ErrorKind(expected) == ErrorKind::None) {
        QCOMPARE(failureKind(h.failed), ErrorKind::None);
        QCOMPARE(h.ready.size(), 1);
        QCOMPARE(h.connection.state(), Connection::State::Authenticated);
        return;
    }
    // Rows that fail mid-session logged in first.
    QCOMPARE(h.ready.size(), script.startsWith(kLogin) ? 1 : 0);
    QCOMPARE(h.failed.size(), 1);
    const ImapError error = h.failed.constFirst().constFirst().value<ImapError>();
    QCOMPARE(error.kind, ErrorKind(expected));
    QVERIFY2(error.detail.contains(detail), qPrintable(error.detail));
    QCOMPARE(h.connection.state(), Connection::State::Failed);
    QCOMPARE(h.connection.error().kind, ErrorKind(expected));
    QVERIFY(h.transport->isClosed());
    QCOMPARE(h.untagged.size(), 0);
}

void Tst_Connection::protocolErrorSaysWhat_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("responseKind");
    QTest::addColumn<QByteArray>("excerpt"); // exact
    QTest::addColumn<QString>("message"); // exact

    QTest::newRow("malformed-fetch-control-bytes-escaped")
        << kLogin + u"S: * 1 FETCH (UID 1) \u001b[31mextra\n"_s << u"untagged FETCH"_s
        << QByteArray("* 1 FETCH (UID 1) \\x1b[31mextra")
        << u"The server sent a response Mailbell cannot understand (untagged FETCH)"_s;
    QTest::newRow("greeting-garbage")
        << u"S: SSH-2.0-OpenSSH_9.2\n"_s << u"response"_s << QByteArray("SSH-2.0-OpenSSH_9.2")
        << u"The server sent a response Mailbell cannot understand (response)"_s;
    QTest::newRow("greeting-no") << u"S: * NO Service temporarily unavailable\n"_s
                                 << u"untagged NO"_s
                                 << QByteArray("* NO Service temporarily unavailable")
                                 << u"The server sent a response Mailbell cannot understand "
                                    "(untagged NO)"_s;
    // A completion for a tag never sent that echoes a login: nothing after LOGIN is shown.
    QTest::newRow("unknown-tag-echoing-login")
        << kLogin + u"S: X9 BAD you sent: A0003 LOGIN alice s3cret\n"_s << u"tagged BAD"_s
        << QByteArray("X9 BAD you sent: A0003 LOGIN ***")
        << u"The server sent a response Mailbell cannot understand (tagged BAD)"_s;
    QTest::newRow("unknown-tag-echoing-authenticate")
        << kLogin + u"S: X9 NO authenticate PLAIN AGFsaWNlAHMzY3JldA==\n"_s << u"tagged NO"_s
        << QByteArray("X9 NO authenticate ***")
        << u"The server sent a response Mailbell cannot understand (tagged NO)"_s;
    QTest::newRow("long-line-bounded")
        << kLogin + u"S: * 3 EXISTS "_s + QString(300, u'z') + u"\n"_s << u"untagged EXISTS"_s
        << QByteArray("* 3 EXISTS " + QByteArray(ImapError::maxExcerptBytes - 11, 'z') + "...")
        << u"The server sent a response Mailbell cannot understand (untagged EXISTS)"_s;

    // Framing errors (the response could not even be cut out of the stream) say the same.
    const QString overlong(Limits::maxLineLength, u'z');
    QTest::newRow("framing-line-too-long")
        << kLogin + u"S: * 4 FETCH (BODY[] "_s + overlong + u"\n"_s << u"untagged FETCH"_s
        << QByteArray("* 4 FETCH (BODY[] " + QByteArray(ImapError::maxExcerptBytes - 18, 'z')
                      + "...")
        << u"The server sent a response Mailbell cannot understand (untagged FETCH)"_s;
    QTest::newRow("framing-literal-too-large")
        << kLogin + u"S: * 2 FETCH (BODY[] {99999999999}\n"_s << u"untagged FETCH"_s
        << QByteArray("* 2 FETCH (BODY[] {99999999999}")
        << u"The server sent a response Mailbell cannot understand (untagged FETCH)"_s;
    QTest::newRow("framing-nul-in-line")
        << kLogin + u"S: * OK hel\u0000lo\n"_s << u"untagged OK"_s << QByteArray("* OK hel\\x00")
        << u"The server sent a response Mailbell cannot understand (untagged OK)"_s;
    QTest::newRow("framing-line-too-long-echoing-login")
        << kLogin + u"S: X9 BAD you sent: A0003 LOGIN alice s3cret "_s + overlong + u"\n"_s
        << u"tagged BAD"_s << QByteArray("X9 BAD you sent: A0003 LOGIN ***")
        << u"The server sent a response Mailbell cannot understand (tagged BAD)"_s;
    QTest::newRow("framing-sasl-challenge-too-long")
        << u"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n"
           "C: A0001 AUTHENTICATE PLAIN\n"
           "S: + "_s
            + overlong + u"\n"_s
        << u"continuation"_s << QByteArray("+ ***")
        << u"The server sent a response Mailbell cannot understand (continuation)"_s;
}

void Tst_Connection::protocolErrorSaysWhat()
{
    QFETCH(QString, script);
    QFETCH(QString, responseKind);
    QFETCH(QByteArray, excerpt);
    QFETCH(QString, message);
    Harness h(makeConfig(AccountConfig::Security::Tls));
    h.open();
    QVERIFY(h.play(script));
    QCOMPARE(h.failed.size(), 1);
    const ImapError error = h.failed.constFirst().constFirst().value<ImapError>();
    QCOMPARE(error.kind, ErrorKind::ProtocolError);
    QCOMPARE(error.responseKind, responseKind);
    QCOMPARE(error.excerpt, excerpt);
    QCOMPARE(error.message, message);
    QVERIFY(error.excerpt.size() <= ImapError::maxExcerptBytes + 4);
    for (const QString &text : {error.message, error.detail, QString::fromLatin1(error.excerpt)}) {
        QVERIFY2(!text.contains(kPassword), qPrintable(text));
        QVERIFY2(!text.contains(QString::fromLatin1(kPlainB64)), qPrintable(text));
        QVERIFY2(!text.contains(QChar(0x1b)), qPrintable(text));
    }
}

void Tst_Connection::noSecretInWireLog_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QByteArray>("sent"); // proof that the client did send the secret

    const int password = int(AccountConfig::AuthMethod::Password);
    QTest::newRow("plain-sasl-ir") << password << kLogin << kPlainB64;
    QTest::newRow("plain-continuation") << password
                                        << u"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n"
                                           "C: A0001 AUTHENTICATE PLAIN\n"
                                           "S: + \n"
                                           "C: AGFsaWNlAHMzY3JldA==\n"
                                           "S: A0001 OK [CAPABILITY IMAP4rev1] done\n"_s
                                        << kPlainB64;
    QTest::newRow("login-command") << password
                                   << u"S: * OK [CAPABILITY IMAP4rev1] ready\n"
                                      "C: A0001 LOGIN alice s3cret\n"
                                      "S: A0001 OK [CAPABILITY IMAP4rev1] done\n"_s
                                   << kPassword.toUtf8();
    QTest::newRow("xoauth2")
        << int(AccountConfig::AuthMethod::XOAuth2)
        << u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2] ready\n"
           "C: A0001 AUTHENTICATE XOAUTH2 dXNlcj1hbGljZQFhdXRoPUJlYXJlciB0b2sxMjMBAQ==\n"
           "S: A0001 OK [CAPABILITY IMAP4rev1] done\n"_s
        << kXOAuth2B64;
    QTest::newRow("oauthbearer-error")
        << int(AccountConfig::AuthMethod::OAuthBearer)
        << u"S: * OK [CAPABILITY IMAP4rev1 AUTH=OAUTHBEARER] ready\n"
           "C: A0001 AUTHENTICATE OAUTHBEARER\n"
           "S: + \n"
           "C: bixhPWFsaWNlLAFob3N0PWltYXAuZXhhbXBsZS5vcmcBcG9ydD05OTMBYXV0aD1CZWFyZXIgdG9rMTIz"
           "AQE=\n"
           "S: + eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8i"
           "fQ==\n"
           "C: AQ==\n"
           "S: A0001 NO failed\n"_s
        << kOAuthBearerB64;
}

void Tst_Connection::noSecretInWireLog()
{
    QFETCH(int, auth);
    QFETCH(QString, script);
    QFETCH(QByteArray, sent);

    Harness h(makeConfig(AccountConfig::Security::Tls, AccountConfig::AuthMethod(auth)));
    h.open();
    QVERIFY(h.play(script));
    QVERIFY(!h.wire.isEmpty());
    QVERIFY(h.wire.contains("AUTHENTICATE") || h.wire.contains("LOGIN"));
    for (const QByteArray &secret : {kPassword.toUtf8(), kToken, kPlainB64, kXOAuth2B64,
                                     kOAuthBearerB64, kOAuthErrorB64, QByteArray("AQ==")}) {
        QVERIFY2(!h.wire.contains(secret), secret.constData());
    }
    // The client did send the secret: the checks above can fail.
    QVERIFY(h.transport->written().contains(sent));
}

void Tst_Connection::greetingTimeout()
{
    Harness h(makeConfig(AccountConfig::Security::Tls));
    h.open();
    QCOMPARE(h.clock.armedTimerNames(), QStringList {u"connectionTimeout"_s});
    h.clock.advance(kGreetingTimeoutMs - 1);
    QCOMPARE(h.failed.size(), 0);
    h.clock.advance(1);
    QCOMPARE(failureKind(h.failed), ErrorKind::Timeout);
    QVERIFY2(h.connection.error().message.contains(u"30000 ms"_s),
             qPrintable(h.connection.error().message));
    QCOMPARE(h.transport->written(), QByteArray());
    QVERIFY(h.transport->isClosed());
    QCOMPARE(h.clock.armedTimerNames(), QStringList());
}

void Tst_Connection::greetingStopsTheGreetingTimeout()
{
    Harness h(makeConfig(AccountConfig::Security::Tls));
    h.open();
    h.clock.advance(kGreetingTimeoutMs - 1);
    QVERIFY(h.play(kLogin));
    QCOMPARE(h.ready.size(), 1);
    // Logged in with nothing in flight: no timer at all.
    QCOMPARE(h.clock.armedTimerNames(), QStringList());
    h.clock.advance(24 * 3600 * 1000);
    QCOMPARE(h.failed.size(), 0);
}

void Tst_Connection::commandTimeout()
{
    Harness h(makeConfig(AccountConfig::Security::Tls));
    h.open();
    QVERIFY(h.play(kLogin));
    bool errored = false;
    h.connection.send(h.connection.commandBuilder().noop(), [&](const Connection::Reply &reply) {
        errored = reply.error.kind == ErrorKind::Timeout;
    });
    QVERIFY(h.expect("A0002 NOOP"));
    h.clock.advance(kCommandTimeoutMs - 1);
    QCOMPARE(h.failed.size(), 0);
    QVERIFY(!errored);
    h.clock.advance(1);
    QCOMPARE(failureKind(h.failed), ErrorKind::Timeout);
    QVERIFY2(h.connection.error().message.contains(u"120000 ms"_s),
             qPrintable(h.connection.error().message));
    QVERIFY(errored);
    QVERIFY(h.transport->isClosed());
}

// The command timeout measures the server's silence: every byte received restarts it.
void Tst_Connection::commandTimeoutCountsFromTheLastByte()
{
    Harness h(makeConfig(AccountConfig::Security::Tls));
    h.open();
    QVERIFY(h.play(kLogin));
    Connection::Reply result;
    h.connection.send(h.connection.commandBuilder().noop(),
                      [&](const Connection::Reply &reply) { result = reply; });
    QVERIFY(h.expect("A0002 NOOP"));
    h.clock.advance(kCommandTimeoutMs - 1);
    QVERIFY(h.play(u"S: * 4 EXISTS\n"_s));
    h.clock.advance(kCommandTimeoutMs - 1);
    QVERIFY(h.play(u"S: A0002 OK NOOP completed\n"_s));
    QVERIFY(result.isOk());
    QCOMPARE(h.failed.size(), 0);
    QCOMPARE(h.clock.armedTimerNames(), QStringList());
}

// A command queued while another one waits does not give the silent server more time.
void Tst_Connection::laterCommandDoesNotExtendTheWait()
{
    Harness h(makeConfig(AccountConfig::Security::Tls));
    h.open();
    QVERIFY(h.play(kLogin));
    h.connection.send(h.connection.commandBuilder().noop());
    QVERIFY(h.expect("A0002 NOOP"));
    h.clock.advance(kCommandTimeoutMs - 1000);
    h.connection.send(h.connection.commandBuilder().noop());
    QVERIFY(h.expect("A0003 NOOP"));
    h.clock.advance(999);
    QCOMPARE(h.failed.size(), 0);
    h.clock.advance(1);
    QCOMPARE(failureKind(h.failed), ErrorKind::Timeout);
}

void Tst_Connection::idleIsNotACommandTimeout()
{
    Harness h(makeConfig(AccountConfig::Security::Tls));
    h.open();
    QVERIFY(h.play(kLogin));
    QSignalSpy idling(&h.connection, &Connection::idleStarted);
    h.connection.startIdle();
    QVERIFY(h.expect("A0002 IDLE"));
    // Until the "+", IDLE is a command waiting for the server.
    QCOMPARE(h.clock.armedTimerNames(), QStringList {u"connectionTimeout"_s});
    QVERIFY(h.play(u"S: + idling\n"_s));
    QCOMPARE(idling.size(), 1);
    // Idling is not waiting: no timer, and a day passes without a failure...
    QCOMPARE(h.clock.armedTimerNames(), QStringList());
    h.clock.advance(24 * 3600 * 1000);
    QCOMPARE(h.failed.size(), 0);
    // ...but after DONE the tagged OK is awaited again.
    h.connection.stopIdle();
    QVERIFY(h.expect("DONE"));
    h.clock.advance(kCommandTimeoutMs - 1);
    QCOMPARE(h.failed.size(), 0);
    h.clock.advance(1);
    QCOMPARE(failureKind(h.failed), ErrorKind::Timeout);
}

void Tst_Connection::pipelineRepliesAndUntaggedSignal()
{
    Harness h(makeConfig(AccountConfig::Security::Tls));
    h.open();
    QVERIFY(h.play(kLogin));
    QList<Connection::Reply> replies;
    auto collect = [&](const Connection::Reply &reply) {
        replies.append(reply);
    };
    CommandBuilder &b = h.connection.commandBuilder();
    QCOMPARE(h.connection.send(b.noop(), collect), QByteArray("A0002"));
    QCOMPARE(h.connection.send(b.status(u"INBOX"_s, {"MESSAGES"}), collect), QByteArray("A0003"));
    QVERIFY(h.play(u"C: A0002 NOOP\n"
                   "C: A0003 STATUS INBOX (MESSAGES)\n"
                   "S: * 4 EXISTS\n"
                   "S: A0002 OK NOOP completed\n"
                   "S: * STATUS INBOX (MESSAGES 4)\n"
                   "S: A0003 OK STATUS completed\n"_s));
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies.at(0).tag, QByteArray("A0002"));
    QVERIFY(replies.at(0).isOk());
    QCOMPARE(replies.at(0).untagged.size(), 1);
    QVERIFY(std::holds_alternative<ExistsResponse>(replies.at(0).untagged.at(0)));
    QCOMPARE(replies.at(1).untagged.size(), 2);
    QVERIFY(std::holds_alternative<StatusDataResponse>(replies.at(1).untagged.at(1)));
    QCOMPARE(h.untagged.size(), 2);
    QCOMPARE(h.unread(), QByteArray());
}

// A large UID FETCH is consumed response by response: the sink sees each FETCH on arrival,
// the Reply keeps none of them, other commands in flight still collect theirs.
void Tst_Connection::untaggedSinkTakesResponsesAsTheyArrive()
{
    Harness h(makeConfig(AccountConfig::Security::Tls));
    h.open();
    QVERIFY(h.play(kLogin));
    QList<Connection::Reply> replies;
    QList<Response> sunk;
    qsizetype sunkAtCompletion = -1;
    CommandBuilder &b = h.connection.commandBuilder();
    QCOMPARE(
        h.connection.send(b.noop(), [&](const Connection::Reply &reply) { replies.append(reply); }),
        QByteArray("A0002"));
    const CommandResult fetch =
        b.command({CommandArgument::atom("UID"), CommandArgument::atom("FETCH"),
                   CommandArgument::raw("1:*"), CommandArgument::rawList({"FLAGS"})});
    const QByteArray tag = h.connection.send(
        fetch,
        [&](const Connection::Reply &reply) {
            replies.append(reply);
            sunkAtCompletion = sunk.size();
        },
        [&](const Response &response) { sunk.append(response); });
    QCOMPARE(tag, QByteArray("A0003"));
    QVERIFY(h.play(u"C: A0002 NOOP\n"
                   "C: A0003 UID FETCH 1:* (FLAGS)\n"
                   "S: * 1 FETCH (UID 5 FLAGS (\\Seen))\n"
                   "S: A0002 OK NOOP completed\n"_s));
    QCOMPARE(sunk.size(), 1);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).untagged.size(), 1);
    QVERIFY(std::holds_alternative<FetchResponse>(replies.at(0).untagged.at(0)));
    QVERIFY(h.play(u"S: * 2 FETCH (UID 6 FLAGS ())\n"
                   "S: A0003 OK Fetch completed\n"_s));
    QCOMPARE(replies.size(), 2);
    QVERIFY(replies.at(1).isOk());
    QVERIFY(replies.at(1).untagged.isEmpty());
    QCOMPARE(sunkAtCompletion, 2);
    const auto *second = std::get_if<FetchResponse>(&sunk.at(1));
    QVERIFY(second);
    QCOMPARE(second->uid, std::optional<quint32>(6));
    QCOMPARE(h.untagged.size(), 2);
}

// A sink that ends the connection while responses are being dispatched: the command completes
// with Cancelled and nothing after that response reaches the sink.
void Tst_Connection::untaggedSinkMayAbortTheConnection()
{
    Harness h(makeConfig(AccountConfig::Security::Tls));
    h.open();
    QVERIFY(h.play(kLogin));
    Connection::Reply result;
    int completions = 0;
    int sunk = 0;
    h.connection.send(
        h.connection.commandBuilder().noop(),
        [&](const Connection::Reply &reply) {
            result = reply;
            ++completions;
        },
        [&](const Response &) {
            ++sunk;
            h.connection.abort();
        });
    QVERIFY(h.play(u"C: A0002 NOOP\n"
                   "S: * 3 EXISTS\n"
                   "S+ * 4 EXISTS\n"
                   "S+ A0002 OK NOOP completed\n"_s));
    QCOMPARE(sunk, 1);
    QCOMPARE(completions, 1);
    QCOMPARE(result.error.kind, ErrorKind::Cancelled);
    QVERIFY(result.untagged.isEmpty());
}

void Tst_Connection::synchronizingLiteralWaitsForContinuation()
{
    Harness h(makeConfig(AccountConfig::Security::Tls));
    h.open();
    QVERIFY(h.play(kLogin));
    Connection::Reply result;
    CommandBuilder &b = h.connection.commandBuilder();
    // 8-bit text without UTF8=ACCEPT travels as a synchronizing literal (no LITERAL+).
    h.connection.send(
        b.uidSearch({CommandArgument::atom("SUBJECT"), CommandArgument::string("caf\xc3\xa9")}),
        [&](const Connection::Reply &reply) { result = reply; });
    h.connection.send(b.noop());
    // Nothing after "{n}\r\n" until "+": neither the literal nor the next command.
    QVERIFY(h.expect("A0002 UID SEARCH SUBJECT {5}"));
    QCOMPARE(h.unread(), QByteArray());
    QVERIFY(h.play(u"S: + Ready for literal data\n"
                   "C: caf\u00e9\n"
                   "C: A0003 NOOP\n"
                   "S: * SEARCH 4\n"
                   "S: A0002 OK done\n"
                   "S: A0003 OK done\n"_s));
    QCOMPARE(result.untagged.size(), 1);
    QVERIFY(result.isOk());
    QCOMPARE(h.failed.size(), 0);
}

void Tst_Connection::rejectedLiteralCompletesAndUnblocks()
{
    Harness h(makeConfig(AccountConfig::Security::Tls));
    h.open();
    QVERIFY(h.play(kLogin));
    Connection::Reply result;
    CommandBuilder &b = h.connection.commandBuilder();
    h.connection.send(
        b.uidSearch({CommandArgument::atom("SUBJECT"), CommandArgument::string("caf\xc3\xa9")}),
        [&](const Connection::Reply &reply) { result = reply; });
    h.connection.send(b.noop());
    QVERIFY(h.expect("A0002 UID SEARCH SUBJECT {5}"));
    QCOMPARE(h.unread(), QByteArray());
    QVERIFY(h.play(u"S: A0002 NO [LIMIT] too long\nC: A0003 NOOP\n"_s));
    QCOMPARE(result.completion.status, StatusKind::No);
    QCOMPARE(h.failed.size(), 0);
}

void Tst_Connection::idleSendsDoneOnlyAfterContinuation()
{
    Harness h(makeConfig(AccountConfig::Security::Tls));
    h.open();
    QVERIFY(h.play(kLogin));
    QSignalSpy idling(&h.connection, &Connection::idleStarted);
    Connection::Reply result;
    h.connection.startIdle([&](const Connection::Reply &reply) { result = reply; });
    h.connection.send(h.connection.commandBuilder().noop()); // waits until IDLE ends
    QVERIFY(h.expect("A0002 IDLE"));
    h.connection.stopIdle(); // before "+": DONE must wait
    QCOMPARE(h.unread(), QByteArray());
    QVERIFY(!h.connection.isIdling());
    QVERIFY(h.play(u"S: + idling\n"
                   "C: DONE\n"
                   "S: * 5 EXISTS\n"
                   "S: A0002 OK Idle completed (0.001 + 0.000 secs).\n"
                   "C: A0003 NOOP\n"_s));
    QCOMPARE(idling.size(), 1);
    QVERIFY(result.isOk());
    QCOMPARE(h.untagged.size(), 1);
    QVERIFY(!h.connection.isIdling());
}

void Tst_Connection::selectTracksState()
{
    Harness h(makeConfig(AccountConfig::Security::Tls));
    h.open();
    QVERIFY(h.play(kLogin));
    CommandBuilder &b = h.connection.commandBuilder();
    h.connection.send(b.examine(u"INBOX"_s));
    QVERIFY(h.play(u"C: A0002 EXAMINE INBOX\n"
                   "S: * 3 EXISTS\n"
                   "S: * OK [UIDVALIDITY 1700000000] UIDs valid\n"
                   "S: A0002 OK [READ-ONLY] Examine completed\n"_s));
    QCOMPARE(h.connection.state(), Connection::State::Selected);
    h.connection.send(b.select(u"Missing"_s));
    QVERIFY(h.play(u"C: A0003 SELECT Missing\n"
                   "S: A0003 NO [NONEXISTENT] Mailbox doesn't exist: Missing\n"_s));
    QCOMPARE(h.connection.state(), Connection::State::Authenticated);
}

void Tst_Connection::enableUtf8AcceptSetsBuilderOption()
{
    Harness h(makeConfig(AccountConfig::Security::Tls));
    h.open();
    QVERIFY(!h.connection.commandBuilder().options().utf8Accepted);
    QVERIFY(h.play(u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\n"
                   "C: A0001 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==\n"
                   "S: A0001 OK [CAPABILITY IMAP4rev1 ENABLE UTF8=ACCEPT LITERAL+] done\n"
                   "C: A0002 ENABLE UTF8=ACCEPT\n"
                   "S: * ENABLED UTF8=ACCEPT\n"
                   "S: A0002 OK enabled\n"_s));
    QCOMPARE(h.ready.size(), 1);
    QVERIFY(h.connection.commandBuilder().options().utf8Accepted);
    QCOMPARE(h.connection.commandBuilder().options().literals, LiteralMode::LiteralPlus);
    QCOMPARE(h.connection.enabledCapabilities(), QList<QByteArray> {"UTF8=ACCEPT"});
}

void Tst_Connection::disconnectFailsPendingCommands()
{
    Harness h(makeConfig(AccountConfig::Security::Tls));
    h.open();
    QVERIFY(h.play(kLogin));
    Connection::Reply result;
    h.connection.send(h.connection.commandBuilder().noop(),
                      [&](const Connection::Reply &reply) { result = reply; });
    QVERIFY(h.play(u"C: A0002 NOOP\nCLOSE\n"_s));
    QCOMPARE(result.error.kind, ErrorKind::NetworkError);
    QCOMPARE(failureKind(h.failed), ErrorKind::NetworkError);
}

void Tst_Connection::logoutEndsCleanly()
{
    Harness h(makeConfig(AccountConfig::Security::Tls));
    QSignalSpy loggedOut(&h.connection, &Connection::loggedOut);
    h.open();
    QVERIFY(h.play(kLogin));
    h.connection.logout();
    QVERIFY(h.play(u"C: A0002 LOGOUT\n"
                   "S: * BYE Logging out\n"
                   "S: A0002 OK Logout completed.\n"_s));
    QCOMPARE(loggedOut.size(), 1);
    QCOMPARE(h.failed.size(), 0);
    QCOMPARE(h.connection.state(), Connection::State::LoggedOut);
    QVERIFY(h.transport->isClosed());
}

void Tst_Connection::singleUse()
{
    Harness h(makeConfig(AccountConfig::Security::Tls));
    h.open();
    QVERIFY(h.play(u"S: * BYE go away\n"_s));
    QCOMPARE(h.transport->connectCount(), 1);
    h.connection.open();
    QCOMPARE(h.transport->connectCount(), 1);
    Connection::Reply result;
    QVERIFY(h.connection
                .send(h.connection.commandBuilder().noop(),
                      [&](const Connection::Reply &reply) { result = reply; })
                .isEmpty());
    QCOMPARE(result.error.kind, ErrorKind::None); // not in the caller's stack...
    h.clock.settle();
    QCOMPARE(result.error.kind, ErrorKind::Cancelled); // ...but from the event loop
    QCOMPARE(h.transport->written(), QByteArray());
}

void Tst_Connection::compression_data()
{
    QTest::addColumn<int>("security");
    QTest::addColumn<bool>("compress"); // AccountConfig::compress
    QTest::addColumn<QString>("script");
    QTest::addColumn<bool>("compressed");
    // A line the client sent after COMPRESS's OK: in the wire log, but not as plain bytes on
    // the transport.
    QTest::addColumn<QByteArray>("sentCompressed");

    const int tls = int(AccountConfig::Security::Tls);
    const QString greeting = u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\n"
                             "C: A0001 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==\n"_s;
    const QString loggedIn = greeting
        + u"S: A0001 OK [CAPABILITY IMAP4rev1 IDLE ENABLE CONDSTORE COMPRESS=DEFLATE] Logged in\n"_s;
    const QString enable = u"S: * ENABLED CONDSTORE\n"
                           "S: A0003 OK Enabled.\n"_s;

    // RFC 4978 3: first after login, then ENABLE and ID go compressed.
    QTest::newRow("dovecot-compress-before-enable") << tls << true
                                                    << loggedIn
            + u"C: A0002 COMPRESS DEFLATE\n"
              "S: A0002 OK Begin compression.\n"
              "DEFLATE\n"
              "C: A0003 ENABLE CONDSTORE\n"_s
            + enable << true << QByteArray("A0003 ENABLE CONDSTORE");
    QTest::newRow("off-by-setting") << tls << false
                                    << loggedIn
            + u"C: A0002 ENABLE CONDSTORE\n"
              "S: * ENABLED CONDSTORE\n"
              "S: A0002 OK Enabled.\n"_s
                                    << false << QByteArray();
    QTest::newRow("refused-no") << tls << true
                                << loggedIn
            + u"C: A0002 COMPRESS DEFLATE\n"
              "S: A0002 NO Compression is not available now\n"
              "C: A0003 ENABLE CONDSTORE\n"_s
            + enable << false << QByteArray();
    QTest::newRow("refused-bad") << tls << true
                                 << loggedIn
            + u"C: A0002 COMPRESS DEFLATE\n"
              "S: A0002 BAD Unknown command\n"
              "C: A0003 ENABLE CONDSTORE\n"_s
            + enable << false << QByteArray();
    // RFC 4978 3: TLS compresses the stream already; the session goes on as it is.
    QTest::newRow("compressionactive") << tls << true
                                       << loggedIn
            + u"C: A0002 COMPRESS DEFLATE\n"
              "S: A0002 NO [COMPRESSIONACTIVE] DEFLATE active via TLS\n"
              "C: A0003 ENABLE CONDSTORE\n"_s
            + enable << false << QByteArray();
    QTest::newRow("plaintext-session-never-compresses")
        << int(AccountConfig::Security::Plain) << true
        << u"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n"
           "C: A0001 AUTHENTICATE PLAIN\n"
           "S: + \n"
           "C: AGFsaWNlAHMzY3JldA==\n"
           "S: A0001 OK [CAPABILITY IMAP4rev1 IDLE COMPRESS=DEFLATE] Logged in\n"_s
        << false << QByteArray();
    QTest::newRow("after-starttls-and-login")
        << int(AccountConfig::Security::StartTls) << true
        << u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR STARTTLS COMPRESS=DEFLATE] ready\n"
           "C: A0001 STARTTLS\n"
           "S: A0001 OK Begin TLS negotiation now.\n"
           "TLS\n"
           "C: A0002 CAPABILITY\n"
           "S: * CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN COMPRESS=DEFLATE\n"
           "S: A0002 OK done\n"
           "C: A0003 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==\n"
           "S: A0003 OK [CAPABILITY IMAP4rev1 IDLE COMPRESS=DEFLATE ID] Logged in\n"
           "C: A0004 COMPRESS DEFLATE\n"
           "S: A0004 OK DEFLATE active\n"
           "DEFLATE\n"_s
        << true << QByteArray();
    // Chosen from the capabilities after login (RFC 9051 6.2.2 says they may change).
    QTest::newRow("offered-before-login-only")
        << tls << true
        << u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN COMPRESS=DEFLATE] ready\n"
           "C: A0001 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==\n"
           "S: A0001 OK [CAPABILITY IMAP4rev1 IDLE] Logged in\n"_s
        << false << QByteArray();
    QTest::newRow("capabilities-asked-after-login-first") << tls << true
                                                          << greeting
            + u"S: A0001 OK Logged in\n"
              "C: A0002 CAPABILITY\n"
              "S: * CAPABILITY IMAP4rev1 IDLE COMPRESS=DEFLATE\n"
              "S: A0002 OK done\n"
              "C: A0003 COMPRESS DEFLATE\n"
              "S: A0003 OK DEFLATE active\n"
              "DEFLATE\n"_s << true << QByteArray();
    QTest::newRow("preauth-over-tls")
        << tls << true
        << u"S: * PREAUTH [CAPABILITY IMAP4rev1 IDLE COMPRESS=DEFLATE] logged in as alice\n"
           "C: A0001 COMPRESS DEFLATE\n"
           "S: A0001 OK DEFLATE active\n"
           "DEFLATE\n"_s
        << true << QByteArray();
    QTest::newRow("other-algorithm-only")
        << tls << true
        << greeting + u"S: A0001 OK [CAPABILITY IMAP4rev1 IDLE COMPRESS=LZMA] Logged in\n"_s
        << false << QByteArray();
}

void Tst_Connection::compression()
{
    QFETCH(int, security);
    QFETCH(bool, compress);
    QFETCH(QString, script);
    QFETCH(bool, compressed);
    QFETCH(QByteArray, sentCompressed);

    AccountConfig config = makeConfig(AccountConfig::Security(security));
    config.compress = compress;
    Harness h(config);
    h.open();
    QVERIFY(h.play(script));
    QCOMPARE(h.unread(), QByteArray()); // no COMPRESS where none is wanted
    QCOMPARE(failureKind(h.failed), ErrorKind::None);
    QCOMPARE(h.ready.size(), 1);
    QCOMPARE(h.connection.state(), Connection::State::Authenticated);
    QCOMPARE(h.connection.isCompressed(), compressed);
    if (!sentCompressed.isEmpty()) {
        QVERIFY(h.wire.contains(sentCompressed)); // the log keeps the plain lines
        QVERIFY(!h.transport->written().contains(sentCompressed));
    }
}

// RFC 4978 3: the server compresses from the byte after its OK, which may share a read with it.
void Tst_Connection::compressedBytesInTheReadOfTheOk()
{
    Harness h(makeConfig(AccountConfig::Security::Tls));
    h.open();
    QVERIFY(h.play(u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR IDLE AUTH=PLAIN] ready\n"
                   "C: A0001 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==\n"
                   "S: A0001 OK [CAPABILITY IMAP4rev1 IDLE COMPRESS=DEFLATE] Logged in\n"
                   "C: A0002 COMPRESS DEFLATE\n"_s));
    DeflateStream server;
    h.transport->serverSend("* OK [ALERT] plain, before the OK\r\nA0002 OK DEFLATE active\r\n"
                            + server.deflate("* OK [ALERT] compressed, same read\r\n"));
    h.transport->serverSend(server.deflate("* OK [ALERT] compressed, next read\r\n"));
    QCOMPARE(failureKind(h.failed), ErrorKind::None);
    QVERIFY(h.connection.isCompressed());
    QCOMPARE(h.ready.size(), 1);
    QStringList alerts;
    for (const QList<QVariant> &signal : std::as_const(h.untagged)) {
        const Response response = signal.constFirst().value<Response>();
        const auto *status = std::get_if<StatusResponse>(&response);
        QVERIFY(status);
        alerts.append(QString::fromUtf8(status->text));
    }
    QCOMPARE(alerts,
             QStringList({u"plain, before the OK"_s, u"compressed, same read"_s,
                          u"compressed, next read"_s}));
}

void Tst_Connection::compressedSessionCarriesCommandsAndIdle()
{
    Harness h(makeConfig(AccountConfig::Security::Tls));
    h.open();
    QVERIFY(h.play(kCompressedLogin));
    QVERIFY(h.connection.isCompressed());
    const qsizetype wireBefore = h.transport->written().size();

    Connection::Reply select;
    h.connection.send(h.connection.commandBuilder().select(u"INBOX"_s),
                      [&](const Connection::Reply &reply) { select = reply; });
    QVERIFY(h.play(u"C: A0003 SELECT INBOX\n"
                   "S: * 2 EXISTS\n"
                   "S: * OK [UIDVALIDITY 7] UIDs valid\n"
                   "S: A0003 OK [READ-WRITE] Select completed\n"_s));
    QVERIFY(select.isOk());
    QCOMPARE(select.untagged.size(), 2);
    QCOMPARE(h.connection.state(), Connection::State::Selected);

    QSignalSpy idling(&h.connection, &Connection::idleStarted);
    Connection::Reply idle;
    h.connection.startIdle([&](const Connection::Reply &reply) { idle = reply; });
    QVERIFY(h.play(u"C: A0004 IDLE\n"
                   "S: + idling\n"
                   "S: * 3 EXISTS\n"_s));
    QCOMPARE(idling.size(), 1);
    h.connection.stopIdle();
    QVERIFY(h.play(u"C: DONE\n"
                   "S: A0004 OK Idle completed\n"_s));
    QVERIFY(idle.isOk());
    QCOMPARE(h.unread(), QByteArray());

    // Each write is flushed on its own, so the server sees every line at once; the counters
    // say what went on the wire and what it carried.
    const DeflateStream::Counters counters = h.connection.compressionCounters();
    QCOMPARE(counters.plainOut,
             qint64(QByteArray("A0003 SELECT INBOX\r\nA0004 IDLE\r\nDONE\r\n").size()));
    QCOMPARE(counters.wireOut, h.transport->written().size() - wireBefore);
    QVERIFY(counters.wireIn > 0);
    QCOMPARE(counters.plainIn,
             qint64(QByteArray("* 2 EXISTS\r\n* OK [UIDVALIDITY 7] UIDs valid\r\n"
                               "A0003 OK [READ-WRITE] Select completed\r\n+ idling\r\n"
                               "* 3 EXISTS\r\nA0004 OK Idle completed\r\n")
                        .size()));
    // The wire log has the plain lines, never deflate bytes.
    QVERIFY(h.wire.contains("A0004 IDLE\r\n"));
    QVERIFY(h.wire.contains("* 3 EXISTS\r\n"));
}

void Tst_Connection::corruptCompressedStream_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason"); // a substring of the error's detail

    QTest::newRow("plain-text") << QByteArray("* OK this was never deflated\r\n")
                                << u"compressed stream (COMPRESS=DEFLATE) is corrupt: invalid "
                                   "distance too far back"_s;
    QTest::newRow("reserved-block-type")
        << QByteArray("\x07\xff\xff\xff", 4) << u"invalid block type"_s;
    // A final block, then more: RFC 4978 never ends compression, and nothing after it decodes.
    QByteArray ended(1024, Qt::Uninitialized);
    {
        const QByteArray plain = "* OK the last block\r\n";
        z_stream z {};
        deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
        z.avail_in = uInt(plain.size());
        z.next_out = reinterpret_cast<Bytef *>(ended.data());
        z.avail_out = uInt(ended.size());
        QCOMPARE(deflate(&z, Z_FINISH), Z_STREAM_END);
        ended.truncate(ended.size() - z.avail_out);
        deflateEnd(&z);
    }
    QTest::newRow("data-after-the-final-block")
        << ended + "* OK more" << u"data after the end of the compressed stream"_s;
}

// A protocol error for that connection (it is replaced with backoff), never a crash or a hang.
void Tst_Connection::corruptCompressedStream()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    Harness h(makeConfig(AccountConfig::Security::Tls));
    h.open();
    QVERIFY(h.play(kCompressedLogin));
    h.transport->serverSend(bytes);
    QCOMPARE(h.failed.size(), 1);
    const ImapError error = h.failed.constFirst().constFirst().value<ImapError>();
    QCOMPARE(error.kind, ErrorKind::ProtocolError);
    QVERIFY2(error.detail.contains(reason), qPrintable(error.detail));
    QCOMPARE(h.connection.state(), Connection::State::Failed);
    QVERIFY(h.transport->isClosed());
}

// A few KiB that inflate to 64 MiB without a line end: inflated a chunk at a time and framed as
// it goes, so the framer's line limit ends it after little more than that limit, not 64 MiB.
void Tst_Connection::decompressionBombStopsAtTheLineLimit()
{
    Harness h(makeConfig(AccountConfig::Security::Tls));
    h.open();
    QVERIFY(h.play(kCompressedLogin));
    DeflateStream server;
    const QByteArray mib(1024 * 1024, 'A');
    QByteArray bomb = server.deflate("* OK ");
    for (int i = 0; i < 64; ++i)
        bomb += server.deflate(mib);
    QVERIFY(bomb.size() < 128 * 1024);
    h.transport->serverSend(bomb);
    QCOMPARE(failureKind(h.failed), ErrorKind::ProtocolError);
    const DeflateStream::Counters counters = h.connection.compressionCounters();
    QCOMPARE(counters.wireIn, qint64(bomb.size()));
    QVERIFY2(counters.plainIn <= Limits::maxLineLength + 2 * Limits::inflateChunkBytes,
             qPrintable(QString::number(counters.plainIn)));
}

QTEST_GUILESS_MAIN(Tst_Connection)
#include "tst_connection.moc"
