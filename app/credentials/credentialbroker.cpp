#include "credentialbroker.h"

#include "mailengine.h"
#include "oauthtokenmanager.h"
#include "passwordcommandjob.h"

#include <QPointer>
#include <QTimer>

using ImapCore::AccountStatus;
using ImapCore::MailEngine;

struct CredentialBroker::State
{
    // Where the password the engine has now came from. A request means the server rejected it,
    // or (Nothing) that none was given since the account last logged in.
    enum class Given { Nothing, Source, Person };

    ~State() { account.memoryPassword.fill(u'\0'); }

    // Waiting for an answer already: a further request changes nothing.
    bool busy() const { return job || keyringRead != 0 || retryTimer.isActive() || askingPerson; }

    Account account;
    Given given = Given::Nothing;
    bool askingPerson = false; // passwordNeeded went out; no password typed since
    int retryDelayMs = 0;
    QTimer retryTimer;
    QPointer<PasswordCommandJob> job;
    quint64 keyringRead = 0; // the keyring read waited for; 0: none
};

CredentialBroker::CredentialBroker(CredentialStore *keyring, const Options &options,
                                   QObject *parent)
    : QObject(parent)
    , m_keyring(keyring)
    , m_oauth(new OAuthTokenManager(keyring, this))
    , m_options(options)
{
    connect(m_oauth, &OAuthTokenManager::accessTokenReady, this,
            &CredentialBroker::accessTokenReady);
    connect(m_oauth, &OAuthTokenManager::signInRequired, this,
            [this](const QString &accountId, const QString &reason) {
                // The engine shows the account as waiting instead of asking again and again.
                Q_EMIT accessTokenReady(accountId, QString());
                Q_EMIT signInNeeded(accountId, reason);
            });
    connect(m_oauth, &OAuthTokenManager::problem, this, &CredentialBroker::passwordProblem);
}

CredentialBroker::~CredentialBroker() = default;

void CredentialBroker::serve(MailEngine *engine)
{
    connect(engine, &MailEngine::passwordRequired, this, &CredentialBroker::requestPassword);
    connect(engine, &MailEngine::accessTokenRequired, this, &CredentialBroker::requestAccessToken);
    connect(engine, &MailEngine::accountStatusChanged, this, [this](const AccountStatus &status) {
        if (status.state == AccountStatus::State::Online
            || status.state == AccountStatus::State::Synchronizing)
            loggedIn(status.accountId);
    });
    connect(this, &CredentialBroker::passwordReady, engine, &MailEngine::setPassword);
    connect(this, &CredentialBroker::accessTokenReady, engine, &MailEngine::setAccessToken);
}

void CredentialBroker::setAccount(const Account &account)
{
    if (account.source == Source::OAuth && account.oauthProvider)
        m_oauth->setAccount(account.id, *account.oauthProvider);
    else
        m_oauth->removeAccount(account.id);
    std::shared_ptr<State> &state = m_accounts[account.id];
    if (state && state->account.source == account.source
        && state->account.passwordCommand == account.passwordCommand) {
        state->account.memoryPassword.fill(u'\0');
        state->account = account;
        return;
    }
    state = std::make_shared<State>();
    state->account = account;
    state->retryDelayMs = m_options.retryMs;
    state->retryTimer.setSingleShot(true);
    connect(&state->retryTimer, &QTimer::timeout, this, [this, accountId = account.id] {
        State *again = find(accountId);
        if (!again)
            return;
        if (again->account.source == Source::Command)
            runCommand(*again);
        else
            readKeyring(*again);
    });
}

void CredentialBroker::keepOnly(const QStringList &accountIds)
{
    QStringList oauthIds;
    for (auto it = m_accounts.begin(); it != m_accounts.end();) {
        if (!accountIds.contains(it.key())) {
            it = m_accounts.erase(it);
            continue;
        }
        if ((*it)->account.source == Source::OAuth)
            oauthIds.append(it.key());
        ++it;
    }
    m_oauth->keepOnly(oauthIds);
}

std::optional<CredentialBroker::Source> CredentialBroker::sourceOf(const QString &accountId) const
{
    if (const State *state = find(accountId))
        return state->account.source;
    return std::nullopt;
}

void CredentialBroker::requestPassword(const QString &accountId)
{
    State *state = find(accountId);
    if (!state || state->busy())
        return;
    using Given = State::Given;
    const Given given = state->given;
    if (given == Given::Person) {
        needPerson(*state, Need::Rejected);
        return;
    }
    switch (state->account.source) {
    case Source::Memory:
        if (given == Given::Nothing && !state->account.memoryPassword.isEmpty())
            deliver(*state, state->account.memoryPassword);
        else
            needPerson(*state, Need::Rejected);
        return;
    case Source::Ask:
        // Never the keyring: the user chose to type it at each start.
        needPerson(*state, given == Given::Nothing ? Need::AskAtStart : Need::Rejected);
        return;
    case Source::Keyring:
        if (given == Given::Nothing)
            readKeyring(*state);
        else if (m_options.frontend == Frontend::Interactive)
            needPerson(*state, Need::SavedRejected);
        else
            scheduleRetry(*state); // the tray app may save a new one meanwhile
        return;
    case Source::Command:
        // Rejected: the command would print the same password at once. Wait, growing.
        if (given == Given::Nothing)
            runCommand(*state);
        else
            scheduleRetry(*state);
        return;
    case Source::OAuth:
        return; // logs in with tokens (requestAccessToken)
    }
}

