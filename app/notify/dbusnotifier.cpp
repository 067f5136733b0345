#include "dbusnotifier.h"

#include "busnameowner.h"
#include "notificationimage.h"
#include "notificationtext.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QIcon>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNotify, "mailbell.notify")

namespace {

const QString kActionsCapability = QStringLiteral("actions");
const QString kMarkupCapability = QStringLiteral("body-markup");

QDBusMessage methodCall(const QString &method)
{
    return QDBusMessage::createMethodCall(DbusNotifier::kService, DbusNotifier::kPath,
                                          DbusNotifier::kInterface, method);
}

} // namespace

DbusNotifier::DbusNotifier(const QDBusConnection &connection, QObject *parent)
    : Notifier(parent)
    , m_connection(connection)
{
    NotificationImage::registerDBusType();
    // Before anything is sent, so that the owner's answer to GetNameOwner comes before the
    // answer to GetCapabilities, and so before any Notify: a signal that arrives while the
    // owner is unknown cannot be about one of our notifications and is dropped.
    m_owner = new BusNameOwner(m_connection, kService, this);
    connect(m_owner, &BusNameOwner::ownerChanged, this, &DbusNotifier::onOwnerChanged);
    connectSignals(true);
    probe();
}

DbusNotifier::~DbusNotifier()
{
    connectSignals(false);
}

void DbusNotifier::connectSignals(bool connect)
{
    // No service named: naming kService makes QtDBus ask GetNameOwner synchronously (and again
    // for every change of owner); BusNameOwner learns it without waiting instead.
    const QString anySender;
    const QString actionInvoked = QStringLiteral("ActionInvoked");
    const QString notificationClosed = QStringLiteral("NotificationClosed");
    const char *onAction = SLOT(onActionInvokedSignal(uint, QString, QDBusMessage));
    const char *onClosed = SLOT(onNotificationClosedSignal(uint, uint, QDBusMessage));
    if (connect) {
        m_connection.connect(anySender, kPath, kInterface, actionInvoked, this, onAction);
        m_connection.connect(anySender, kPath, kInterface, notificationClosed, this, onClosed);
    } else {
        m_connection.disconnect(anySender, kPath, kInterface, actionInvoked, this, onAction);
        m_connection.disconnect(anySender, kPath, kInterface, notificationClosed, this, onClosed);
    }
}

bool DbusNotifier::supportsActions() const
{
    return m_capabilities.contains(kActionsCapability);
}

void DbusNotifier::setAppImage(const QImage &image)
{
    m_appImage = image;
}

bool DbusNotifier::isAppIconInstalled()
{
    return QIcon::hasThemeIcon(kAppId);
}

void DbusNotifier::probe()
{
    setState(State::Probing);
    const quint64 generation = m_generation;
    // GetCapabilities also starts a D-Bus-activatable server (dunst, mako) that is not running.
    auto *call = new QDBusPendingCallWatcher(
        m_connection.asyncCall(methodCall(QStringLiteral("GetCapabilities"))), this);
    connect(call, &QDBusPendingCallWatcher::finished, this, [this, call, generation] {
        call->deleteLater();
        if (generation != m_generation)
            return;
        const QDBusPendingReply<QStringList> reply = *call;
        if (reply.isError()) {
            qCDebug(lcNotify) << "no notification server:" << reply.error().message();
            setState(State::Unavailable);
            return;
        }
        m_capabilities = reply.value();
        setState(State::Available);
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->pending && !it->inFlight)
                send(it.key());
        }
    });
    auto *info = new QDBusPendingCallWatcher(
        m_connection.asyncCall(methodCall(QStringLiteral("GetServerInformation"))), this);
    connect(info, &QDBusPendingCallWatcher::finished, this, [this, info, generation] {
        info->deleteLater();
        const QDBusPendingReply<QString, QString, QString, QString> reply = *info;
        if (generation == m_generation && !reply.isError()) {
            m_serverName = reply.argumentAt<0>() + u'/' + reply.argumentAt<2>();
            qCDebug(lcNotify) << "notification server" << m_serverName << m_capabilities;
        }
    });
}

void DbusNotifier::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

