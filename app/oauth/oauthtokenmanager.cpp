#include "oauthtokenmanager.h"

#include "credentialstore.h"
#include "oauthtokenclient.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Errors only a new interactive sign-in (or a new client id) can cure.
bool needsSignIn(const QString &code)
{
    return code == u"invalid_grant"_s || code == u"invalid_client"_s
        || code == u"unauthorized_client"_s || code == u"invalid_scope"_s;
}

} // namespace

QString OAuthTokenManager::keyringKey(const QString &accountId)
{
    return accountId + u"/oauth-refresh-token"_s;
}

OAuthTokenManager::OAuthTokenManager(CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_client(new OAuthTokenClient(this))
{ }

OAuthTokenManager::~OAuthTokenManager()
{
    for (const auto &account : std::as_const(m_accounts)) {
        account->refreshToken.fill(u'\0');
        account->accessToken.fill(u'\0');
    }
}

void OAuthTokenManager::setAccount(const QString &accountId, const OAuthProvider &provider)
{
    auto &account = m_accounts[accountId];
    if (account && account->provider.clientId == provider.clientId
        && account->provider.tokenUrl == provider.tokenUrl) {
        account->provider = provider;
        return;
    }
    // New, or another client: tokens of another client are not valid for this one.
    account = std::make_shared<Account>();
    account->provider = provider;
}

void OAuthTokenManager::removeAccount(const QString &accountId)
{
    m_accounts.remove(accountId);
}

void OAuthTokenManager::keepOnly(const QStringList &accountIds)
{
    for (const QString &id : m_accounts.keys()) {
        if (!accountIds.contains(id))
            m_accounts.remove(id);
    }
}

bool OAuthTokenManager::hasAccount(const QString &accountId) const
{
    return m_accounts.contains(accountId);
}

std::optional<OAuthProvider> OAuthTokenManager::provider(const QString &accountId) const
{
    const auto it = m_accounts.constFind(accountId);
    if (it == m_accounts.cend())
        return std::nullopt;
    return (*it)->provider;
}

QDateTime OAuthTokenManager::expiresAt(const QString &accountId) const
{
    const auto it = m_accounts.constFind(accountId);
    return it == m_accounts.cend() ? QDateTime() : (*it)->expiresAt;
}

OAuthTokenManager::Account *OAuthTokenManager::find(const QString &accountId)
{
    const auto it = m_accounts.constFind(accountId);
    return it == m_accounts.cend() ? nullptr : it->get();
}

void OAuthTokenManager::requestAccessToken(const QString &accountId)
{
    Account *account = find(accountId);
    if (!account)
        return;
    if (const QString problem = account->provider.problem(); !problem.isEmpty()) {
        Q_EMIT signInRequired(accountId, problem);
        return;
    }
    // The engine asks only when it has no token or the one it had was turned down: always a
    // new one.
    refresh(accountId);
}

void OAuthTokenManager::refresh(const QString &accountId)
{
    Account *account = find(accountId);
    if (!account || account->refreshing)
        return;
    if (!account->refreshToken.isEmpty()) {
        startRefresh(accountId);
        return;
    }
    if (account->keyringRead) {
        Q_EMIT signInRequired(accountId, tr("Not signed in: sign in to this account."));
        return;
    }
    account->refreshing = true;
    QPointer<OAuthTokenManager> self(this);
    m_credentials->read(
        keyringKey(accountId), [self, accountId](const CredentialStore::Result &result) {
            if (!self)
                return;
            Account *account = self->find(accountId);
            if (!account)
                return;
            account->refreshing = false;
            switch (result.status) {
            case CredentialStore::Result::Status::Found:
                account->keyringRead = true;
                account->refreshToken = result.password;
                self->startRefresh(accountId);
                return;
            case CredentialStore::Result::Status::NotFound:
                account->keyringRead = true;
                Q_EMIT self->signInRequired(
                    accountId, tr("Not signed in: no sign-in is saved for this account."));
                return;
            case CredentialStore::Result::Status::Unavailable:
            case CredentialStore::Result::Status::Failed:
                // Not marked read: a later request tries the keyring again.
                Q_EMIT self->signInRequired(
                    accountId,
                    result.error + u' '
                        + tr(
                            "Sign in again; the sign-in is kept in memory for this session only."));
                return;
            }
        });
}

void OAuthTokenManager::startRefresh(const QString &accountId)
{
    Account *account = find(accountId);
    if (!account || account->refreshing)
        return;
    account->refreshing = true;
    if (account->timer)
        account->timer->stop();
    m_client->refresh(
        account->provider, account->refreshToken,
        [this, accountId](const OAuthTokenResult &result) { refreshed(accountId, result); });
}

void OAuthTokenManager::refreshed(const QString &accountId, const OAuthTokenResult &result)
{
    Account *account = find(accountId);
    if (!account)
        return;
    account->refreshing = false;
    if (result.isOk()) {
        account->retryDelayMs = retryMs;
        accept(*account, accountId, result);
        return;
    }
    account->accessToken.clear();
    account->expiresAt = {};
    if (needsSignIn(result.errorCode)) {
        account->refreshToken.clear();
        if (result.errorCode == u"invalid_grant"_s) {
            // Revoked or expired for good: keep no dead secret in the keyring.
            m_credentials->remove(keyringKey(accountId), [](const CredentialStore::Result &) {});
        }
        Q_EMIT signInRequired(accountId, result.error);
        return;
    }
    const int delay = account->retryDelayMs;
    account->retryDelayMs = std::min(account->retryDelayMs * 2, maxRetryMs);
    Q_EMIT problem(accountId,
                   result.error + u' '
                       + tr("Trying again in %n second(s).", nullptr, delay / 1000));
    schedule(*account, accountId, delay);
}

void OAuthTokenManager::signedIn(const QString &accountId, const OAuthTokenResult &tokens)
{
    Account *account = find(accountId);
    if (!account || !tokens.isOk())
        return;
    account->retryDelayMs = retryMs;
    account->keyringRead = true;
    accept(*account, accountId, tokens);
}

void OAuthTokenManager::accept(Account &account, const QString &accountId,
                               const OAuthTokenResult &tokens)
{
    account.accessToken = tokens.accessToken;
    account.expiresAt = tokens.expiresAt;
    // RFC 6749 6: the server may rotate the refresh token; the old one may then be dead.
    if (!tokens.refreshToken.isEmpty() && tokens.refreshToken != account.refreshToken) {
        account.refreshToken = tokens.refreshToken;
        saveRefreshToken(accountId, tokens.refreshToken);
    }
    if (account.expiresAt.isValid()) {
        const qint64 life = QDateTime::currentDateTimeUtc().msecsTo(account.expiresAt);
        // Short-lived tokens (under two minutes) refresh at half their life, never in a loop.
        schedule(account, accountId, std::max({life - refreshLeadMs, life / 2, qint64(1000)}));
    }
    Q_EMIT accessTokenReady(accountId, account.accessToken);
}

void OAuthTokenManager::saveRefreshToken(const QString &accountId, const QString &refreshToken)
{
    QPointer<OAuthTokenManager> self(this);
    m_credentials->write(keyringKey(accountId), refreshToken,
                         [self, accountId](const CredentialStore::Result &result) {
                             if (!self || result.status == CredentialStore::Result::Status::Found)
                                 return;
                             Q_EMIT self->problem(
                                 accountId,
                                 result.error + u' '
                                     + tr("The sign-in is kept in memory for this session only; "
                                          "you will have to sign in again after a restart."));
                         });
}

void OAuthTokenManager::schedule(Account &account, const QString &accountId, qint64 delayMs)
{
    if (!account.timer) {
        account.timer = std::make_unique<QTimer>();
        account.timer->setSingleShot(true);
        connect(account.timer.get(), &QTimer::timeout, this,
                [this, accountId] { refresh(accountId); });
    }
    account.timer->start(std::chrono::milliseconds(delayMs));
}

void OAuthTokenManager::signOut(const QString &accountId)
{
    if (Account *account = find(accountId)) {
        account->refreshToken.clear();
        account->accessToken.clear();
        account->expiresAt = {};
        if (account->timer)
            account->timer->stop();
    }
    m_credentials->remove(keyringKey(accountId), [](const CredentialStore::Result &) {});
}
