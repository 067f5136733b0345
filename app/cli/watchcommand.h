#pragma once

#include "accountsfile.h"
#include "mailengine.h"
#include "oauthprovider.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>
#include <memory>
#include <optional>
#include <utility>

class CredentialBroker;
class CredentialStore;
class ExecRunner;
class QSocketNotifier;

// `mailbell watch`: runs MailEngine for the accounts of the accounts file (or one ad-hoc account
// from the command line) until SIGINT or SIGTERM, and prints every engine event on standard
// output: one JSON object per line with --json (nothing else goes to standard output), readable
// lines otherwise. --exec runs a program per new message (ExecRunner). Passwords come from the
// CredentialBroker (each account's password command, or the keyring the tray app saved it in):
// all of them before the engine starts, and again when the engine reports that the password was
// rejected, never more often than the broker's growing pause allows. Needs no display.
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

    // Fetches the passwords and starts the engine once every account has answered; false (with
    // a message printed) when the state folder cannot be made. When no account gets a password,
    // finished(Failed) follows (with a message printed).
    bool start();
    // Stops the engine cleanly; finished(0) follows.
    void stop();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onMessagesArrived(const QList<ImapCore::MessageSummary> &messages);
    void onAccountStatus(const ImapCore::AccountStatus &status);
    void connectBroker();
    // An account's first answer before the engine starts; when the last one is in, the engine
    // starts (or watch fails: no account got a password).
    void firstAnswer(const QString &accountId, bool gotPassword);
    void startEngine();
    // OAuth accounts use the sign-in the tray app saved in the keyring; false (reported) when
    // the account's provider cannot be used.
    bool oauthUsable(const AccountsFile::Account &account,
                     const std::optional<OAuthProvider> &provider);
    void reportPasswordError(const QString &accountId, const QString &message);
    void reportRetry(const QString &accountId, int delayMs);
    void emitJson(const QJsonObject &object);
    void emitLine(const QString &line);
    void reportError(const QString &accountId, const QString &kind, const QString &message);
    QString labelOf(const QString &accountId) const;
    const AccountsFile::Account *accountOf(const QString &accountId) const;

    Options m_options;
    std::unique_ptr<ImapCore::MailEngine> m_engine;
    std::unique_ptr<ExecRunner> m_exec;
    std::unique_ptr<CredentialStore> m_keyring;
    std::unique_ptr<CredentialBroker> m_broker;
    QSet<QString> m_awaitingPassword; // the first answers the engine's start waits for
    int m_withPassword = 0; // accounts that got a password (or use OAuth)
    QList<std::pair<QString, int>> m_retriesBeforeStart; // (account, delay), said at start
    bool m_engineStarted = false;
    QHash<QString, ImapCore::AccountStatus> m_lastStatus;
    // Per account: the protocol error last reported as an "error" event, until it is online.
    QHash<QString, ImapCore::ImapError> m_reportedProtocolError;
    QTimer m_stopTimer;
    bool m_stopping = false;
};
