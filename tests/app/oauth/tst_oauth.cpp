// OAuth 2 sign-in end to end, with real parts on loopback: a mock authorization server (consent
// redirect, code + PKCE check, refresh grants), the loopback redirect listener, no keyring
// (DBUS_SESSION_BUS_ADDRESS=disabled:), AccountController and MailEngine, and an IMAP server
// that logs in only with a valid bearer token (XOAUTH2). Dovecot's oauth2 passdb is not used:
// the bearer check is the small fake server in bearerimapserver.cpp.
#include "bearerimapserver.h"
#include "credentialstore.h"
#include "mockauthserver.h"
#include "oauthauthorizer.h"
#include "oauthsignindialog.h"
#include "oauthsigninwidget.h"
#include "oauthtokenclient.h"
#include "oauthtokenmanager.h"
#include "pkce.h"
#include "tray/accountcontroller.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using ImapCore::AccountStatus;
using ImapCore::MailEngine;

namespace {

constexpr int kTimeoutMs = 20'000;

// Plays the user's browser: follows the consent page's redirect back to the loopback listener.
struct Browser
{
    QNetworkAccessManager network;
    QList<QUrl> opened;
    // Rewrites the consent URL before opening it (a forged or replayed redirect).
    std::function<QUrl(QUrl)> tamper;

    OAuthAuthorizer::BrowserOpener opener()
    {
        return [this](const QUrl &url) {
            opened.append(url);
            QNetworkReply *reply = network.get(QNetworkRequest(tamper ? tamper(url) : url));
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            return true;
        };
    }
};

OAuthProvider localProvider(const MockAuthServer &server)
{
    OAuthProvider provider = *OAuthProvider::forAccount(u"google"_s, server.clientId);
    provider.authorizationUrl = server.url(u"/authorize"_s);
    provider.tokenUrl = server.url(u"/token"_s);
    return provider;
}

} // namespace

class Tst_OAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pkceMatchesRfc7636();
    void tokenAnswers_data();
    void tokenAnswers();
    void presetsAndClientIds();
    void signInWithPkce();
    void wrongVerifierIsInvalidGrant();
    void stateMismatchIsRefused();
    void deniedConsentSaysSo();
    void noClientIdSaysHowToGetOne();
    void unfinishedSignInTimesOut();
    void signInWidget();
    void signInDialog();
    void revokedRefreshTokenAsksToSignInAgain();
    void endToEnd();

private:
    QTemporaryDir m_dir;
};

void Tst_OAuth::initTestCase()
{
    // No Secret Service: the refresh token can only be kept in memory for the session.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    QVERIFY(m_dir.isValid());
}

void Tst_OAuth::pkceMatchesRfc7636()
{
    // RFC 7636 Appendix B.
    QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const Pkce a = Pkce::generate();
    const Pkce b = Pkce::generate();
    QCOMPARE(a.verifier.size(), 43); // RFC 7636 4.1: 43 to 128 characters
    QVERIFY(a.verifier != b.verifier);
    QCOMPARE(a.challenge, Pkce::challengeFor(a.verifier));
}

void Tst_OAuth::tokenAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("words");
    QTest::newRow("ok") << 200
                        << QByteArray(
                               R"({"access_token":"a","expires_in":3599,"refresh_token":"r"})")
                        << QString() << QString();
    QTest::newRow("invalid_grant")
        << 400
        << QByteArray(
               R"({"error":"invalid_grant","error_description":"Token has been expired or revoked."})")
        << u"invalid_grant"_s << u"Sign in again"_s;
    QTest::newRow("invalid_client") << 401 << QByteArray(R"({"error":"invalid_client"})")
                                    << u"invalid_client"_s << u"oauth-client-id"_s;
    QTest::newRow("html error page")
        << 502 << QByteArray("<html>Bad gateway</html>") << u"response"_s << u"HTTP 502"_s;
    QTest::newRow("200 without token")
        << 200 << QByteArray(R"({"token_type":"Bearer"})") << u"response"_s << u"unusable"_s;
}