void CredentialBroker::requestAccessToken(const QString &accountId)
{
    if (m_oauth->hasAccount(accountId)) {
        m_oauth->requestAccessToken(accountId);
        return;
    }
    // The account waits (an empty token) instead of asking again and again.
    Q_EMIT accessTokenReady(accountId, QString());
    if (sourceOf(accountId) == Source::OAuth)
        Q_EMIT signInNeeded(accountId, tr("This account has no OAuth provider (oauth-provider)."));
}

void CredentialBroker::loggedIn(const QString &accountId)
{
    State *state = find(accountId);
    if (!state)
        return;
    state->given = State::Given::Nothing;
    state->askingPerson = false;
    state->retryDelayMs = m_options.retryMs;
    state->retryTimer.stop();
}

void CredentialBroker::providePassword(const QString &accountId, const QString &password,
                                       bool remember)
{
    // Unknown: an account the settings dialog is saving. The engine keeps the password for the
    // account's session, which then logs in without asking.
    State *state = find(accountId);
    if (state) {
        state->given = State::Given::Person;
        state->askingPerson = false;
    }
    Q_EMIT passwordReady(accountId, password);
    if (!remember || !state || state->account.source != Source::Keyring)
        return;
    m_keyring->write(accountId, password,
                     [broker = QPointer(this), accountId](const CredentialStore::Result &result) {
                         if (broker && result.status != CredentialStore::Result::Status::Found)
                             Q_EMIT broker->passwordProblem(accountId, result.error);
                     });
}

void CredentialBroker::provideSignIn(const QString &accountId, const OAuthTokenResult &tokens)
{
    m_oauth->signedIn(accountId, tokens);
}

CredentialBroker::State *CredentialBroker::find(const QString &accountId) const
{
    return m_accounts.value(accountId).get();
}

void CredentialBroker::runCommand(State &state)
{
    const auto input = m_options.frontend == Frontend::Headless
        ? PasswordCommandJob::Input::Forwarded
        : PasswordCommandJob::Input::None;
    auto *job = new PasswordCommandJob(state.account.passwordCommand, m_options.commandTimeoutMs,
                                       input, this);
    state.job = job;
    connect(job, &PasswordCommandJob::finished, this,
            [this, job, accountId = state.account.id](const PasswordCommand::Result &result) {
                const std::shared_ptr<State> state = m_accounts.value(accountId);
                if (!state || state->job != job)
                    return; // forgotten, or another command since
                state->job = nullptr;
                if (result.isOk()) {
                    deliver(*state, result.password);
                    return;
                }
                // The engine waits for a password and will not ask again: try later.
                Q_EMIT passwordProblem(accountId, result.error);
                scheduleRetry(*state);
            });
    job->start();
}

void CredentialBroker::readKeyring(State &state)
{
    const quint64 read = ++m_lastKeyringRead;
    const QString accountId = state.account.id;
    state.keyringRead = read;
    m_keyring->read(accountId,
                    [broker = QPointer(this), accountId, read](const CredentialStore::Result &r) {
                        if (broker)
                            broker->keyringAnswered(accountId, read, r);
                    });
    if (m_options.keyringTimeoutMs <= 0)
        return;
    QTimer::singleShot(m_options.keyringTimeoutMs, this, [this, accountId, read] {
        const std::shared_ptr<State> state = m_accounts.value(accountId);
        if (!state || state->keyringRead != read)
            return;
        state->keyringRead = 0;
        needPerson(*state, Need::KeyringSilent,
                   tr("The keyring did not answer within %n second(s).", nullptr,
                      m_options.keyringTimeoutMs / 1000));
    });
}

void CredentialBroker::keyringAnswered(const QString &accountId, quint64 read,
                                       const CredentialStore::Result &result)
{
    const std::shared_ptr<State> state = m_accounts.value(accountId);
    if (!state || state->keyringRead != read)
        return; // forgotten, timed out, or read again since
    state->keyringRead = 0;
    switch (result.status) {
    case CredentialStore::Result::Status::Found:
        deliver(*state, result.password);
        return;
    case CredentialStore::Result::Status::NotFound:
        needPerson(*state, Need::NotSaved);
        return;
    case CredentialStore::Result::Status::Unavailable:
        needPerson(*state, Need::KeyringUnavailable, result.error);
        return;
    case CredentialStore::Result::Status::Failed:
        needPerson(*state, Need::KeyringFailed, result.error);
        return;
    }
}

void CredentialBroker::scheduleRetry(State &state)
{
    const int delayMs = state.retryDelayMs;
    state.retryTimer.start(delayMs);
    state.retryDelayMs = qMin(delayMs * 2, m_options.maxRetryMs);
    Q_EMIT retryScheduled(state.account.id, delayMs);
}

void CredentialBroker::deliver(State &state, const QString &password)
{
    state.given = State::Given::Source;
    Q_EMIT passwordReady(state.account.id, password);
}

void CredentialBroker::needPerson(State &state, Need need, const QString &detail)
{
    state.askingPerson = true;
    Q_EMIT passwordNeeded(state.account.id, need, detail);
}
