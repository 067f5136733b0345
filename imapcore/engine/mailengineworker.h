#pragma once

#include "accountspec.h"
#include "connectiontestrequest.h"
#include "connectiontestresult.h"
#include "engine/accountsession.h"
#include "engine/connectiontester.h"
#include "engine/protocollog.h"
#include "engine/seenstore.h"
#include "mailtypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace ImapCore {

// MailEngine's other half, living in the worker thread: owns the SeenStore, the ProtocolLog and
// one AccountSession per account, and forwards their signals. Every method runs in the worker
// thread (MailEngine reaches it through queued calls; its entry points assert it, see
// threadaffinity.h); nothing here is thread-safe.
class MailEngineWorker : public QObject
{
    Q_OBJECT
public:
    explicit MailEngineWorker(QObject *parent = nullptr);
    ~MailEngineWorker() override;

    // Tests replace the transports, the backoff and the clock; set before start().
    void setTransportFactory(AccountSession::TransportFactory factory);
    void setSessionOptions(const AccountSession::Options &options);
    void setReconnectLimits(int initialMs, int maxMs);

    void start(const QList<AccountSpec> &accounts, const QString &seenStorePath);
    void stop();
    // stop() and cancel the connection tests, then done() once every session stopped and every
    // test closed its connection (or at the logout deadline).
    void shutdown(std::function<void()> done);
    void reconfigure(const QList<AccountSpec> &accounts);
    void setPassword(const QString &accountId, const QString &password);
    void setAccessToken(const QString &accountId, const QString &token);
    void setProtocolLogFile(const QString &path);
    void networkChanged();
    void resumed();
    void checkNow();
    void command(const MessageRef &message, AccountSession::Command command);
    void markAllSeen();
    void findTrash(const QString &accountId);
    // A connection test (MailEngine::testConnection); id was made by the caller.
    void testConnection(quint64 id, const AccountSpec &spec, const QString &secret,
                        const ConnectionTestRequest &request);
    void cancelConnectionTest(quint64 id);

Q_SIGNALS:
    void messagesArrived(const QList<ImapCore::MessageSummary> &messages);
    void unseenBacklog(const QList<ImapCore::MessageSummary> &messages);
    void messageExpunged(const ImapCore::MessageRef &message, quint32 index);
    void flagsChanged(const ImapCore::MessageRef &message, const ImapCore::MessageFlags &flags);
    void folderStatusChanged(const ImapCore::FolderStatus &status);
    void accountStatusChanged(const ImapCore::AccountStatus &status);
    void passwordRequired(const QString &accountId);
    void accessTokenRequired(const QString &accountId);
    void ready();
    void summaryFetched(const ImapCore::MessageSummary &summary);
    void commandFailed(const ImapCore::MessageRef &message, const ImapCore::ImapError &error);
    void trashFolderFound(const QString &accountId, const QString &trashFolder);
    void stopped();
    void connectionTestProgress(quint64 id, ImapCore::ConnectionTestResult::Stage stage);
    void connectionTestFinished(quint64 id, const ImapCore::ConnectionTestResult &result);
    void protocolLogFailed(const QString &error);

private:
    AccountSession *addSession(const AccountSpec &spec);
    void removeSession(AccountSession *session);
    // Removes the mailbox mirrors of folders no account watches any more.
    void forgetMirrorsOfOthers(const QList<AccountSpec> &accounts);
    void checkReady();
    void checkStopped();
    // Calls the shutdown's done() once nothing is left to close.
    void checkShutDown();
    // A line of a session's or a test's connection, into the protocol log.
    void recordWireLine(quint32 connectionId, Connection::Direction direction,
                        const QByteArray &bytes);
    // Drops the passwords and access tokens of accounts not in accounts.
    void forgetSecretsOfOthers(const QList<AccountSpec> &accounts);
    static bool sameSpec(const AccountSpec &a, const AccountSpec &b);

    AccountSession::TransportFactory m_factory;
    AccountSession::Options m_options;
    std::unique_ptr<SeenStore> m_store;
    ProtocolLog m_log;
    QList<AccountSession *> m_sessions; // children, in the order of the account list
    QList<AccountSession *> m_stopping; // removed or stopping, waiting for their logout
    // The one place the worker keeps secrets (sessions hold shared copies while they exist). An
    // account gone from the list takes its secret along (start(), reconfigure()).
    QHash<QString, QString> m_passwords;
    QHash<QString, QString> m_accessTokens;
    bool m_running = false;
    bool m_readyEmitted = false;
    bool m_stopRequested = false;
    std::function<void()> m_shutdownDone;
    QHash<quint64, ConnectionTester *> m_tests; // children; running until their done()
};

} // namespace ImapCore
