#include "engine/accountsession.h"

#include "engine/folderwatcher.h"
#include "engine/protocollog.h"
#include "engine/seenstore.h"
#include "engine/sharedconnection.h"
#include "engine/transport.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace ImapCore {

namespace {

// Kinds a retry will not fix by itself: wait for the slow retry or a change of settings.
// A port that speaks another protocol than the chosen security is a setting to change too.
bool isPermanent(const ImapError &error)
{
    const ErrorKind kind = error.kind;
    return kind == ErrorKind::TlsUntrusted || kind == ErrorKind::TlsPinMismatch
        || kind == ErrorKind::StartTlsUnavailable || kind == ErrorKind::AuthUnavailable
        || error.portSpeaks != ImapError::PortProtocol::Unknown;
}
// Not MailboxUnavailable: one missing folder must not stop the account's other folders; its own
// slot retries with the backoff (up to the 5-minute maximum) like any lost connection.

// Hands a connection the session's access token, or holds its request until there is one.
class SessionTokenProvider final : public TokenProvider
{
public:
    explicit SessionTokenProvider(std::function<void(Callback)> request)
        : m_request(std::move(request))
    { }
    void requestToken(const QString &, Callback done) override { m_request(std::move(done)); }

private:
    std::function<void(Callback)> m_request;
};

bool isUsable(const Connection *connection)
{
    return connection
        && (connection->state() == Connection::State::Authenticated
            || connection->state() == Connection::State::Selected);
}

} // namespace

AccountSession::AccountSession(AccountSpec spec, SeenStore *store, TransportFactory factory,
                               Options options, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_store(store)
    , m_factory(std::move(factory))
    , m_options(std::move(options))
    , m_policy(m_options.backoff, m_options.random)
    , m_clock(m_options.clock ? m_options.clock : Clock::system())
    , m_retryTimer(m_clock->createTimer(this))
    , m_stopTimer(m_clock->createTimer(this))
{
    m_tokenProvider = std::make_unique<SessionTokenProvider>(
        [this](TokenProvider::Callback done) { requestToken(std::move(done)); });
    m_status.accountId = m_spec.id;
    m_status.state = AccountStatus::State::Stopped;
    m_retryTimer->setObjectName(QStringLiteral("retry"));
    m_stopTimer->setObjectName(QStringLiteral("logoutDeadline"));
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &Timer::timeout, this, [this] {
        m_holdRetry = false;
        connectMissing();
    });
    m_stopTimer->setSingleShot(true);
    connect(m_stopTimer, &Timer::timeout, this, [this] {
        for (Slot &slot : m_slots)
            closeSlot(slot, true);
        finishStop();
    });
}

AccountSession::~AccountSession()
{
    dropChannel();
    for (Slot &slot : m_slots) {
        delete slot.watcher.data();
        if (slot.connection)
            QObject::disconnect(slot.connection.data(), nullptr, this, nullptr);
    }
    for (Slot &slot : m_slots)
        delete slot.connection.data();
}

QStringList AccountSession::watchedFolders() const
{
    QStringList folders;
    for (const Slot &slot : m_slots)
        folders.append(slot.folder);
    return folders;
}

QStringList AccountSession::polledFolders() const
{
    QStringList folders;
    for (const Slot &slot : m_slots) {
        if (slot.beyondCap && m_mode != Mode::Notify)
            folders.append(slot.folder);
    }
    return folders;
}

bool AccountSession::needsPassword() const
{
    if (usesOAuth())
        return m_accessToken.isEmpty();
    return m_password.isEmpty();
}

bool AccountSession::usesOAuth() const
{
    return m_spec.connection.authMethod != AccountConfig::AuthMethod::Password;
}

void AccountSession::askForCredentials()
{
    setStatus(AccountStatus::State::WaitingForPassword);
    if (!usesOAuth()) {
        Q_EMIT passwordRequired(m_spec.id);
        return;
    }
    if (m_tokenAsked)
        return; // one question until it is answered
    m_tokenAsked = true;
    Q_EMIT accessTokenRequired(m_spec.id);
}

