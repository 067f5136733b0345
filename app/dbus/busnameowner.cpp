#include "busnameowner.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>

using namespace Qt::StringLiterals;

BusNameOwner::BusNameOwner(const QDBusConnection &connection, const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
    // The watch first: the bus answers in order, so a change made after our GetNameOwner was
    // answered arrives after that answer, and one made before it arrives before it.
    // (QtDBus asks nothing synchronously for a watch on the bus driver's own signal.)
    m_watcher =
        new QDBusServiceWatcher(name, connection, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            &BusNameOwner::onNameOwnerChanged);

    QDBusMessage call =
        QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                       u"org.freedesktop.DBus"_s, u"GetNameOwner"_s);
    call << name;
    auto *pending = new QDBusPendingCallWatcher(QDBusConnection(connection).asyncCall(call), this);
    connect(pending, &QDBusPendingCallWatcher::finished, this, [this, pending] {
        pending->deleteLater();
        if (m_resolved)
            return; // a NameOwnerChanged came first and is at least as new
        const QDBusPendingReply<QString> reply = *pending;
        // An error is "no owner" (org.freedesktop.DBus.Error.NameHasNoOwner) or no bus at all.
        m_owner = reply.isError() ? QString() : reply.value();
        m_resolved = true;
        Q_EMIT resolved();
    });
}

bool BusNameOwner::isOwner(const QDBusMessage &message) const
{
    return !m_owner.isEmpty() && message.service() == m_owner;
}

void BusNameOwner::onNameOwnerChanged(const QString &name, const QString &oldOwner,
                                      const QString &newOwner)
{
    if (name != m_name)
        return;
    m_owner = newOwner;
    const bool first = !m_resolved;
    m_resolved = true;
    Q_EMIT ownerChanged(oldOwner, newOwner);
    if (first)
        Q_EMIT resolved();
}
