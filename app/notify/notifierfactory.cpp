#include "notifierfactory.h"

#include "dbusnotifier.h"
#include "fallbacknotifier.h"
#include "traynotifier.h"

namespace NotifierFactory {

Notifier *create(QSystemTrayIcon *tray, QObject *parent, const QDBusConnection &bus)
{
    if (!bus.isConnected())
        return new TrayNotifier(tray, parent);
    return new FallbackNotifier(new DbusNotifier(bus), new TrayNotifier(tray), parent);
}

} // namespace NotifierFactory
