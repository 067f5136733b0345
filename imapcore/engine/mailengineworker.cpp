#include "engine/mailengineworker.h"

#include "engine/connectiontester.h"
#include "engine/ssltransport.h"
#include "engine/threadaffinity.h"

#include <QSet>

namespace ImapCore {

MailEngineWorker::MailEngineWorker(QObject *parent)
    : QObject(parent)
    , m_factory([] { return new SslTransport; })
{ }

MailEngineWorker::~MailEngineWorker()
{
    qDeleteAll(m_sessions);
    qDeleteAll(m_stopping);
    if (m_store)
        m_store->save();
}

void MailEngineWorker::setTransportFactory(AccountSession::TransportFactory factory)
{
    m_factory = std::move(factory);
}

void MailEngineWorker::setSessionOptions(const AccountSession::Options &options)
{
    const MirrorStore mirrors = m_options.mirrors; // set by start(), beside the seen store
    m_options = options;
    m_options.mirrors = mirrors;
    m_log.setClock(options.clock); // one clock for the sessions and the log's timestamps
}

void MailEngineWorker::setReconnectLimits(int initialMs, int maxMs)
{
    m_options.backoff.initialMs = initialMs;
    m_options.backoff.maxMs = maxMs;
}

void MailEngineWorker::start(const QList<AccountSpec> &accounts, const QString &seenStorePath)
{
    MAILBELL_ASSERT_OWN_THREAD(this);
    for (AccountSession *session : std::as_const(m_sessions))
        removeSession(session);
    m_sessions.clear();
    if (!m_store || m_store->path() != seenStorePath) {
        if (m_store)
            m_store->save();
        m_store = std::make_unique<SeenStore>(seenStorePath);
        const SeenStore::LoadResult loaded = m_store->load();
        for (const QString &warning : loaded.warnings)
            qWarning("%s", qPrintable(warning));
        m_options.mirrors = MirrorStore(
            m_store->remembersNothing() ? QString() : MirrorStore::folderBeside(seenStorePath));
    }
    forgetSecretsOfOthers(accounts);
    forgetMirrorsOfOthers(accounts);
    m_running = true;
    m_stopRequested = false;
    m_readyEmitted = false;
    for (const AccountSpec &spec : accounts)
        addSession(spec);
    for (AccountSession *session : std::as_const(m_sessions))
        session->start();
    checkReady();
}

AccountSession *MailEngineWorker::addSession(const AccountSpec &spec)
{
    auto *session = new AccountSession(spec, m_store.get(), m_factory, m_options, this);
    m_sessions.append(session);
    connect(session, &AccountSession::statusChanged, this, &MailEngineWorker::accountStatusChanged);
    connect(session, &AccountSession::passwordRequired, this, &MailEngineWorker::passwordRequired);
    connect(session, &AccountSession::accessTokenRequired, this, [this](const QString &accountId) {
        m_accessTokens.remove(accountId); // rejected or expired: a new session must not reuse it
        Q_EMIT accessTokenRequired(accountId);
    });
    connect(session, &AccountSession::initialSyncDone, this, &MailEngineWorker::checkReady);
    connect(session, &AccountSession::messagesArrived, this, &MailEngineWorker::messagesArrived);
    connect(session, &AccountSession::unseenBacklog, this, &MailEngineWorker::unseenBacklog);
    connect(session, &AccountSession::messageExpunged, this, &MailEngineWorker::messageExpunged);
    connect(session, &AccountSession::flagsChanged, this, &MailEngineWorker::flagsChanged);
    connect(session, &AccountSession::folderStatusChanged, this,
            &MailEngineWorker::folderStatusChanged);
    connect(session, &AccountSession::summaryFetched, this, &MailEngineWorker::summaryFetched);
    connect(session, &AccountSession::commandFailed, this, &MailEngineWorker::commandFailed);
    connect(session, &AccountSession::trashFolderFound, this, &MailEngineWorker::trashFolderFound);
    connect(session, &AccountSession::wireLine, this, &MailEngineWorker::recordWireLine);
    connect(session, &AccountSession::connectionClosed, this,
            [this](quint32 id) { m_log.connectionClosed(id); });
    if (const auto it = m_passwords.constFind(spec.id); it != m_passwords.cend())
        session->setPassword(*it);
    if (const auto it = m_accessTokens.constFind(spec.id); it != m_accessTokens.cend())
        session->setAccessToken(*it);
    return session;
}

void MailEngineWorker::removeSession(AccountSession *session)
{
    m_sessions.removeOne(session);
    m_stopping.append(session);
    disconnect(session, &AccountSession::initialSyncDone, this, nullptr);
    connect(session, &AccountSession::stopped, this, [this, session] {
        m_stopping.removeOne(session);
        session->deleteLater();
        checkStopped();
    });
    session->stop();
}

void MailEngineWorker::stop()
{
    MAILBELL_ASSERT_OWN_THREAD(this);
    m_running = false;
    m_stopRequested = true;
    const QList<AccountSession *> sessions = m_sessions;
    for (AccountSession *session : sessions)
        removeSession(session);
    checkStopped();
}

void MailEngineWorker::shutdown(std::function<void()> done)
{
    MAILBELL_ASSERT_OWN_THREAD(this);
    m_shutdownDone = std::move(done);
    stop();
    // A finished test may still be logging out; the others end now and log out too.
    const QList<ConnectionTester *> tests = m_tests.values();
    for (ConnectionTester *tester : tests)
        tester->cancel();
}

void MailEngineWorker::checkShutDown()
{
    if (!m_shutdownDone || m_stopRequested || !m_stopping.isEmpty() || !m_tests.isEmpty())
        return;
    std::exchange(m_shutdownDone, {})();
}

void MailEngineWorker::recordWireLine(quint32 connectionId, Connection::Direction direction,
                                      const QByteArray &bytes)
{
    if (direction == Connection::Direction::Sent)
        m_log.recordSent(connectionId, bytes);
    else
        m_log.recordReceived(connectionId, bytes);
}

void MailEngineWorker::checkStopped()
{
    if (!m_stopping.isEmpty() || !m_stopRequested)
        return;
    m_stopRequested = false;
    if (m_store) {
        if (const auto error = m_store->save())
            qWarning("%s", qPrintable(*error));
    }
    Q_EMIT stopped();
    checkShutDown();
}

bool MailEngineWorker::sameSpec(const AccountSpec &a, const AccountSpec &b)
{
    const AccountConfig &x = a.connection;
    const AccountConfig &y = b.connection;
    return a.id == b.id && a.folders == b.folders && a.enabled == b.enabled
        && a.maxConnections == b.maxConnections && a.idleRenewalMs == b.idleRenewalMs
        && a.pollIntervalMs == b.pollIntervalMs && a.previewLength == b.previewLength
        && x.host == y.host && x.port == y.port && x.security == y.security && x.user == y.user
        && x.authMethod == y.authMethod && x.sendId == y.sendId && x.compress == y.compress
        && x.pinnedSha256 == y.pinnedSha256 && x.greetingTimeoutMs == y.greetingTimeoutMs
        && x.commandTimeoutMs == y.commandTimeoutMs && x.caCertificates == y.caCertificates
        && x.connectAddress == y.connectAddress;
}

void MailEngineWorker::reconfigure(const QList<AccountSpec> &accounts)
{
    MAILBELL_ASSERT_OWN_THREAD(this);
    if (!m_running)
        return;
    QList<AccountSession *> kept;
    const QList<AccountSession *> old = m_sessions;
    for (const AccountSpec &spec : accounts) {
        AccountSession *match = nullptr;
        for (AccountSession *session : old) {
            if (session->spec().id == spec.id)
                match = session;
        }
        if (match && sameSpec(match->spec(), spec)) {
            kept.append(match);
            continue;
        }
        kept.append(nullptr);
    }
    for (AccountSession *session : old) {
        if (!kept.contains(session))
            removeSession(session);
    }
    forgetSecretsOfOthers(accounts);
    forgetMirrorsOfOthers(accounts);
    // Rebuild in the new order; new and changed accounts get fresh sessions.
    m_sessions.clear();
    QList<AccountSession *> started;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        if (kept.at(i)) {
            m_sessions.append(kept.at(i));
        } else {
            started.append(addSession(accounts.at(i)));
        }
    }
    for (AccountSession *session : started)
        session->start();
}