void Tst_OAuth::tokenAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    QFETCH(QString, words);
    const OAuthTokenResult result = OAuthTokenClient::parse(status, body);
    QCOMPARE(result.errorCode, errorCode);
    QCOMPARE(result.isOk(), errorCode.isEmpty());
    QVERIFY2(result.error.contains(words), qPrintable(result.error));
    if (result.isOk()) {
        QCOMPARE(result.accessToken, u"a"_s);
        QCOMPARE(result.refreshToken, u"r"_s);
        QVERIFY(result.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3500));
    }
}

void Tst_OAuth::presetsAndClientIds()
{
    const auto google = OAuthProvider::forAccount(u"google"_s, u" my-id "_s);
    QVERIFY(google);
    QCOMPARE(google->scope, u"https://mail.google.com/"_s);
    QCOMPARE(google->tokenUrl, QUrl(u"https://oauth2.googleapis.com/token"_s));
    QCOMPARE(google->clientId, u"my-id"_s);
    const auto microsoft = OAuthProvider::preset(u"microsoft"_s);
    QVERIFY(microsoft);
    QCOMPARE(microsoft->scope,
             u"https://outlook.office.com/IMAP.AccessAsUser.All offline_access"_s);
    QCOMPARE(microsoft->authorizationUrl,
             QUrl(u"https://login.microsoftonline.com/common/oauth2/v2.0/authorize"_s));
    QVERIFY(!OAuthProvider::preset(u"yahoo"_s));
}

void Tst_OAuth::signInWithPkce()
{
    MockAuthServer server;
    QVERIFY(server.listen());
    Browser browser;
    OAuthAuthorizer authorizer;
    authorizer.setBrowserOpener(browser.opener());
    QSignalSpy succeeded(&authorizer, &OAuthAuthorizer::succeeded);
    QSignalSpy failed(&authorizer, &OAuthAuthorizer::failed);
    authorizer.start(localProvider(server), u"alice@example.org"_s);
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count() + failed.count(), 1, kTimeoutMs);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

    const OAuthTokenResult tokens = succeeded.first().first().value<OAuthTokenResult>();
    QCOMPARE(tokens.accessToken, server.accessTokens.last());
    QCOMPARE(tokens.refreshToken, server.refreshTokens.last());
    QVERIFY(tokens.expiresAt.isValid());
    QCOMPARE(server.codeGrants, 1);
    // The consent URL carried what RFC 7636 and RFC 8252 ask for.
    const QUrlQuery query(browser.opened.first());
    QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(query.queryItemValue(u"code_challenge"_s).size(), 43);
    QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded), u"https://mail.google.com/"_s);
    QCOMPARE(query.queryItemValue(u"login_hint"_s, QUrl::FullyDecoded), u"alice@example.org"_s);
    QVERIFY(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)
                .startsWith(u"http://127.0.0.1:"_s));
    QVERIFY(!authorizer.isRunning());
}

void Tst_OAuth::wrongVerifierIsInvalidGrant()
{
    MockAuthServer server;
    QVERIFY(server.listen());
    OAuthAuthorizer authorizer;
    // The "browser" stops at the redirect: the test takes the code and presents it with the
    // wrong verifier, as an attacker who intercepted it would.
    QNetworkAccessManager network;
    QString code;
    QString redirectUri;
    authorizer.setBrowserOpener([&](const QUrl &url) {
        redirectUri = QUrlQuery(url).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &code] {
            const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
            code = QUrlQuery(location).queryItemValue(u"code"_s, QUrl::FullyDecoded);
            reply->deleteLater();
        });
        return true;
    });
    const OAuthProvider provider = localProvider(server);
    authorizer.start(provider);
    QTRY_VERIFY_WITH_TIMEOUT(!code.isEmpty(), kTimeoutMs);

    OAuthTokenClient client;
    std::optional<OAuthTokenResult> result;
    client.exchangeCode(provider, code, Pkce::generate().verifier, redirectUri,
                        [&](const OAuthTokenResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kTimeoutMs);
    QCOMPARE(result->errorCode, u"invalid_grant"_s);
    QVERIFY2(result->error.contains(u"Sign in again"_s), qPrintable(result->error));
    QCOMPARE(server.codeGrants, 0);
    authorizer.cancel();
}

