#include "oauthauthorizer.h"

#include "oauthtokenclient.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QHostAddress>
#include <QOAuthHttpServerReplyHandler>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QString value(const QVariantMap &values, const QString &key)
{
    return QUrl::fromPercentEncoding(values.value(key).toString().toUtf8());
}

} // namespace

OAuthAuthorizer::OAuthAuthorizer(QObject *parent)
    : QObject(parent)
    , m_tokens(new OAuthTokenClient(this))
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(OAuthTokenResult::failure(
            u"timeout"_s, tr("The sign-in was not completed in the browser in time. Try again.")));
    });
}

OAuthAuthorizer::~OAuthAuthorizer() = default;

void OAuthAuthorizer::start(const OAuthProvider &provider, const QString &loginHint)
{
    cancel();
    m_provider = provider;
    if (const QString problem = provider.problem(); !problem.isEmpty()) {
        m_running = true;
        finish(OAuthTokenResult::failure(u"configuration"_s, problem));
        return;
    }
    m_running = true;
    m_exchanging = false;
    // RFC 8252 7.3: the loopback IP literal, any free port, only for this sign-in.
    m_listener = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!m_listener->isListening()) {
        finish(OAuthTokenResult::failure(
            u"listen"_s, tr("Could not listen on 127.0.0.1 for the browser's answer.")));
        return;
    }
    m_listener->setCallbackText(
        tr("Mailbell received the answer. You can close this page and return to Mailbell."));
    connect(m_listener, &QOAuthHttpServerReplyHandler::callbackReceived, this,
            &OAuthAuthorizer::onCallback);
    m_redirectUri = m_listener->callback();
    m_pkce = Pkce::generate();
    m_state = Pkce::randomToken(16);

    QUrlQuery query;
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"client_id"_s, provider.clientId);
    query.addQueryItem(u"redirect_uri"_s, m_redirectUri);
    query.addQueryItem(u"scope"_s, provider.scope);
    query.addQueryItem(u"state"_s, QString::fromLatin1(m_state));
    query.addQueryItem(u"code_challenge"_s, QString::fromLatin1(m_pkce.challenge));
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    if (provider.id == u"google"_s) // a refresh token on every consent
        query.addQueryItem(u"access_type"_s, u"offline"_s);
    if (!loginHint.isEmpty())
        query.addQueryItem(u"login_hint"_s, loginHint);
    QUrl url = provider.authorizationUrl;
    QUrlQuery merged(url);
    for (const auto &[key, item] : query.queryItems(QUrl::FullyDecoded))
        merged.addQueryItem(key, item);
    url.setQuery(merged);
    m_authorizationUrl = url;

    m_timeout.start(m_timeoutMs);
    Q_EMIT waitingForBrowser(url);
    if (m_running && !m_opener(url)) {
        finish(OAuthTokenResult::failure(
            u"browser"_s,
            tr("No web browser could be opened. Open this address yourself: %1")
                .arg(url.toString(QUrl::FullyEncoded))));
    }
}

void OAuthAuthorizer::cancel()
{
    if (!m_running)
        return;
    finish(OAuthTokenResult::failure(u"cancelled"_s, tr("The sign-in was cancelled.")));
}

void OAuthAuthorizer::onCallback(const QVariantMap &values)
{
    if (!m_running || m_exchanging)
        return;
    // Not an OAuth answer (the browser asking for /favicon.ico): not ours to judge.
    if (!values.contains(u"state"_s) && !values.contains(u"code"_s) && !values.contains(u"error"_s))
        return;
    // RFC 6749 10.12: an answer that does not carry our state is not ours (a forged redirect
    // from another page); it must not be exchanged.
    if (value(values, u"state"_s).toLatin1() != m_state) {
        finish(OAuthTokenResult::failure(
            u"state"_s,
            tr("The browser's answer does not belong to this sign-in (state "
               "mismatch); it was ignored for safety. Try again.")));
        return;
    }
    if (const QString error = value(values, u"error"_s); !error.isEmpty()) {
        finish(OAuthTokenResult::failure(
            error, OAuthErrors::describe(error, value(values, u"error_description"_s))));
        return;
    }
    const QString code = value(values, u"code"_s);
    if (code.isEmpty()) {
        finish(OAuthTokenResult::failure(
            u"response"_s, tr("The browser's answer carries no authorization code.")));
        return;
    }
    m_exchanging = true;
    Q_EMIT exchangingCode();
    m_tokens->exchangeCode(
        m_provider, code, m_pkce.verifier, m_redirectUri, [this](const OAuthTokenResult &result) {
            if (!m_running)
                return; // cancelled meanwhile
            if (result.isOk() && result.refreshToken.isEmpty()) {
                finish(OAuthTokenResult::failure(u"response"_s,
                                                 tr("The provider gave no refresh token, so "
                                                    "Mailbell could not stay signed in.")));
                return;
            }
            finish(result);
        });
}

void OAuthAuthorizer::finish(const OAuthTokenResult &result)
{
    if (!m_running)
        return;
    m_running = false;
    m_exchanging = false;
    m_timeout.stop();
    stopListening();
    m_pkce = {};
    m_state.clear();
    if (result.isOk())
        Q_EMIT succeeded(result);
    else
        Q_EMIT failed(result.error);
}

void OAuthAuthorizer::stopListening()
{
    if (!m_listener)
        return;
    m_listener->close();
    // Deleted later: finish() may run inside its callbackReceived.
    m_listener->deleteLater();
    m_listener = nullptr;
}
