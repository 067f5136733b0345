#include "notifierfactory.h"

#include "dbusnotifier.h"
#include "fallbacknotifier.h"
#include "traynotifier.h"

#include <QGuiApplication>
#include <QIcon>

namespace NotifierFactory {

namespace {
// What servers show beside the text; larger is scaled down by the server anyway.
constexpr int appImageSize = 48;
} // namespace

Notifier *create(QSystemTrayIcon *tray, QObject *parent, const QDBusConnection &bus)
{
    if (!bus.isConnected())
        return new TrayNotifier(tray, parent);
    auto *dbus = new DbusNotifier(bus);
    // Not installed (run from the build folder): the server cannot find our icon by name, so
    // the window icon (main() falls back to the built-in one) travels with each notification.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())
        && !DbusNotifier::isAppIconInstalled() && !QGuiApplication::windowIcon().isNull())
        dbus->setAppImage(QGuiApplication::windowIcon().pixmap(appImageSize).toImage());
    return new FallbackNotifier(dbus, new TrayNotifier(tray), parent);
}

} // namespace NotifierFactory