void MailEngineWorker::forgetMirrorsOfOthers(const QList<AccountSpec> &accounts)
{
    QList<std::pair<QString, QString>> watched;
    for (const AccountSpec &spec : accounts) {
        for (const QString &folder : spec.folders)
            watched.append({spec.id, folder});
    }
    for (const QString &warning : m_options.mirrors.keepOnly(watched))
        qWarning("%s", qPrintable(warning));
}

void MailEngineWorker::forgetSecretsOfOthers(const QList<AccountSpec> &accounts)
{
    QSet<QString> ids;
    for (const AccountSpec &spec : accounts)
        ids.insert(spec.id);
    m_passwords.removeIf([&ids](const auto &entry) { return !ids.contains(entry.key()); });
    m_accessTokens.removeIf([&ids](const auto &entry) { return !ids.contains(entry.key()); });
}

void MailEngineWorker::setPassword(const QString &accountId, const QString &password)
{
    MAILBELL_ASSERT_OWN_THREAD(this);
    m_passwords.insert(accountId, password);
    for (AccountSession *session : std::as_const(m_sessions)) {
        if (session->spec().id == accountId)
            session->setPassword(password);
    }
}

void MailEngineWorker::setAccessToken(const QString &accountId, const QString &token)
{
    MAILBELL_ASSERT_OWN_THREAD(this);
    m_accessTokens.insert(accountId, token);
    for (AccountSession *session : std::as_const(m_sessions)) {
        if (session->spec().id == accountId)
            session->setAccessToken(token);
    }
}