void AccountSession::requestToken(TokenProvider::Callback done)
{
    if (!m_accessToken.isEmpty()) {
        done(m_accessToken.toUtf8(), {});
        return;
    }
    m_tokenWaiters.append(std::move(done));
    if (!m_tokenAsked) {
        m_tokenAsked = true;
        Q_EMIT accessTokenRequired(m_spec.id);
    }
}

// The token, not the account, is what the server turned down: a fresh one may work. Microsoft
// ends a session whose token expired with "* BYE ... AccessTokenExpired"; Google and Microsoft
// answer an expired token at login with a JSON challenge ({"status":"401",...} for XOAUTH2,
// RFC 7628 3.2.2 "invalid_token" for OAUTHBEARER) and then NO [AUTHENTICATIONFAILED].
bool AccountSession::isTokenRejection(const ImapError &error) const
{
    if (!usesOAuth())
        return false;
    if (error.kind == ErrorKind::AuthFailed)
        return true;
    return error.kind == ErrorKind::ServerBye
        && error.detail.contains(u"AccessTokenExpired"_s, Qt::CaseInsensitive);
}

void AccountSession::start()
{
    if (m_started)
        return;
    m_started = true;
    m_stopping = false;
    m_initialSyncFinished = false;
    dropChannel();
    m_slots.clear();
    const int cap = std::max(1, m_spec.maxConnections);
    QStringList folders = m_spec.folders;
    folders.removeDuplicates();
    for (const QString &folder : folders) {
        Slot slot;
        slot.folder = folder;
        slot.beyondCap = m_slots.size() >= cap;
        m_slots.append(slot);
    }
    // One folder has nothing to share a connection with.
    m_mode = m_slots.size() > 1 ? Mode::Unknown : Mode::PerFolder;
    if (!m_spec.enabled || m_slots.isEmpty()) {
        setStatus(AccountStatus::State::Disabled);
        m_initialSyncFinished = true;
        Q_EMIT initialSyncDone();
        return;
    }
    if (needsPassword()) {
        askForCredentials();
        m_initialSyncFinished = true;
        Q_EMIT initialSyncDone();
        return;
    }
    connectMissing();
}

void AccountSession::connectMissing()
{
    if (!m_started || m_stopping)
        return;
    if (needsPassword()) {
        askForCredentials();
        return;
    }
    m_retryTimer->stop();
    setStatus(AccountStatus::State::Connecting);
    openConnections();
    updateState();
}

// Until home's connection tells the mode, and in Notify mode, only home has a connection.
void AccountSession::openConnections()
{
    for (Slot &slot : m_slots) {
        if (!slot.connection && (isHome(slot) || (m_mode == Mode::PerFolder && !slot.beyondCap)))
            connectSlot(slot);
    }
}

Connection *AccountSession::connectionOf(const Slot &slot) const
{
    return isShared(slot) ? m_slots.constFirst().connection.data() : slot.connection.data();
}

void AccountSession::connectSlot(Slot &slot)
{
    auto *connection = new Connection(m_spec.connection, m_factory(), m_clock, this);
    const quint32 id = ProtocolLog::newConnectionId();
    slot.connection = connection;
    slot.connectionId = id;
    slot.watching = false;
    if (usesOAuth())
        connection->setTokenProvider(m_tokenProvider.get());
    else
        connection->setPassword(m_password);
    connect(connection, &Connection::wireLine, this,
            [this, id](Connection::Direction direction, const QByteArray &bytes) {
                Q_EMIT wireLine(id, direction, bytes);
            });
    connect(connection, &Connection::ready, this, [this, connection] { slotReady(connection); });
    connect(connection, &Connection::failed, this,
            [this, connection](const ImapError &error) { slotFailed(connection, error); });
    connection->open();
}

void AccountSession::slotReady(Connection *connection)
{
    Slot *slot = slotFor(connection);
    if (!slot || m_stopping)
        return;
    m_freshTokenTried = false; // logged in: a later rejection earns another at-once retry
    const bool modeChosen = m_mode == Mode::Unknown;
    if (modeChosen)
        chooseMode(*connection);
    setStatus(AccountStatus::State::Synchronizing, capError());
    if (isHome(*slot)) {
        watchOnHome(connection);
        if (modeChosen && m_mode == Mode::PerFolder)
            openConnections(); // the other folders within the cap, each on its own
        return;
    }
    if (!slot->watcher)
        slot->watcher = createWatcher(slot->folder);
    slot->watcher->start(connection);
}

