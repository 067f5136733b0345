#pragma once

#include "accountinfo.h"
#include "credentialbroker.h"
#include "mailengine.h"
#include "settings/accountsfile.h"

#include <QObject>
#include <QStringList>

class OAuthTokenManager;
struct OAuthTokenResult;

// Glue between where accounts are configured and the engine: loads the accounts file, turns it
// into AccountSpecs for MailEngine and AccountInfos for the UI, and lets the CredentialBroker
// answer the engine's passwordRequired / accessTokenRequired from each account's source (its
// password command, the keyring, a password held in memory, "ask", OAuth). Says in words why the
// user has to type a password (passwordNeeded). Never stores a password anywhere but the
// keyring, and only when the user asked for it.
// Lives on the UI thread.
class AccountController : public QObject
{
    Q_OBJECT

public:
    AccountController(ImapCore::MailEngine *engine, CredentialStore *credentials,
                      QObject *parent = nullptr);

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
    OAuthTokenManager *oauthTokens() const;

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
    struct Account
    {
        ImapCore::AccountSpec spec;
        bool inMemory = false; // addInMemoryAccount: not from the file, which cannot remove it
        QString openCommand;
        QColor color;
    };

    // The tray's words for why the user has to type the password.
    static QString reasonFor(CredentialBroker::Need need, const QString &detail);

    ImapCore::MailEngine *m_engine;
    CredentialBroker *m_broker;
    QList<Account> m_accounts;
    QStringList m_loadErrors;
    QStringList m_loadWarnings;
    bool m_started = false;
};
