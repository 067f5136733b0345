#include "accountcontroller.h"

#include "credentialstore.h"
#include "oauthtokenmanager.h"
#include "passwordcommandjob.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using ImapCore::AccountStatus;

AccountController::AccountController(ImapCore::MailEngine *engine, CredentialStore *credentials,
                                     QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_credentials(credentials)
    , m_oauth(new OAuthTokenManager(credentials, this))
{
    connect(m_engine, &ImapCore::MailEngine::passwordRequired, this,
            &AccountController::onPasswordRequired);
    connect(m_engine, &ImapCore::MailEngine::accessTokenRequired, this,
            &AccountController::onAccessTokenRequired);
    connect(m_oauth, &OAuthTokenManager::accessTokenReady, m_engine,
            &ImapCore::MailEngine::setAccessToken);
    connect(m_oauth, &OAuthTokenManager::signInRequired, this,
            [this](const QString &accountId, const QString &reason) {
                // The engine shows the account as waiting instead of asking again and again.
                m_engine->setAccessToken(accountId, QString());
                Q_EMIT signInNeeded(accountId, reason);
            });
    connect(m_oauth, &OAuthTokenManager::problem, this, &AccountController::passwordProblem);
    connect(m_engine, &ImapCore::MailEngine::accountStatusChanged, this,
            &AccountController::onAccountStatus);
}

AccountController::~AccountController()
{
    for (Account &account : m_accounts)
        account.memoryPassword.fill(u'\0');
}

void AccountController::loadAccountsFile(const QString &path)
{
    const AccountsFile::Result result = AccountsFile::load(path);
    m_loadErrors = result.errors;
    m_loadWarnings = result.warnings;
    QList<Account> kept;
    for (Account &account : m_accounts) {
        if (account.source == Source::Memory)
            kept.append(std::move(account)); // not from the file: the file cannot remove it
    }
    m_accounts = std::move(kept);
    QStringList oauthIds;
    for (const AccountsFile::Account &fileAccount : result.accounts) {
        if (fileAccount.spec.connection.authMethod
            != ImapCore::AccountConfig::AuthMethod::Password) {
            // The file reader accepts only known providers.
            if (const auto provider = OAuthProvider::forAccount(fileAccount.oauthProvider,
                                                                fileAccount.oauthClientId)) {
                m_oauth->setAccount(fileAccount.spec.id, *provider);
                oauthIds.append(fileAccount.spec.id);
            }
        }
        Account account;
        account.spec = fileAccount.spec;
        account.passwordCommand = fileAccount.passwordCommand;
        account.openCommand = fileAccount.openCommand;
        account.color = fileAccount.color;
        if (!fileAccount.passwordCommand.isEmpty())
            account.source = Source::Command;
        else if (fileAccount.passwordStore == AccountsFile::Account::PasswordStore::Ask)
            account.source = Source::Ask;
        else
            account.source = Source::Keyring;
        m_accounts.append(std::move(account));
    }
    m_oauth->keepOnly(oauthIds);
    Q_EMIT accountsChanged();
}

void AccountController::addInMemoryAccount(const ImapCore::AccountSpec &spec,
                                           const QString &password)
{
    Account account;
    account.spec = spec;
    account.source = Source::Memory;
    account.memoryPassword = password;
    m_accounts.append(std::move(account));
    Q_EMIT accountsChanged();
}

QList<AccountInfo> AccountController::accountInfos() const
{
    QList<AccountInfo> infos;
    for (const Account &account : m_accounts) {
        AccountInfo info;
        info.id = account.spec.id;
        info.displayName = account.spec.displayName.isEmpty()
            ? account.spec.connection.user + u'@' + account.spec.connection.host
            : account.spec.displayName;
        info.user = account.spec.connection.user;
        info.host = account.spec.connection.host;
        info.port = account.spec.connection.port;
        info.openCommand = account.openCommand;
        info.color = account.color;
        infos.append(info);
    }
    return infos;
}

QList<ImapCore::AccountSpec> AccountController::accountSpecs() const
{
    QList<ImapCore::AccountSpec> specs;
    for (const Account &account : m_accounts)
        specs.append(account.spec);
    return specs;
}

void AccountController::start(const QString &seenStorePath)
{
    m_started = true;
    m_engine->start(accountSpecs(), seenStorePath);
}

void AccountController::apply()
{
    if (m_started)
        m_engine->reconfigure(accountSpecs());
}

bool AccountController::canRememberPassword(const QString &accountId) const
{
    const auto it = std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                                 [&](const Account &a) { return a.spec.id == accountId; });
    return it != m_accounts.cend() && it->source == Source::Keyring;
}

