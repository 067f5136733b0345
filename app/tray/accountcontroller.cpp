#include "accountcontroller.h"

#include "accountcredentials.h"

AccountController::AccountController(ImapCore::MailEngine *engine, CredentialStore *credentials,
                                     QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_broker(new CredentialBroker(credentials, CredentialBroker::Options(), this))
{
    m_broker->serve(m_engine);
    connect(m_broker, &CredentialBroker::passwordNeeded, this,
            [this](const QString &accountId, CredentialBroker::Need need, const QString &detail) {
                Q_EMIT passwordNeeded(accountId, reasonFor(need, detail));
            });
    connect(m_broker, &CredentialBroker::passwordProblem, this,
            &AccountController::passwordProblem);
    connect(m_broker, &CredentialBroker::signInNeeded, this, &AccountController::signInNeeded);
}

void AccountController::loadAccountsFile(const QString &path)
{
    const AccountsFile::Result result = AccountsFile::load(path);
    m_loadErrors = result.errors;
    m_loadWarnings = result.warnings;
    QList<Account> kept;
    QStringList ids;
    for (Account &account : m_accounts) {
        if (account.inMemory) {
            ids.append(account.spec.id);
            kept.append(std::move(account));
        }
    }
    m_accounts = std::move(kept);
    for (const AccountsFile::Account &fileAccount : result.accounts) {
        m_broker->setAccount(credentialsOf(fileAccount));
        ids.append(fileAccount.spec.id);
        m_accounts.append({fileAccount.spec, false, fileAccount.openCommand, fileAccount.color});
    }
    m_broker->keepOnly(ids);
    Q_EMIT accountsChanged();
}

void AccountController::addInMemoryAccount(const ImapCore::AccountSpec &spec,
                                           const QString &password)
{
    CredentialBroker::Account credentials;
    credentials.id = spec.id;
    credentials.source = CredentialBroker::Source::Memory;
    credentials.memoryPassword = password;
    m_broker->setAccount(credentials);
    m_accounts.append({spec, true, {}, {}});
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
    return m_broker->sourceOf(accountId) == CredentialBroker::Source::Keyring;
}

void AccountController::providePassword(const QString &accountId, const QString &password,
                                        bool remember)
{
    m_broker->providePassword(accountId, password, remember);
}

void AccountController::provideSignIn(const QString &accountId, const OAuthTokenResult &tokens)
{
    m_broker->provideSignIn(accountId, tokens);
}

OAuthTokenManager *AccountController::oauthTokens() const
{
    return m_broker->oauthTokens();
}

QString AccountController::reasonFor(CredentialBroker::Need need, const QString &detail)
{
    using Need = CredentialBroker::Need;
    switch (need) {
    case Need::AskAtStart:
        return tr("Mailbell asks for this account's password at each start and keeps it in "
                  "memory only.");
    case Need::NotSaved:
        return tr("No password is saved for this account.");
    case Need::KeyringUnavailable:
        // The password dialog finds the missing keyring itself and says so once, with the
        // choices it leaves (ask at each start, or a password command).
        return {};
    case Need::KeyringFailed:
    case Need::KeyringSilent:
        return detail;
    case Need::SavedRejected:
        return tr("The server rejected the saved password.");
    case Need::Rejected:
        break;
    }
    return tr("The server rejected the password.");
}