void Tst_OAuth::stateMismatchIsRefused()
{
    MockAuthServer server;
    QVERIFY(server.listen());
    Browser browser;
    browser.tamper = [](QUrl url) {
        QUrlQuery query(url);
        query.removeQueryItem(u"state"_s);
        query.addQueryItem(u"state"_s, u"forged-by-another-page"_s);
        url.setQuery(query);
        return url;
    };
    OAuthAuthorizer authorizer;
    authorizer.setBrowserOpener(browser.opener());
    QSignalSpy succeeded(&authorizer, &OAuthAuthorizer::succeeded);
    QSignalSpy failed(&authorizer, &OAuthAuthorizer::failed);
    authorizer.start(localProvider(server));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeoutMs);
    QVERIFY2(failed.first().first().toString().contains(u"state mismatch"_s),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(succeeded.count(), 0);
    QCOMPARE(server.codeGrants, 0); // the code was never exchanged
    QVERIFY(!server.requests.contains(u"POST /token grant_type=authorization_code"_s));
}

void Tst_OAuth::deniedConsentSaysSo()
{
    MockAuthServer server;
    QVERIFY(server.listen());
    server.deny = true;
    Browser browser;
    OAuthAuthorizer authorizer;
    authorizer.setBrowserOpener(browser.opener());
    QSignalSpy failed(&authorizer, &OAuthAuthorizer::failed);
    authorizer.start(localProvider(server));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeoutMs);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(u"declined"_s), qPrintable(message));
    QVERIFY2(message.contains(u"The user denied access"_s), qPrintable(message));
}

void Tst_OAuth::noClientIdSaysHowToGetOne()
{
    OAuthProvider provider = *OAuthProvider::preset(u"microsoft"_s);
    provider.clientId.clear(); // no packager default, no oauth-client-id
    OAuthAuthorizer authorizer;
    bool opened = false;
    authorizer.setBrowserOpener([&](const QUrl &) { return opened = true; });
    QSignalSpy failed(&authorizer, &OAuthAuthorizer::failed);
    authorizer.start(provider);
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(u"oauth-client-id"_s) && message.contains(u"docs/oauth.md"_s),
             qPrintable(message));
    QVERIFY(!opened);
}

void Tst_OAuth::unfinishedSignInTimesOut()
{
    MockAuthServer server;
    QVERIFY(server.listen());
    OAuthAuthorizer authorizer;
    authorizer.setBrowserOpener([](const QUrl &) { return true; }); // the user walks away
    authorizer.setTimeoutMs(300);
    QSignalSpy failed(&authorizer, &OAuthAuthorizer::failed);
    authorizer.start(localProvider(server));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeoutMs);
    QVERIFY(failed.first().first().toString().contains(u"in time"_s));

    // Cancel ends a waiting sign-in at once, once.
    authorizer.setTimeoutMs(OAuthAuthorizer::defaultTimeoutMs);
    authorizer.start(localProvider(server));
    authorizer.cancel();
    authorizer.cancel();
    QCOMPARE(failed.count(), 2);
    QVERIFY(failed.last().first().toString().contains(u"cancelled"_s));
}