void AccountSession::chooseMode(const Connection &connection)
{
    m_mode = m_options.notify && SharedConnection::notifyOffered(connection) ? Mode::Notify
                                                                             : Mode::PerFolder;
}

void AccountSession::watchOnHome(Connection *connection)
{
    dropChannel();
    QList<FolderWatcher *> watchers;
    for (Slot &slot : m_slots) {
        if (!isHome(slot) && !isShared(slot))
            continue;
        if (!slot.watcher)
            slot.watcher = createWatcher(slot.folder);
        watchers.append(slot.watcher.data());
    }
    if (watchers.size() == 1) {
        watchers.first()->start(connection);
        return;
    }
    SharedConnection::Options options;
    options.notify = m_mode == Mode::Notify;
    options.pollIntervalMs = m_spec.pollIntervalMs;
    options.clock = m_clock;
    m_channel = new SharedConnection(connection, watchers, options, this);
    connect(m_channel, &SharedConnection::refused, this, &AccountSession::fallBackToPerFolder);
    connect(m_channel, &SharedConnection::folderFailed, this, &AccountSession::channelFolderFailed);
    m_channel->start();
}

void AccountSession::dropChannel()
{
    if (!m_channel)
        return;
    m_channel->detach();
    QObject::disconnect(m_channel, nullptr, this, nullptr);
    m_channel->deleteLater();
    m_channel = nullptr;
    for (Slot &slot : m_slots) {
        if (!slot.connection)
            slot.watching = false; // was on home's connection
    }
}

// The connection is free (no watcher on it): home takes it again, as in PerFolder mode from the
// start (shared with the folders beyond the cap, polled), and every other folder gets a
// connection of its own.
void AccountSession::fallBackToPerFolder(const ImapError &error)
{
    qWarning("%s: NOTIFY cannot be used (%s: %s); watching with one connection per folder",
             qPrintable(m_spec.id), qPrintable(error.message), qPrintable(error.detail));
    dropChannel();
    m_mode = Mode::PerFolder;
    for (Slot &slot : m_slots)
        slot.folderError = {};
    Slot &home = m_slots.first();
    if (isUsable(home.connection.data()))
        watchOnHome(home.connection.data());
    openConnections();
    updateState();
}

// A folder the server would not open stays unwatched until the next connection (as a folder of
// its own would wait for its next retry); any other failure replaces the connection.
void AccountSession::channelFolderFailed(FolderWatcher *watcher, const ImapError &error)
{
    Slot *slot = slotFor(watcher);
    if (!slot)
        return;
    if (isHome(*slot) || error.kind != ErrorKind::MailboxUnavailable) {
        slotFailed(m_slots.first().connection.data(), error);
        return;
    }
    qWarning("%s: %s (%s)", qPrintable(m_spec.id), qPrintable(error.message),
             qPrintable(error.detail));
    slot->watching = false;
    slot->folderError = error;
    markSynced(*slot);
    updateState();
}

