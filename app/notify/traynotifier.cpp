#include "traynotifier.h"

#include "notificationcontent.h"

#include <QSystemTrayIcon>

TrayNotifier::TrayNotifier(QSystemTrayIcon *tray, QObject *parent)
    : Notifier(parent)
    , m_tray(tray)
{
    if (m_tray) {
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_shown != 0)
                Q_EMIT actionInvoked(m_shown, NotificationContent::kDefaultAction);
        });
    }
}

quint32 TrayNotifier::show(const Notification &notification, quint32 replaces)
{
    const quint32 handle = replaces != 0 ? replaces : m_nextHandle++;
    if (m_nextHandle == 0)
        m_nextHandle = 1;
    if (m_tray) {
        // A new balloon replaces the previous one; the earlier handle is gone.
        if (m_shown != 0 && m_shown != handle)
            Q_EMIT closed(m_shown);
        m_shown = handle;
        m_tray->showMessage(notification.summary, notification.body, QSystemTrayIcon::Information,
                            kMessageMs);
    }
    return handle;
}

void TrayNotifier::close(quint32 handle)
{
    // QSystemTrayIcon cannot take a balloon back; it times out by itself.
    if (handle == m_shown)
        m_shown = 0;
}
