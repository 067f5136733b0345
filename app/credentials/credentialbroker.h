#pragma once

#include "credentialstore.h"
#include "oauthprovider.h"
#include "passwordcommand.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class OAuthTokenManager;
struct OAuthTokenResult;

namespace ImapCore {
class MailEngine;
}

// The one answer to "which password (or access token) does this account log in with?", for the
// tray and for `watch` and `check`. From each account's source (its password command, the
// keyring, a password held in memory, "ask" at each start, or OAuth) it answers the engine's
// passwordRequired / accessTokenRequired without ever blocking: the command runs through
// QProcess (PasswordCommandJob), the keyring is read asynchronously (CredentialStore), tokens
// come from OAuthTokenManager. A password the server rejected, or a command that failed, is not
// fetched again at once (the same command prints the same password): the next attempt waits,
// from retryMs doubling up to maxRetryMs, until the account logs in. What only a person can do
// is a signal: passwordNeeded (type it; a front end with nobody to ask says what to configure
// instead), signInNeeded (OAuth in the browser); what went wrong, in words: passwordProblem.
// The secret leaves in passwordReady / accessTokenReady (serve() hands them to the engine, whose
// worker keeps them); the broker keeps no copy, but a memory account's password.
// Lives on the thread that creates it (the UI thread of the tray, the main thread of watch and
// check).
class CredentialBroker : public QObject
{
    Q_OBJECT

public:
    static constexpr int passwordRetryMs = 60'000;
    static constexpr int maxPasswordRetryMs = 15 * 60'000;

    // Where an account's password comes from. Ask: "password-store = ask", typed at each start
    // and kept in memory only, never in the keyring.
    enum class Source { Command, Keyring, Memory, Ask, OAuth };
    // Why a person has to give the password.
    enum class Need {
        AskAtStart, // password-store = ask, nothing typed yet
        NotSaved, // the keyring has no password for the account
        KeyringUnavailable, // no keyring (Secret Service) in this session; the detail says why
        KeyringFailed, // the keyring could not be read; the detail says why
        KeyringSilent, // the keyring did not answer within keyringTimeoutMs; the detail says so
        SavedRejected, // the server rejected the keyring's password (Frontend::Interactive)
        Rejected, // the server rejected a password typed or held in memory
    };
    Q_ENUM(Need)
    // Whether someone can answer passwordNeeded. The tray asks when the keyring's password is
    // rejected; a headless front end reads the keyring again later, with a command's pause, and
    // lets the password command read its own standard input (a terminal prompt).
    enum class Frontend { Interactive, Headless };
    Q_ENUM(Frontend)

    struct Account
    {
        QString id;
        Source source = Source::Keyring;
        QString passwordCommand; // Command
        QString memoryPassword; // Memory
        std::optional<OAuthProvider> oauthProvider; // OAuth; none when no known provider is named
    };

    struct Options
    {
        Frontend frontend = Frontend::Interactive;
        int retryMs = passwordRetryMs;
        int maxRetryMs = maxPasswordRetryMs;
        int commandTimeoutMs = PasswordCommand::defaultTimeoutMs;
        // 0: as long as the keyring takes (unlocking it may wait for the user).
        int keyringTimeoutMs = 0;
    };

    CredentialBroker(CredentialStore *keyring, const Options &options, QObject *parent = nullptr);
    ~CredentialBroker() override;

    // Answers engine's passwordRequired / accessTokenRequired, hands it the secrets, and starts
    // an account over when it logs in (Online or Synchronizing).
    void serve(ImapCore::MailEngine *engine);

    // Adds the account or updates it. With the same source (and command) its progress stays (a
    // running command, a pending retry, a rejected password); a changed one starts over.
    void setAccount(const Account &account);
    // Forgets every other account (their retries and memory passwords).
    void keepOnly(const QStringList &accountIds);
    std::optional<Source> sourceOf(const QString &accountId) const;

    // The account's password is wanted: the engine asked (none given yet, or the last one was
    // rejected), or a front end fetches it before starting the engine. Ignored while a command
    // runs, the keyring is asked, a retry waits or a person is asked.
    void requestPassword(const QString &accountId);
    void requestAccessToken(const QString &accountId);
    // The account logged in: its next request starts over (the command runs at once, the
    // keyring is read again) with the first pause.
    void loggedIn(const QString &accountId);
    // A person typed the password (after passwordNeeded, or for an account the settings dialog
    // is saving and the broker does not know yet). remember: also save it in the keyring, for a
    // keyring account only.
    void providePassword(const QString &accountId, const QString &password, bool remember);
    // An interactive OAuth sign-in for the account succeeded.
    void provideSignIn(const QString &accountId, const OAuthTokenResult &tokens);
    // The OAuth side: providers of the accounts, their tokens.
    OAuthTokenManager *oauthTokens() const { return m_oauth; }

Q_SIGNALS:
    void passwordReady(const QString &accountId, const QString &password);
    // token is empty when the account has to wait for a sign-in.
    void accessTokenReady(const QString &accountId, const QString &token);
    // A person has to give the password; detail: the keyring's words for KeyringUnavailable,
    // KeyringFailed and KeyringSilent, else empty.
    void passwordNeeded(const QString &accountId, CredentialBroker::Need need,
                        const QString &detail);
    // The source failed (command, keyring write, OAuth refresh), in words; a failed command is
    // retried (retryScheduled).
    void passwordProblem(const QString &accountId, const QString &message);
    // An OAuth account has to be signed in (again) in the browser; reason in words.
    void signInNeeded(const QString &accountId, const QString &reason);
    // The account's password is fetched again in delayMs.
    void retryScheduled(const QString &accountId, int delayMs);

private:
    struct State;

    State *find(const QString &accountId) const;
    void runCommand(State &state);
    void readKeyring(State &state);
    void keyringAnswered(const QString &accountId, quint64 read,
                         const CredentialStore::Result &result);
    void scheduleRetry(State &state);
    void deliver(State &state, const QString &password);
    void needPerson(State &state, Need need, const QString &detail = {});

    CredentialStore *m_keyring;
    OAuthTokenManager *m_oauth;
    Options m_options;
    QHash<QString, std::shared_ptr<State>> m_accounts;
    quint64 m_lastKeyringRead = 0;
};