FolderWatcher *AccountSession::createWatcher(const QString &folder)
{
    FolderWatcher::Options options;
    options.idleRenewalMs = m_spec.idleRenewalMs;
    options.pollIntervalMs = m_spec.pollIntervalMs;
    options.summaries.previewLength = m_spec.previewLength;
    options.unseenBacklogLimit = Limits::unseenBacklogPerFolder;
    options.clock = m_clock;
    options.mirrors = m_options.mirrors;
    auto *watcher = new FolderWatcher(m_spec.id, folder, m_store, options, this);
    auto ref = [this, folder, watcher](quint32 uid) {
        return MessageRef {m_spec.id, folder, watcher->mailbox().uidValidity(), uid};
    };
    auto refresh = [this, watcher] {
        scheduleFolderStatus(watcher);
    };
    connect(watcher, &FolderWatcher::ready, this, [this, watcher] {
        Slot *s = slotFor(watcher);
        if (!s || !connectionOf(*s))
            return;
        if (!s->watching) // not again after each SharedConnection visit
            s->upSinceMs = m_clock->monotonicMs();
        s->watching = true;
        s->folderError = {};
        updateFolderStatus(*s);
        markSynced(*s);
        updateState();
    });
    connect(watcher, &FolderWatcher::messagesArrived, this,
            [this, refresh](const QList<MessageSummary> &messages) {
                Q_EMIT messagesArrived(messages);
                refresh();
            });
    connect(watcher, &FolderWatcher::unseenBacklog, this, &AccountSession::unseenBacklog);
    connect(watcher, &FolderWatcher::countChanged, this, refresh);
    connect(watcher, &FolderWatcher::messageExpunged, this,
            [this, ref, refresh](quint32 index, quint32 uid) {
                Q_EMIT messageExpunged(ref(uid), index);
                refresh();
            });
    connect(watcher, &FolderWatcher::flagsChanged, this,
            [this, ref, refresh](quint32 uid, const MessageFlags &flags) {
                Q_EMIT flagsChanged(ref(uid), flags);
                refresh();
            });
    connect(watcher, &FolderWatcher::summaryFetched, this,
            [this](const MessageSummary &summary) { Q_EMIT summaryFetched(summary); });
    connect(watcher, &FolderWatcher::commandFailed, this,
            [this, ref](quint32 uid, const ImapError &error) {
                Q_EMIT commandFailed(ref(uid), error);
            });
    connect(watcher, &FolderWatcher::trashFolderFound, this,
            [this](const QString &trash) { Q_EMIT trashFolderFound(m_spec.id, trash); });
    if (std::exchange(m_trashWanted, false))
        watcher->findTrash();
    // In Notify mode the channel reports a failed folder (channelFolderFailed).
    connect(watcher, &FolderWatcher::failed, this, [this, watcher](const ImapError &error) {
        if (Slot *s = slotFor(watcher); s && s->connection)
            slotFailed(s->connection.data(), error);
    });
    return watcher;
}

void AccountSession::slotFailed(Connection *connection, const ImapError &error)
{
    Slot *slot = slotFor(connection);
    if (!slot)
        return;
    const qint64 uptime = slot->watching ? m_clock->monotonicMs() - slot->upSinceMs : 0;
    closeSlot(*slot, false);
    if (m_stopping) {
        finishStop();
        return;
    }
    if (isTokenRejection(error)) {
        // Forget the token; the connections still logged in keep their sessions.
        m_accessToken.clear();
        if (!m_freshTokenTried) {
            m_freshTokenTried = true; // once at once; a second rejection is AuthFailed
            m_policy.reset();
            connectMissing();
            return;
        }
    }
    // The folders waiting for home's connection (or riding on it) failed with it.
    if (isHome(*slot)) {
        for (Slot &other : m_slots) {
            if (m_mode == Mode::Unknown || isShared(other))
                markSynced(other);
        }
    }
    if (error.kind == ErrorKind::AuthFailed || isPermanent(error)) {
        for (Slot &other : m_slots) {
            closeSlot(other, false);
            markSynced(other);
        }
        m_holdRetry = true;
        scheduleRetry(m_policy.options().maxMs);
        const bool auth = error.kind == ErrorKind::AuthFailed;
        setStatus(auth ? AccountStatus::State::AuthFailed : AccountStatus::State::Error, error,
                  m_clock->nowUtc().addMSecs(m_retryTimer->remainingTime()));
        if (auth && !usesOAuth())
            Q_EMIT passwordRequired(m_spec.id);
        return;
    }
    m_policy.connectionLost(uptime);
    if (!m_retryTimer->isActive())
        scheduleRetry(m_policy.nextDelayMs());
    setStatus(AccountStatus::State::Reconnecting, error,
              m_clock->nowUtc().addMSecs(m_retryTimer->remainingTime()));
    markSynced(*slot);
}

void AccountSession::scheduleRetry(int delayMs)
{
    m_retryTimer->start(std::max(0, delayMs));
}