quint32 DbusNotifier::show(const Notification &notification, quint32 replaces)
{
    if (m_state == State::Unavailable) {
        // Nothing would show it; queueing would replay stale mail when a server appears. The
        // message itself is in the recent list: report the notification gone at once.
        m_entries.remove(replaces);
        const quint32 handle = m_nextHandle++;
        if (m_nextHandle == 0)
            m_nextHandle = 1;
        QMetaObject::invokeMethod(
            this, [this, handle] { Q_EMIT closed(handle); }, Qt::QueuedConnection);
        return handle;
    }
    quint32 handle = replaces;
    if (!m_entries.contains(handle)) {
        handle = m_nextHandle++;
        if (m_nextHandle == 0)
            m_nextHandle = 1;
    }
    Entry &entry = m_entries[handle];
    entry.pending = notification;
    if (m_state == State::Available && !entry.inFlight)
        send(handle);
    return handle;
}

void DbusNotifier::close(quint32 handle)
{
    auto it = m_entries.find(handle);
    if (it == m_entries.end())
        return;
    if (it->inFlight) {
        // The id is not known yet: close when the Notify reply brings it.
        it->closeRequested = true;
        it->pending.reset();
        return;
    }
    if (it->serverId != 0) {
        m_handleByServerId.remove(it->serverId);
        closeOnServer(it->serverId);
    }
    m_entries.erase(it);
}

QList<std::pair<quint32, Notification>> DbusNotifier::takeUnsent()
{
    QList<std::pair<quint32, Notification>> unsent;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->pending && !it->inFlight && it->serverId == 0) {
            unsent.append({it.key(), *it->pending});
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
    return unsent;
}

QVariantList DbusNotifier::notifyArguments(const Notification &notification, quint32 replacesId,
                                           const QStringList &capabilities, const QImage &appImage)
{
    const bool markup = capabilities.contains(kMarkupCapability);
    QStringList actions;
    if (capabilities.contains(kActionsCapability)) {
        for (const NotificationAction &action : notification.actions)
            actions << action.key << action.label;
    }
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), kAppId);
    hints.insert(QStringLiteral("category"), QStringLiteral("email.arrived"));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(notification.urgency)));
    if (notification.silent)
        hints.insert(QStringLiteral("suppress-sound"), true);
    else
        hints.insert(QStringLiteral("sound-name"), QStringLiteral("message-new-email"));
    // Spec 1.2 name; servers show it in place of app_icon, which names an icon they lack.
    if (!appImage.isNull())
        hints.insert(QStringLiteral("image-data"),
                     QVariant::fromValue(NotificationImage {appImage}));
    // The summary is plain text in the spec: never escaped, only kept to one clean line.
    const QString summary =
        NotificationText::singleLine(notification.summary, NotificationText::kMaxSummaryLength);
    const QString body = NotificationText::multiLine(notification.body);
    return {kAppName,
            uint(replacesId),
            kAppId,
            summary,
            markup ? NotificationText::escapeMarkup(body) : body,
            actions,
            hints,
            int(-1)};
}

void DbusNotifier::send(quint32 handle)
{
    Entry &entry = m_entries[handle];
    Q_ASSERT(entry.pending && !entry.inFlight);
    QDBusMessage message = methodCall(QStringLiteral("Notify"));
    message.setArguments(
        notifyArguments(*entry.pending, entry.serverId, m_capabilities, m_appImage));
    entry.pending.reset();
    entry.inFlight = true;
    ++m_inFlight;
    const quint64 generation = m_generation;
    auto *call = new QDBusPendingCallWatcher(m_connection.asyncCall(message), this);
    connect(call, &QDBusPendingCallWatcher::finished, this,
            [this, handle, generation, call] { onNotifyFinished(handle, generation, call); });
}

