#pragma once

#include "accountinfo.h"
#include "cli/accountsfile.h"
#include "mailengine.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

class CredentialStore;
class OAuthTokenManager;
struct OAuthTokenResult;
class PasswordCommandJob;

// Glue between where accounts are configured and the engine: loads the accounts file, turns it
// into AccountSpecs for MailEngine and AccountInfos for the UI, and answers the engine's
// passwordRequired from the account's password source:
//   - a password command (run asynchronously; after a rejection retried with a growing pause,
//     because the same command prints the same password);
//   - the keyring (read once; when missing or rejected the user is asked: passwordNeeded);
//   - a password given in memory (the demo account, or one the user typed for this session).
// Never stores a password anywhere but the keyring, and only when the user asked for it.
// OAuth accounts (auth = xoauth2 / oauthbearer) answer accessTokenRequired through the
// OAuthTokenManager (refresh token in the keyring); when only a new sign-in helps: signInNeeded.
class AccountController : public QObject
{
    Q_OBJECT

public:
    static constexpr int passwordRetryMs = 60'000;
    static constexpr int maxPasswordRetryMs = 15 * 60'000;

    AccountController(ImapCore::MailEngine *engine, CredentialStore *credentials,
                      QObject *parent = nullptr);
    ~AccountController() override;

    // Replaces the accounts with those of the file; problems are in loadErrors() /
    // loadWarnings() (translated, naming file, line and key). The engine is (re)configured by
    // start() / apply().
    void loadAccountsFile(const QString &path);
    // An account whose password lives only in memory (the demo account).
    void addInMemoryAccount(const ImapCore::AccountSpec &spec, const QString &password);

    QStringList loadErrors() const { return m_loadErrors; }
    QStringList loadWarnings() const { return m_loadWarnings; }
    bool hasAccounts() const { return !m_accounts.isEmpty(); }
    QList<AccountInfo> accountInfos() const;
    QList<ImapCore::AccountSpec> accountSpecs() const;

    // Starts the engine on the loaded accounts (first time) or reconfigures it.
    void start(const QString &seenStorePath);
    void apply();

    // Whether a password typed for this account may be saved in the keyring (not for a
    // password-store = ask account: the user chose memory only).
    bool canRememberPassword(const QString &accountId) const;
    // The user typed a password (after passwordNeeded). remember: also save it in the keyring.
    void providePassword(const QString &accountId, const QString &password, bool remember);
    // An interactive OAuth sign-in (OAuthSignInWidget) for this account succeeded.
    void provideSignIn(const QString &accountId, const OAuthTokenResult &tokens);
    // The OAuth side: providers of the accounts, their tokens.
    OAuthTokenManager *oauthTokens() const { return m_oauth; }

Q_SIGNALS:
    // The user has to type the password of this account; reason says why in words.
    void passwordNeeded(const QString &accountId, const QString &reason);
    // Something about the account's password source went wrong (command failed, keyring
    // error), in words; the tray shows it with the account's status.
    void passwordProblem(const QString &accountId, const QString &message);
    // An OAuth account has to be signed in (again) in the browser; reason in words. The tray
    // offers a Sign-in action (OAuthSignInWidget with oauthTokens()->provider(accountId)).
    void signInNeeded(const QString &accountId, const QString &reason);
    void accountsChanged();

private:
    // Ask: "password-store = ask": typed at each start, kept in memory, never in the keyring.
    enum class Source { Command, Keyring, Memory, Ask };
    struct Account
    {
        ImapCore::AccountSpec spec;
        Source source = Source::Keyring;
        QString passwordCommand;
        QString openCommand;
        QColor color;
        QString memoryPassword;
        // Where the password the engine has now came from; a passwordRequired means the
        // server rejected it (or none was given yet: Nothing).
        enum class Given { Nothing, Source, User };
        Given given = Given::Nothing;
        int retryDelayMs = passwordRetryMs;
        std::shared_ptr<QTimer> retryTimer;
        QPointer<PasswordCommandJob> job;
    };

    void onPasswordRequired(const QString &accountId);
    void onAccessTokenRequired(const QString &accountId);
    void onAccountStatus(const ImapCore::AccountStatus &status);
    void runPasswordCommand(Account &account);
    void scheduleCommandRetry(Account &account);
    Account *find(const QString &accountId);

    ImapCore::MailEngine *m_engine;
    CredentialStore *m_credentials;
    OAuthTokenManager *m_oauth;
    QList<Account> m_accounts;
    QStringList m_loadErrors;
    QStringList m_loadWarnings;
    bool m_started = false;
};
