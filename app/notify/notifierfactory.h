#pragma once

#include <QDBusConnection>

class Notifier;
class QObject;
class QSystemTrayIcon;

// The notifier the app uses: org.freedesktop.Notifications on the session bus while a server is
// there, the tray balloon otherwise (also when there is no session bus at all). Never blocks:
// whether a server is there is found out asynchronously.
namespace NotifierFactory {

Notifier *create(QSystemTrayIcon *tray, QObject *parent,
                 const QDBusConnection &bus = QDBusConnection::sessionBus());

} // namespace NotifierFactory