void DbusNotifier::onNotifyFinished(quint32 handle, quint64 generation,
                                    QDBusPendingCallWatcher *call)
{
    call->deleteLater();
    if (generation != m_generation)
        return; // that server is gone; forgetAll() already reported the handle closed
    --m_inFlight;
    auto it = m_entries.find(handle);
    if (it == m_entries.end()) {
        settle();
        return;
    }
    it->inFlight = false;
    const QDBusPendingReply<uint> reply = *call;
    if (reply.isError()) {
        qCWarning(lcNotify) << "Notify failed:" << reply.error().message();
        if (it->serverId == 0 && !it->pending) {
            const bool report = !it->closeRequested;
            m_entries.erase(it);
            settle();
            if (report)
                Q_EMIT closed(handle);
            return;
        }
    } else {
        const uint serverId = reply.value();
        if (serverId != it->serverId) {
            m_handleByServerId.remove(it->serverId);
            it->serverId = serverId;
            m_handleByServerId.insert(serverId, handle);
        }
    }
    const uint serverId = it->serverId;
    if (it->closeRequested) {
        if (serverId != 0) {
            m_handleByServerId.remove(serverId);
            closeOnServer(serverId);
        }
        m_entries.erase(it);
        settle();
        return;
    }
    if (it->pending && m_state == State::Available)
        send(handle);
    replayEarly(serverId);
    settle();
}

bool DbusNotifier::holdEarly(uint id, const QString &actionKey, bool closed)
{
    if (m_inFlight == 0)
        return false;
    if (m_early.size() == kMaxEarlySignals)
        m_early.removeFirst();
    m_early.append({id, closed ? QString() : actionKey});
    return true;
}

void DbusNotifier::replayEarly(uint serverId)
{
    QList<EarlySignal> mine;
    m_early.removeIf([&](const EarlySignal &s) {
        if (s.id != serverId)
            return false;
        mine.append(s);
        return true;
    });
    for (const EarlySignal &s : std::as_const(mine)) {
        if (s.actionKey.isEmpty())
            onNotificationClosed(s.id, 0);
        else
            onActionInvoked(s.id, s.actionKey);
    }
}

void DbusNotifier::settle()
{
    // No Notify in flight: whatever is still held was about someone else's notifications.
    if (m_inFlight == 0)
        m_early.clear();
}

void DbusNotifier::closeOnServer(uint serverId)
{
    QDBusMessage message = methodCall(QStringLiteral("CloseNotification"));
    message.setArguments({serverId});
    m_connection.asyncCall(message);
}

void DbusNotifier::onActionInvokedSignal(uint id, const QString &actionKey,
                                         const QDBusMessage &message)
{
    if (m_owner->isOwner(message))
        onActionInvoked(id, actionKey);
    else
        qCDebug(lcNotify) << "ActionInvoked ignored: not from the notification server";
}

void DbusNotifier::onNotificationClosedSignal(uint id, uint reason, const QDBusMessage &message)
{
    if (m_owner->isOwner(message))
        onNotificationClosed(id, reason);
    else
        qCDebug(lcNotify) << "NotificationClosed ignored: not from the notification server";
}

void DbusNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const quint32 handle = m_handleByServerId.value(id);
    if (handle != 0)
        Q_EMIT actionInvoked(handle, actionKey);
    else
        holdEarly(id, actionKey.isEmpty() ? QStringLiteral("default") : actionKey, false);
}

void DbusNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    const quint32 handle = m_handleByServerId.take(id);
    if (handle == 0) {
        holdEarly(id, QString(), true);
        return;
    }
    auto it = m_entries.find(handle);
    if (it != m_entries.end() && it->inFlight)
        return; // an update is on its way: the server reuses or replaces the id
    m_entries.remove(handle);
    Q_EMIT closed(handle);
}

void DbusNotifier::onOwnerChanged(const QString &oldOwner, const QString &newOwner)
{
    if (!oldOwner.isEmpty()) {
        // Our notifications died with that server.
        ++m_generation;
        forgetAll();
        m_capabilities.clear();
        setState(State::Unavailable);
    }
    if (!newOwner.isEmpty()) {
        ++m_generation;
        probe();
    }
}

void DbusNotifier::forgetAll()
{
    const QList<quint32> handles = m_entries.keys();
    m_entries.clear();
    m_handleByServerId.clear();
    m_early.clear();
    m_inFlight = 0; // replies from the old server are ignored by generation
    for (quint32 handle : handles)
        Q_EMIT closed(handle);
}
