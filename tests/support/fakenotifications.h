#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

// A stand-in org.freedesktop.Notifications server that records every call, on its own bus
// connection (as a separate process would be). Ids start at 1 and count up; replaces_id of a
// live notification keeps its id, as the spec asks.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout = 0;
        uint id = 0; // what we answered
    };

    explicit FakeNotifications(QStringList capabilities, QObject *parent = nullptr)
        : QObject(parent)
        , capabilities(std::move(capabilities))
    { }

    // Registers the object and takes the well-known name on the given connection.
    bool registerOn(QDBusConnection connection)
    {
        m_connection = connection;
        return connection.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                         QDBusConnection::ExportAllSlots
                                             | QDBusConnection::ExportAllSignals)
            && connection.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }
    bool releaseName()
    {
        return m_connection.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
    }
    bool takeName()
    {
        return m_connection.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }

    // What the user does on the desktop.
    void invoke(uint id, const QString &key) { Q_EMIT ActionInvoked(id, key); }
    void dismiss(uint id) { Q_EMIT NotificationClosed(id, 2); }

    QStringList capabilities;
    QList<Call> calls;
    QList<uint> closeCalls;
    int capabilityRequests = 0;
    uint nextId = 1;
    bool newIdOnReplace = false; // some servers answer a replace with a fresh id
    QString actionDuringNotify;
    bool closeDuringNotify = false;

public Q_SLOTS:
    QStringList GetCapabilities()
    {
        ++capabilityRequests;
        return capabilities;
    }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = QStringLiteral("mailbell-tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fake");
    }
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int timeout)
    {
        const uint id = replacesId != 0 && !newIdOnReplace ? replacesId : nextId++;
        calls.append({appName, replacesId, appIcon, summary, body, actions, hints, timeout, id});
        // Signals sent before the reply, as a fast user and dunst can make happen.
        if (!actionDuringNotify.isEmpty()) {
            Q_EMIT ActionInvoked(id + 1000, actionDuringNotify); // someone else's
            Q_EMIT ActionInvoked(id, actionDuringNotify);
        }
        if (closeDuringNotify)
            Q_EMIT NotificationClosed(id, 1);
        return id;
    }
    void CloseNotification(uint id)
    {
        closeCalls.append(id);
        Q_EMIT NotificationClosed(id, 3);
    }

Q_SIGNALS:
    void NotificationClosed(uint id, uint reason);
    void ActionInvoked(uint id, const QString &actionKey);

private:
    QDBusConnection m_connection {QStringLiteral("none")};
};