void Tst_OAuth::signInWidget()
{
    MockAuthServer server;
    QVERIFY(server.listen());
    Browser browser;
    OAuthSignInWidget widget;
    widget.authorizer()->setBrowserOpener(browser.opener());
    QVERIFY(!widget.signInButton()->isEnabled());
    widget.setProvider(localProvider(server));
    QCOMPARE(widget.signInButton()->text(), u"Sign in with Google"_s);
    QSignalSpy signedIn(&widget, &OAuthSignInWidget::signedIn);
    widget.show();
    QTest::mouseClick(widget.signInButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, kTimeoutMs);
    QVERIFY(widget.statusText().contains(u"Signed in with Google"_s));
    QVERIFY(widget.signInButton()->isEnabled());
    QVERIFY(!widget.cancelButton()->isVisible());

    server.deny = true;
    QTest::mouseClick(widget.signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(widget.statusText().contains(u"declined"_s), kTimeoutMs);
}

void Tst_OAuth::signInDialog()
{
    MockAuthServer server;
    QVERIFY(server.listen());
    Browser browser;
    OAuthSignInDialog dialog(u"acct"_s, u"Work"_s, localProvider(server), u"alice@example.org"_s);
    dialog.signInWidget()->authorizer()->setBrowserOpener(browser.opener());
    dialog.setReason(u"The sign-in is no longer valid"_s);
    QSignalSpy signedIn(&dialog, &OAuthSignInDialog::signedIn);
    dialog.show();
    QTest::mouseClick(dialog.signInWidget()->signInButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, kTimeoutMs);
    QCOMPARE(signedIn.first().first().toString(), u"acct"_s);
    QCOMPARE(signedIn.first().at(1).value<OAuthTokenResult>().accessToken,
             server.accessTokens.last());
    QVERIFY(!dialog.isVisible()); // done: closed itself
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // Closing it while waiting for the browser cancels the sign-in.
    dialog.signInWidget()->authorizer()->setBrowserOpener([](const QUrl &) { return true; });
    dialog.show();
    QTest::mouseClick(dialog.signInWidget()->signInButton(), Qt::LeftButton);
    QVERIFY(dialog.signInWidget()->authorizer()->isRunning());
    dialog.reject();
    QVERIFY(!dialog.signInWidget()->authorizer()->isRunning());
    QVERIFY(dialog.signInWidget()->statusText().contains(u"cancelled"_s));
}

void Tst_OAuth::revokedRefreshTokenAsksToSignInAgain()
{
    MockAuthServer server;
    QVERIFY(server.listen());
    CredentialStore credentials;
    OAuthTokenManager manager(&credentials);
    manager.setAccount(u"acct"_s, localProvider(server));
    OAuthTokenResult tokens;
    tokens.accessToken = u"at-given"_s;
    tokens.refreshToken = u"rt-revoked"_s; // the mock server does not know it
    QSignalSpy ready(&manager, &OAuthTokenManager::accessTokenReady);
    QSignalSpy signIn(&manager, &OAuthTokenManager::signInRequired);
    QSignalSpy problems(&manager, &OAuthTokenManager::problem);
    manager.signedIn(u"acct"_s, tokens);
    QCOMPARE(ready.count(), 1);
    // No keyring: the sign-in holds for this session only, and the user is told.
    QTRY_COMPARE_WITH_TIMEOUT(problems.count(), 1, kTimeoutMs);
    QVERIFY2(problems.first().at(1).toString().contains(u"session only"_s),
             qPrintable(problems.first().at(1).toString()));

    manager.requestAccessToken(u"acct"_s); // the engine's token was rejected
    QTRY_COMPARE_WITH_TIMEOUT(signIn.count(), 1, kTimeoutMs);
    QVERIFY2(signIn.first().at(1).toString().contains(u"Sign in again"_s),
             qPrintable(signIn.first().at(1).toString()));
    QCOMPARE(ready.count(), 1);
    // Forgotten: the next request does not present the dead token again.
    manager.requestAccessToken(u"acct"_s);
    QCOMPARE(signIn.count(), 2);
    QCOMPARE(server.requests.count(u"POST /token grant_type=refresh_token"_s), 1);
}

void Tst_OAuth::endToEnd()
{
    MockAuthServer auth;
    QVERIFY(auth.listen());
    BearerImapServer imap([&auth](const QString &token) { return auth.isValidAccessToken(token); });
    QVERIFY(imap.listen());
    const QString accountsPath = m_dir.filePath(u"accounts.conf"_s);
    {
        QFile file(accountsPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"[gmail]\nhost = 127.0.0.1\nport = %1\nsecurity = plain\n"
                   "user = alice@example.org\nauth = xoauth2\noauth-provider = google\n"
                   "oauth-client-id = %2\n"_s.arg(imap.port())
                       .arg(auth.clientId)
                       .toUtf8());
    }
    const QString logPath = m_dir.filePath(u"wire.log"_s);

    MailEngine engine;
    engine.setReconnectLimits(200, 5000);
    engine.setProtocolLogFile(logPath);
    CredentialStore credentials;
    AccountController controller(&engine, &credentials);
    controller.loadAccountsFile(accountsPath);
    QCOMPARE(controller.loadErrors(), QStringList());
    QVERIFY(controller.oauthTokens()->hasAccount(u"gmail"_s));
    const OAuthProvider provider = localProvider(auth);
    controller.oauthTokens()->setAccount(u"gmail"_s, provider); // the mock's endpoints

    AccountStatus::State state = AccountStatus::State::Stopped;
    connect(&engine, &MailEngine::accountStatusChanged, this,
            [&state](const AccountStatus &status) { state = status.state; });
    QSignalSpy signInNeeded(&controller, &AccountController::signInNeeded);
    QSignalSpy problems(&controller, &AccountController::passwordProblem);
    QSignalSpy passwords(&controller, &AccountController::passwordNeeded);
    controller.start(m_dir.filePath(u"seen.json"_s));

    // Nothing saved (and no keyring to save in): the user is asked to sign in, in words.
    QTRY_COMPARE_WITH_TIMEOUT(signInNeeded.count(), 1, kTimeoutMs);
    const QString reason = signInNeeded.first().at(1).toString();
    QVERIFY2(reason.contains(u"keyring"_s) && reason.contains(u"session only"_s),
             qPrintable(reason));
    QTRY_COMPARE_WITH_TIMEOUT(state, AccountStatus::State::WaitingForPassword, kTimeoutMs);
    QCOMPARE(imap.acceptedTokens.size() + imap.rejectedTokens.size(), 0);

    // The user signs in; short-lived tokens, so the test sees them expire.
    auth.accessTokenSeconds = 4;
    Browser browser;
    OAuthAuthorizer authorizer;
    authorizer.setBrowserOpener(browser.opener());
    connect(&authorizer, &OAuthAuthorizer::succeeded, &controller,
            [&controller](const OAuthTokenResult &tokens) {
                controller.provideSignIn(u"gmail"_s, tokens);
            });
    authorizer.start(provider, u"alice@example.org"_s);
    QTRY_COMPARE_WITH_TIMEOUT(state, AccountStatus::State::Online, kTimeoutMs);
    QCOMPARE(imap.acceptedTokens, QStringList {auth.accessTokens.first()});
    auth.accessTokenSeconds = 3600; // the refreshed ones live long
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), kTimeoutMs);
    QVERIFY2(problems.last().at(1).toString().contains(u"session only"_s),
             qPrintable(problems.last().at(1).toString()));

    // Refreshed before it expires (at half its short life), without a new sign-in.
    QTRY_COMPARE_WITH_TIMEOUT(auth.refreshGrants, 1, kTimeoutMs);
    const int grantsBefore = auth.refreshGrants;
    // The first token expires; the server ends the session (Microsoft's BYE). The engine asks
    // for a fresh token at once and logs in again with it.
    QTRY_VERIFY_WITH_TIMEOUT(!auth.isValidAccessToken(imap.acceptedTokens.first()), kTimeoutMs);
    imap.expireSessions();
    QTRY_COMPARE_WITH_TIMEOUT(imap.acceptedTokens.size(), 2, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(state, AccountStatus::State::Online, kTimeoutMs);
    QCOMPARE(auth.refreshGrants, grantsBefore + 1);
    QCOMPARE(imap.acceptedTokens.last(), auth.accessTokens.last());
    QCOMPARE(imap.rejectedTokens, QStringList()); // never offered an old token
    QCOMPARE(auth.codeGrants, 1); // one sign-in
    QCOMPARE(signInNeeded.count(), 1);
    QCOMPARE(passwords.count(), 0);

    // Only bearer tokens went to the server; no refresh token left the token endpoint's
    // conversation, and the wire log has no access token.
    for (const QString &mechanism : std::as_const(imap.mechanisms))
        QCOMPARE(mechanism, u"AUTHENTICATE XOAUTH2"_s);
    for (const QString &refresh : std::as_const(auth.refreshTokens))
        QVERIFY(!imap.clientBytes.contains(refresh.toUtf8()));
    engine.setProtocolLogFile(QString()); // flushed and closed
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(logPath).size() > 0, kTimeoutMs);
    // Every file written here (wire log, seen store) holds no token.
    QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        for (const QString &token : auth.accessTokens + auth.refreshTokens)
            QVERIFY2(!content.contains(token.toUtf8()), qPrintable(file.fileName()));
    }
}

QTEST_MAIN(Tst_OAuth)
#include "tst_oauth.moc"