void AccountSession::closeSlot(Slot &slot, bool dropWatcher)
{
    Connection *connection = slot.connection.data();
    if (connection && isHome(slot))
        dropChannel(); // its connection goes
    slot.connection = nullptr;
    slot.watching = false;
    if (dropWatcher && slot.watcher) {
        FolderWatcher *watcher = slot.watcher.data();
        slot.watcher = nullptr;
        QObject::disconnect(watcher, nullptr, this, nullptr);
        watcher->deleteLater();
    }
    if (!connection)
        return;
    QObject::disconnect(connection, nullptr, this, nullptr);
    Q_EMIT connectionClosed(slot.connectionId);
    if (connection->state() != Connection::State::Failed
        && connection->state() != Connection::State::LoggedOut)
        connection->abort();
    // A watcher still on it holds it by QPointer and has dropped it (failed or loggedOut).
    connection->deleteLater();
}

void AccountSession::markSynced(Slot &slot)
{
    slot.syncedOnce = true;
    if (m_initialSyncFinished)
        return;
    for (const Slot &s : m_slots) {
        if (!s.syncedOnce)
            return;
    }
    m_initialSyncFinished = true;
    Q_EMIT initialSyncDone();
}

// A burst of flag changes or expunges (another client marking a whole folder read) costs one
// recount, not one per message.
void AccountSession::scheduleFolderStatus(const FolderWatcher *watcher)
{
    Slot *slot = slotFor(watcher);
    if (!slot || slot->statusPending)
        return;
    slot->statusPending = true;
    QTimer::singleShot(0, this, [this, watcher = QPointer<const FolderWatcher>(watcher)] {
        if (Slot *s = slotFor(watcher.data()))
            updateFolderStatus(*s);
    });
}

void AccountSession::updateFolderStatus(Slot &slot)
{
    slot.statusPending = false;
    // Until the folder is synchronized its flags are not all known: its unseen count would be a
    // false 0. The watcher's ready() brings the first true count.
    if (!slot.watcher || !slot.watching)
        return;
    const MailboxState &mailbox = slot.watcher->mailbox();
    FolderStatus status;
    status.accountId = m_spec.id;
    status.folder = slot.folder;
    status.uidValidity = mailbox.uidValidity();
    status.messages = mailbox.exists();
    status.unseen = mailbox.unseenCount();
    if (slot.lastStatus == status)
        return;
    slot.lastStatus = status;
    Q_EMIT folderStatusChanged(status);
}

void AccountSession::updateState()
{
    if (!m_started || m_stopping || m_slots.isEmpty())
        return;
    bool allWatching = true;
    bool anyAuthenticated = false;
    ImapError folderError;
    for (const Slot &slot : m_slots) {
        if (m_mode == Mode::Unknown && !isHome(slot))
            continue; // waiting for home's connection to choose the mode
        const Connection *connection = connectionOf(slot);
        if (!connection)
            return; // Reconnecting, with its nextAttempt
        if (slot.folderError.isError())
            folderError = slot.folderError; // shared: the others are watched
        else
            allWatching = allWatching && slot.watching;
        anyAuthenticated = anyAuthenticated || isUsable(connection);
    }
    if (allWatching && m_mode != Mode::Unknown) {
        setStatus(AccountStatus::State::Online, folderError.isError() ? folderError : capError());
        return;
    }
    setStatus(anyAuthenticated ? AccountStatus::State::Synchronizing
                               : AccountStatus::State::Connecting,
              capError());
}

ImapError AccountSession::capError() const
{
    const QStringList polled = polledFolders();
    if (polled.isEmpty())
        return {};
    // Kind None: a notice, every folder is watched.
    return ImapError::make(
        ErrorKind::None,
        QStringLiteral("Checked every %1 s instead of pushed: %2. The account allows %3 "
                       "connections (one per folder) and the server does not offer NOTIFY; "
                       "raise the limit or watch fewer folders to have them pushed.")
            .arg(std::max(1, m_spec.pollIntervalMs / 1000))
            .arg(polled.join(QStringLiteral(", ")))
            .arg(std::max(1, m_spec.maxConnections)));
}

