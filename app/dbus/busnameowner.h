#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

class QDBusMessage;
class QDBusServiceWatcher;

// Who owns a well-known bus name (the unique name, ":1.42", of the process that serves
// org.freedesktop.Notifications), learnt and followed without waiting for the bus: GetNameOwner
// asked asynchronously, NameOwnerChanged watched. It lets a signal be subscribed from any
// sender (an empty service: QtDBus would otherwise ask GetNameOwner synchronously, on the
// calling thread, to filter by the well-known name) and then believed only when isOwner() says
// it came from the name's owner; any other client of the bus can send the same signal.
// Until the first answer the owner is unknown and isOwner() is false; a caller that must not
// lose such early signals keeps them until resolved() (SystemEvents does).
class BusNameOwner : public QObject
{
    Q_OBJECT

public:
    BusNameOwner(const QDBusConnection &connection, const QString &name, QObject *parent = nullptr);

    QString name() const { return m_name; }
    // The unique name of the owner; empty while unknown or while nobody owns the name.
    QString owner() const { return m_owner; }
    bool isResolved() const { return m_resolved; }
    // True if message (a received signal) was sent by the name's current owner.
    bool isOwner(const QDBusMessage &message) const;

Q_SIGNALS:
    // The name changed hands (NameOwnerChanged); oldOwner or newOwner is empty when the name
    // had or has no owner. Not emitted for the answer to GetNameOwner: see resolved().
    void ownerChanged(const QString &oldOwner, const QString &newOwner);
    // The owner is known for the first time (owner() may be empty: nobody owns the name).
    void resolved();

private:
    void onNameOwnerChanged(const QString &name, const QString &oldOwner, const QString &newOwner);

    QString m_name;
    QString m_owner;
    bool m_resolved = false;
    QDBusServiceWatcher *m_watcher = nullptr;
};