void MailEngineWorker::setProtocolLogFile(const QString &path)
{
    MAILBELL_ASSERT_OWN_THREAD(this);
    m_log.closeFile();
    if (path.isEmpty())
        return;
    if (const auto error = m_log.openFile(path))
        Q_EMIT protocolLogFailed(*error);
}

void MailEngineWorker::networkChanged()
{
    MAILBELL_ASSERT_OWN_THREAD(this);
    for (AccountSession *session : std::as_const(m_sessions))
        session->networkChanged();
}

void MailEngineWorker::resumed()
{
    MAILBELL_ASSERT_OWN_THREAD(this);
    for (AccountSession *session : std::as_const(m_sessions))
        session->resumed();
}

void MailEngineWorker::checkNow()
{
    MAILBELL_ASSERT_OWN_THREAD(this);
    for (AccountSession *session : std::as_const(m_sessions))
        session->checkNow();
}

void MailEngineWorker::markAllSeen()
{
    MAILBELL_ASSERT_OWN_THREAD(this);
    for (AccountSession *session : std::as_const(m_sessions))
        session->markAllSeen();
}

void MailEngineWorker::command(const MessageRef &message, AccountSession::Command command)
{
    MAILBELL_ASSERT_OWN_THREAD(this);
    for (AccountSession *session : std::as_const(m_sessions)) {
        if (session->spec().id == message.accountId) {
            session->command(message, command);
            return;
        }
    }
    Q_EMIT commandFailed(
        message,
        ImapError::make(ErrorKind::StaleMessage,
                        QStringLiteral("No account with id %1 is running").arg(message.accountId)));
}

void MailEngineWorker::findTrash(const QString &accountId)
{
    MAILBELL_ASSERT_OWN_THREAD(this);
    for (AccountSession *session : std::as_const(m_sessions)) {
        if (session->spec().id == accountId)
            session->findTrash();
    }
}

void MailEngineWorker::checkReady()
{
    if (m_readyEmitted || !m_running)
        return;
    for (AccountSession *session : std::as_const(m_sessions)) {
        if (!session->initialSyncFinished())
            return;
    }
    m_readyEmitted = true;
    Q_EMIT ready();
}

void MailEngineWorker::testConnection(quint64 id, const AccountSpec &spec, const QString &secret,
                                      const ConnectionTestRequest &request)
{
    MAILBELL_ASSERT_OWN_THREAD(this);
    // Same transport factory as the watched accounts, so a test proves what watching will do.
    auto *tester = new ConnectionTester(id, spec, secret, request, m_factory(), this);
    m_tests.insert(id, tester);
    const quint32 logId = ProtocolLog::newConnectionId();
    connect(tester, &ConnectionTester::progress, this, &MailEngineWorker::connectionTestProgress);
    connect(tester, &ConnectionTester::finished, this, &MailEngineWorker::connectionTestFinished);
    connect(tester, &ConnectionTester::wireLine, this,
            [this, logId](Connection::Direction direction, const QByteArray &bytes) {
                recordWireLine(logId, direction, bytes);
            });
    connect(tester, &ConnectionTester::done, this, [this, tester, logId] {
        m_log.connectionClosed(logId);
        m_tests.remove(tester->id());
        tester->deleteLater(); // done() may come from inside its connection's stack
        checkShutDown();
    });
    tester->start();
}

void MailEngineWorker::cancelConnectionTest(quint64 id)
{
    MAILBELL_ASSERT_OWN_THREAD(this);
    if (ConnectionTester *tester = m_tests.value(id))
        tester->cancel();
}

} // namespace ImapCore