void AccountSession::setStatus(AccountStatus::State state, const ImapError &error,
                               const QDateTime &nextAttempt)
{
    if (m_status.state == state && m_status.error.kind == error.kind
        && m_status.error.message == error.message && m_status.nextAttempt == nextAttempt)
        return;
    m_status.state = state;
    m_status.error = error;
    m_status.nextAttempt = nextAttempt;
    Q_EMIT statusChanged(m_status);
}

void AccountSession::stop()
{
    if (!m_started && !m_stopping) {
        setStatus(AccountStatus::State::Stopped);
        Q_EMIT stopped();
        return;
    }
    m_started = false;
    m_stopping = true;
    m_retryTimer->stop();
    dropChannel();
    bool pending = false;
    for (Slot &slot : m_slots) {
        Connection *connection = slot.connection.data();
        if (slot.watcher) {
            QObject::disconnect(slot.watcher.data(), nullptr, this, nullptr);
            slot.watcher->deleteLater();
            slot.watcher = nullptr;
        }
        if (isUsable(connection)) {
            slot.watching = false;
            QObject::disconnect(connection, &Connection::ready, this, nullptr);
            connect(connection, &Connection::loggedOut, this, [this, connection] {
                if (Slot *s = slotFor(connection)) {
                    closeSlot(*s, true);
                    finishStop();
                }
            });
            connection->logout();
            pending = true;
        } else {
            closeSlot(slot, true);
        }
    }
    if (pending)
        m_stopTimer->start(m_options.logoutTimeoutMs);
    else
        finishStop();
}

void AccountSession::finishStop()
{
    if (!m_stopping)
        return;
    for (const Slot &slot : m_slots) {
        if (slot.connection)
            return;
    }
    m_stopping = false;
    m_stopTimer->stop();
    setStatus(AccountStatus::State::Stopped);
    Q_EMIT stopped();
}

void AccountSession::setPassword(const QString &password)
{
    m_password = password;
    if (!m_started || m_stopping)
        return;
    const auto state = m_status.state;
    if (state == AccountStatus::State::WaitingForPassword
        || state == AccountStatus::State::AuthFailed) {
        m_holdRetry = false;
        m_policy.reset();
        connectMissing();
    }
}

void AccountSession::setAccessToken(const QString &token)
{
    m_accessToken = token;
    m_tokenAsked = false;
    const QList<TokenProvider::Callback> waiters = std::exchange(m_tokenWaiters, {});
    for (const TokenProvider::Callback &done : waiters) {
        if (token.isEmpty())
            done(std::nullopt, u"The app could not get an access token"_s);
        else
            done(token.toUtf8(), {});
    }
    if (!m_started || m_stopping)
        return;
    if (token.isEmpty()) {
        if (m_status.state == AccountStatus::State::WaitingForPassword)
            setStatus(AccountStatus::State::WaitingForPassword,
                      ImapError::make(ErrorKind::AuthUnavailable,
                                      u"No OAuth access token is available; sign in again"_s));
        return;
    }
    const auto state = m_status.state;
    if (state == AccountStatus::State::WaitingForPassword
        || state == AccountStatus::State::AuthFailed) {
        m_holdRetry = false;
        connectMissing();
    }
}

void AccountSession::networkChanged()
{
    if (!m_started || m_stopping || m_holdRetry || !m_retryTimer->isActive())
        return;
    m_retryTimer->stop();
    connectMissing();
}

void AccountSession::resumed()
{
    networkChanged();
    for (Slot &slot : m_slots)
        probe(slot, m_options.probeTimeoutMs);
}

void AccountSession::checkNow()
{
    if (!m_started || m_stopping)
        return;
    // The user asked: an account waiting out a backoff, or held on an error no retry fixes by
    // itself (a certificate, STARTTLS), tries again now and from the start of the backoff; the
    // certificate may have been put right meanwhile. Not a rejected password: that waits for a
    // new one.
    const auto state = m_status.state;
    if (m_retryTimer->isActive() && state != AccountStatus::State::AuthFailed
        && state != AccountStatus::State::WaitingForPassword) {
        m_holdRetry = false;
        m_policy.reset();
        m_retryTimer->stop();
        connectMissing();
    }
    for (Slot &slot : m_slots)
        probe(slot, 0);
    if (m_channel)
        m_channel->checkNow(); // the folders sharing home's connection: a STATUS round
}

