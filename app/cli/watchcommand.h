#pragma once

#include "accountsfile.h"
#include "mailengine.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

class CredentialStore;
class ExecRunner;
class OAuthTokenManager;
class QSocketNotifier;

// `mailbell watch`: runs MailEngine for the accounts of the accounts file (or one ad-hoc account
// from the command line) until SIGINT or SIGTERM, and prints every engine event on standard
// output: one JSON object per line with --json (nothing else goes to standard output), readable
// lines otherwise. --exec runs a program per new message (ExecRunner). Passwords come from each
// account's password command: once at start, and again when the engine reports that the password
// was rejected, never more often than a growing back-off allows. Needs no display.
class WatchCommand : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Stopped = 0, Failed = 2 };

    struct Options
    {
        QList<AccountsFile::Account> accounts;
        QString seenStorePath;
        QString protocolLogPath;
        QString execCommand; // empty: no --exec
        bool json = false;
        bool fromFile = false; // the accounts came from the accounts file (for advice)
    };

    // First password-command retry after a rejection; it doubles up to the maximum.
    static constexpr int passwordRetryMs = 60'000;
    static constexpr int maxPasswordRetryMs = 15 * 60'000;
    // How long a clean stop (LOGOUT everywhere) may take after SIGINT / SIGTERM.
    static constexpr int stopTimeoutMs = 5'000;

    explicit WatchCommand(Options options, QObject *parent = nullptr);
    ~WatchCommand() override;

    // The whole subcommand: arguments[0] is the program name, then watch's own options. Runs
    // until a signal stops it and returns the exit code.
    static int run(const QStringList &arguments);
    // The part of run() after the options: watches options.accounts until SIGINT or SIGTERM
    // (`mailbell demo` uses it for the demo account) and returns the exit code.
    static int runUntilStopped(Options options);

    // $XDG_STATE_HOME/mailbell/seen.json (~/.local/state/mailbell/seen.json).
    static QString defaultSeenStorePath();

    // Runs the password commands and starts the engine; false (with a message printed) when no
    // account could get a password.
    bool start();
    // Stops the engine cleanly; finished(0) follows.
    void stop();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onMessagesArrived(const QList<ImapCore::MessageSummary> &messages);
    void onAccountStatus(const ImapCore::AccountStatus &status);
    void onPasswordRequired(const QString &accountId);
    void onAccessTokenRequired(const QString &accountId);
    // OAuth accounts: the sign-in the tray app saved in the keyring; false (reported) when the
    // account's provider cannot be used.
    bool prepareOAuth(const AccountsFile::Account &account);
    bool fetchPassword(const AccountsFile::Account &account);
    void emitJson(const QJsonObject &object);
    void emitLine(const QString &line);
    void reportError(const QString &accountId, const QString &kind, const QString &message);
    QString labelOf(const QString &accountId) const;
    const AccountsFile::Account *accountOf(const QString &accountId) const;

    struct PasswordRetry
    {
        std::shared_ptr<QTimer> timer;
        int delayMs = passwordRetryMs;
    };

    Options m_options;
    std::unique_ptr<ImapCore::MailEngine> m_engine;
    std::unique_ptr<ExecRunner> m_exec;
    std::unique_ptr<CredentialStore> m_credentials; // OAuth refresh tokens (keyring)
    std::unique_ptr<OAuthTokenManager> m_oauth;
    QHash<QString, ImapCore::AccountStatus> m_lastStatus;
    // Per account: the protocol error last reported as an "error" event, until it is online.
    QHash<QString, ImapCore::ImapError> m_reportedProtocolError;
    QHash<QString, PasswordRetry> m_passwordRetries;
    QTimer m_stopTimer;
    bool m_stopping = false;
};
