#pragma once

#include "dbusnotifier.h"

#include <QHash>
#include <QPointer>

// Shows through the D-Bus notifier while a notification server is there (or being asked), and
// through the fallback (the tray balloon) while none is: starting without one, or after it went
// away. Requests made while the server was being asked and that it never got go to the fallback.
// Handles are this object's own.
class FallbackNotifier : public Notifier
{
    Q_OBJECT
public:
    // Takes ownership of both.
    FallbackNotifier(DbusNotifier *primary, Notifier *fallback, QObject *parent = nullptr);

    quint32 show(const Notification &notification, quint32 replaces = 0) override;
    void close(quint32 handle) override;
    bool supportsActions() const override;

    DbusNotifier *primary() const { return m_primary; }

private:
    struct Route
    {
        Notifier *backend = nullptr;
        quint32 backendHandle = 0;
    };

    Notifier *currentBackend() const;
    quint32 route(Notifier *backend, quint32 backendHandle, quint32 handle);
    void onBackendAction(Notifier *backend, quint32 backendHandle, const QString &key);
    void onBackendClosed(Notifier *backend, quint32 backendHandle);
    void onPrimaryState(DbusNotifier::State state);
    static quint64 reverseKey(const Notifier *backend, const Notifier *primary, quint32 h);

    DbusNotifier *m_primary;
    Notifier *m_fallback;
    quint32 m_nextHandle = 1;
    QHash<quint32, Route> m_routes;
    QHash<quint64, quint32> m_handleByBackend; // (which backend, its handle) -> ours
};