void AccountSession::probe(Slot &slot, int timeoutMs)
{
    Connection *connection = slot.connection.data();
    if (!isUsable(connection) || !slot.watching)
        return;
    QPointer<Timer> timer;
    if (timeoutMs > 0) {
        timer = m_clock->createTimer(connection);
        timer->setObjectName(QStringLiteral("probe"));
        timer->setSingleShot(true);
        connect(timer, &Timer::timeout, this, [this, connection, timeoutMs] {
            slotFailed(connection,
                       ImapError::make(ErrorKind::Timeout,
                                       QStringLiteral("No answer to NOOP within %1 ms after "
                                                      "resume; replacing the connection")
                                           .arg(timeoutMs)));
        });
        timer->start(timeoutMs);
    }
    connection->send(connection->commandBuilder().noop(), [timer](const Connection::Reply &) {
        if (timer)
            timer->deleteLater();
    });
    if (connection->isIdling())
        connection->stopIdle();
}

void AccountSession::findTrash()
{
    FolderWatcher *watcher = nullptr;
    for (const Slot &slot : std::as_const(m_slots)) {
        if (slot.watcher && (!watcher || slot.folder.compare(u"INBOX"_s, Qt::CaseInsensitive) == 0))
            watcher = slot.watcher;
    }
    if (watcher)
        watcher->findTrash();
    else
        m_trashWanted = true;
}

void AccountSession::command(const MessageRef &message, Command command)
{
    Slot *slot = slotFor(message.folder);
    if (!slot || !slot->watcher) {
        Q_EMIT commandFailed(message,
                             ImapError::make(ErrorKind::NetworkError,
                                             QStringLiteral("Folder %1 of account %2 is not "
                                                            "connected right now; try again later")
                                                 .arg(message.folder, m_spec.id)));
        return;
    }
    FolderWatcher *watcher = slot->watcher.data();
    const quint32 validity = watcher->mailbox().uidValidity();
    if (message.uidValidity != validity) {
        Q_EMIT commandFailed(
            message,
            ImapError::make(ErrorKind::StaleMessage,
                            QStringLiteral("Folder %1 was recreated on the server "
                                           "(UIDVALIDITY %2, the message refers to %3); "
                                           "the message no longer exists as referenced")
                                .arg(message.folder)
                                .arg(validity)
                                .arg(message.uidValidity)));
        return;
    }
    switch (command) {
    case Command::MarkSeen:
        watcher->markSeen(message.uid);
        break;
    case Command::MarkUnseen:
        watcher->markUnseen(message.uid);
        break;
    case Command::SetFlagged:
        watcher->setFlagged(message.uid, true);
        break;
    case Command::ClearFlagged:
        watcher->setFlagged(message.uid, false);
        break;
    case Command::Delete:
        watcher->deleteMessage(message.uid);
        break;
    case Command::FetchSummary:
        watcher->fetchSummary(message.uid);
        break;
    }
}

void AccountSession::markAllSeen()
{
    for (const Slot &slot : std::as_const(m_slots)) {
        if (slot.watcher)
            slot.watcher->markAllSeen();
    }
}

AccountSession::Slot *AccountSession::slotFor(Connection *connection)
{
    for (Slot &slot : m_slots) {
        if (connection && slot.connection == connection)
            return &slot;
    }
    return nullptr;
}

AccountSession::Slot *AccountSession::slotFor(const FolderWatcher *watcher)
{
    for (Slot &slot : m_slots) {
        if (watcher && slot.watcher == watcher)
            return &slot;
    }
    return nullptr;
}

AccountSession::Slot *AccountSession::slotFor(const QString &folder)
{
    for (Slot &slot : m_slots) {
        if (slot.folder == folder)
            return &slot;
    }
    return nullptr;
}

} // namespace ImapCore
