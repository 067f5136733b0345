#include "mailengine.h"

#include "engine/mailengineworker.h"
#include "engine/protocollog.h"

#include <QDeadlineTimer>

namespace ImapCore {

// The worker's protocol log rotates at its default size, which the facade names for the app.
static_assert(MailEngine::protocolLogFileMaxBytes == ProtocolLog::defaultMaxFileBytes);

namespace {

void registerMetaTypes()
{
    qRegisterMetaType<MessageSummary>();
    qRegisterMetaType<QList<MessageSummary>>();
    qRegisterMetaType<MessageRef>();
    qRegisterMetaType<AccountStatus>();
    qRegisterMetaType<FolderStatus>();
    qRegisterMetaType<ImapError>();
    qRegisterMetaType<MessageFlags>();
    qRegisterMetaType<AccountSpec>();
    qRegisterMetaType<QList<AccountSpec>>();
    qRegisterMetaType<FolderInfo>();
    qRegisterMetaType<QList<FolderInfo>>();
    qRegisterMetaType<FolderCounts>();
    qRegisterMetaType<ConnectionTestResult>();
    qRegisterMetaType<ConnectionTestResult::Stage>();
}

// The worker's logout deadline plus a margin for the thread to wind down.
constexpr int kJoinMs = 4000;
// After that, how long its event loop gets to end once told to quit. The destructor never
// waits longer than kJoinMs + kQuitMs in all: shutdown has a deadline whatever the worker does.
constexpr int kQuitMs = 1000;

} // namespace

MailEngine::MailEngine(QObject *parent)
    : QObject(parent)
{
    registerMetaTypes();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("MailEngine"));
    m_worker = new MailEngineWorker;
    m_worker->moveToThread(m_thread);
    const auto queued = Qt::QueuedConnection;
    connect(m_worker, &MailEngineWorker::messagesArrived, this, &MailEngine::messagesArrived,
            queued);
    connect(m_worker, &MailEngineWorker::unseenBacklog, this, &MailEngine::unseenBacklog, queued);
    connect(m_worker, &MailEngineWorker::messageExpunged, this, &MailEngine::messageExpunged,
            queued);
    connect(m_worker, &MailEngineWorker::flagsChanged, this, &MailEngine::flagsChanged, queued);
    connect(m_worker, &MailEngineWorker::folderStatusChanged, this,
            &MailEngine::folderStatusChanged, queued);
    connect(m_worker, &MailEngineWorker::accountStatusChanged, this,
            &MailEngine::accountStatusChanged, queued);
    connect(m_worker, &MailEngineWorker::passwordRequired, this, &MailEngine::passwordRequired,
            queued);
    connect(m_worker, &MailEngineWorker::accessTokenRequired, this,
            &MailEngine::accessTokenRequired, queued);
    connect(m_worker, &MailEngineWorker::ready, this, &MailEngine::ready, queued);
    connect(m_worker, &MailEngineWorker::summaryFetched, this, &MailEngine::summaryFetched, queued);
    connect(m_worker, &MailEngineWorker::commandFailed, this, &MailEngine::commandFailed, queued);
    connect(m_worker, &MailEngineWorker::trashFolderFound, this, &MailEngine::trashFolderFound,
            queued);
    connect(m_worker, &MailEngineWorker::stopped, this, &MailEngine::stopped, queued);
    connect(m_worker, &MailEngineWorker::connectionTestProgress, this,
            &MailEngine::connectionTestProgress, queued);
    connect(m_worker, &MailEngineWorker::connectionTestFinished, this,
            &MailEngine::connectionTestFinished, queued);
    connect(m_worker, &MailEngineWorker::protocolLogFailed, this, &MailEngine::protocolLogFailed,
            queued);
    m_thread->start();
}

MailEngine::~MailEngine()
{
    MailEngineWorker *worker = std::exchange(m_worker, nullptr);
    QObject::disconnect(worker, nullptr, this, nullptr);
    // The worker and everything below it are deleted in the worker thread, when it finishes.
    QMetaObject::invokeMethod(worker, [worker] {
        worker->shutdown([worker] {
            worker->deleteLater();
            QThread::currentThread()->quit();
        });
    });
    QThread *thread = std::exchange(m_thread, nullptr);
    if (!thread->wait(QDeadlineTimer(kJoinMs))) {
        qWarning("MailEngine: the worker did not stop within %d ms; quitting its thread", kJoinMs);
        thread->quit();
        if (!thread->wait(QDeadlineTimer(kQuitMs))) {
            // Busy and deaf to quit(): destroying a running QThread aborts the process, and
            // waiting could last forever. Leave it (and what it owns) to the process's end.
            qCritical("MailEngine: the worker thread is stuck; leaving it behind");
            return;
        }
    }
    delete thread;
}

void MailEngine::start(const QList<AccountSpec> &accounts, const QString &seenStorePath)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, accounts, seenStorePath] { w->start(accounts, seenStorePath); });
}

void MailEngine::stop()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->stop(); });
}

void MailEngine::reconfigure(const QList<AccountSpec> &accounts)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, accounts] { w->reconfigure(accounts); });
}

void MailEngine::setPassword(const QString &accountId, const QString &password)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, accountId, password] { w->setPassword(accountId, password); });
}

void MailEngine::setAccessToken(const QString &accountId, const QString &token)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, accountId, token] { w->setAccessToken(accountId, token); });
}

void MailEngine::setProtocolLogFile(const QString &path)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, path] { w->setProtocolLogFile(path); });
}

void MailEngine::setReconnectLimits(int initialMs, int maxMs)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, initialMs, maxMs] { w->setReconnectLimits(initialMs, maxMs); });
}

void MailEngine::networkChanged()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->networkChanged(); });
}

void MailEngine::resumed()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->resumed(); });
}

void MailEngine::checkNow()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->checkNow(); });
}

namespace {

void sendCommand(MailEngineWorker *worker, const MessageRef &message,
                 AccountSession::Command command)
{
    QMetaObject::invokeMethod(worker,
                              [worker, message, command] { worker->command(message, command); });
}

} // namespace

void MailEngine::markSeen(const MessageRef &message)
{
    sendCommand(m_worker, message, AccountSession::Command::MarkSeen);
}

void MailEngine::markUnseen(const MessageRef &message)
{
    sendCommand(m_worker, message, AccountSession::Command::MarkUnseen);
}

void MailEngine::setFlagged(const MessageRef &message, bool flagged)
{
    sendCommand(m_worker, message,
                flagged ? AccountSession::Command::SetFlagged
                        : AccountSession::Command::ClearFlagged);
}

void MailEngine::deleteMessage(const MessageRef &message)
{
    sendCommand(m_worker, message, AccountSession::Command::Delete);
}

void MailEngine::findTrash(const QString &accountId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, accountId] { w->findTrash(accountId); });
}

void MailEngine::fetchSummary(const MessageRef &message)
{
    sendCommand(m_worker, message, AccountSession::Command::FetchSummary);
}

void MailEngine::markAllSeen()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->markAllSeen(); });
}

quint64 MailEngine::testConnection(const AccountSpec &spec, const QString &secret,
                                   const ConnectionTestRequest &request)
{
    const quint64 id = ++m_lastTestId;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, spec, secret, request] {
        w->testConnection(id, spec, secret, request);
    });
    return id;
}

void MailEngine::cancelConnectionTest(quint64 id)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id] { w->cancelConnectionTest(id); });
}

} // namespace ImapCore