void AccountController::providePassword(const QString &accountId, const QString &password,
                                        bool remember)
{
    Account *account = find(accountId);
    if (!account) {
        // Not loaded yet: a new account the settings dialog is saving. The engine keeps the
        // password for the account's session, which then logs in without asking.
        m_engine->setPassword(accountId, password);
        return;
    }
    account->given = Account::Given::User;
    m_engine->setPassword(accountId, password);
    if (!remember || account->source != Source::Keyring)
        return;
    m_credentials->write(accountId, password,
                         [this, accountId](const CredentialStore::Result &result) {
                             if (result.status != CredentialStore::Result::Status::Found)
                                 Q_EMIT passwordProblem(accountId, result.error);
                         });
}

void AccountController::provideSignIn(const QString &accountId, const OAuthTokenResult &tokens)
{
    m_oauth->signedIn(accountId, tokens);
}

void AccountController::onAccessTokenRequired(const QString &accountId)
{
    if (m_oauth->hasAccount(accountId)) {
        m_oauth->requestAccessToken(accountId);
        return;
    }
    m_engine->setAccessToken(accountId, QString());
    Q_EMIT signInNeeded(accountId, tr("This account has no OAuth provider (oauth-provider)."));
}

void AccountController::onPasswordRequired(const QString &accountId)
{
    Account *account = find(accountId);
    if (!account)
        return;
    const Account::Given given = account->given;
    if (given == Account::Given::User) {
        Q_EMIT passwordNeeded(accountId, tr("The server rejected the password."));
        return;
    }
    account->given = Account::Given::Source;
    switch (account->source) {
    case Source::Memory:
        if (given == Account::Given::Nothing && !account->memoryPassword.isEmpty())
            m_engine->setPassword(accountId, account->memoryPassword);
        else
            Q_EMIT passwordNeeded(accountId, tr("The server rejected the password."));
        return;
    case Source::Ask:
        // Never the keyring: the user chose to type it at each start.
        Q_EMIT passwordNeeded(accountId,
                              given == Account::Given::Nothing
                                  ? tr("Mailbell asks for this account's password at each start "
                                       "and keeps it in memory only.")
                                  : tr("The server rejected the password."));
        return;
    case Source::Keyring:
        if (given == Account::Given::Source) {
            Q_EMIT passwordNeeded(accountId, tr("The server rejected the saved password."));
            return;
        }
        m_credentials->read(accountId, [this, accountId](const CredentialStore::Result &result) {
            switch (result.status) {
            case CredentialStore::Result::Status::Found:
                m_engine->setPassword(accountId, result.password);
                return;
            case CredentialStore::Result::Status::NotFound:
                Q_EMIT passwordNeeded(accountId, tr("No password is saved for this account."));
                return;
            case CredentialStore::Result::Status::Unavailable:
            case CredentialStore::Result::Status::Failed:
                Q_EMIT passwordNeeded(accountId, result.error);
                return;
            }
        });
        return;
    case Source::Command:
        if (account->job || (account->retryTimer && account->retryTimer->isActive()))
            return; // already on its way
        if (given == Account::Given::Nothing) {
            runPasswordCommand(*account);
            return;
        }
        // Rejected: the command would print the same password at once. Wait, growing.
        scheduleCommandRetry(*account);
        return;
    }
}

void AccountController::scheduleCommandRetry(Account &account)
{
    if (!account.retryTimer) {
        account.retryTimer = std::make_shared<QTimer>();
        account.retryTimer->setSingleShot(true);
        connect(account.retryTimer.get(), &QTimer::timeout, this,
                [this, accountId = account.spec.id] {
                    if (Account *again = find(accountId))
                        runPasswordCommand(*again);
                });
    }
    account.retryTimer->start(account.retryDelayMs);
    account.retryDelayMs = qMin(account.retryDelayMs * 2, maxPasswordRetryMs);
}

void AccountController::runPasswordCommand(Account &account)
{
    auto *job =
        new PasswordCommandJob(account.passwordCommand, PasswordCommand::defaultTimeoutMs, this);
    account.job = job;
    const QString accountId = account.spec.id;
    connect(job, &PasswordCommandJob::finished, this,
            [this, accountId](const PasswordCommand::Result &result) {
                Account *account = find(accountId);
                if (!account)
                    return;
                if (result.isOk()) {
                    m_engine->setPassword(accountId, result.password);
                    return;
                }
                // The engine waits for a password and will not ask again: try later.
                scheduleCommandRetry(*account);
                Q_EMIT passwordProblem(accountId, result.error);
            });
    job->start();
}

void AccountController::onAccountStatus(const AccountStatus &status)
{
    // Logged in: a later passwordRequired (the password was changed on the server) starts
    // over: read the keyring again, run the command now.
    if (status.state != AccountStatus::State::Online
        && status.state != AccountStatus::State::Synchronizing)
        return;
    if (Account *account = find(status.accountId)) {
        account->given = Account::Given::Nothing;
        account->retryDelayMs = passwordRetryMs;
    }
}

AccountController::Account *AccountController::find(const QString &accountId)
{
    for (Account &account : m_accounts) {
        if (account.spec.id == accountId)
            return &account;
    }
    return nullptr;
}
