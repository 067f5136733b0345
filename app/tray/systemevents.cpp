#include "systemevents.h"

#include "busnameowner.h"

#include <QDBusMessage>
#include <QNetworkInformation>

using namespace Qt::StringLiterals;

SystemEvents::SystemEvents(const QDBusConnection &systemBus, QObject *parent)
    : QObject(parent)
{
    // NetworkManager when it runs; else whichever backend offers reachability (GLib's netlink
    // monitor works even without a system bus).
    if (QNetworkInformation::loadDefaultBackend()
        || QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *info = QNetworkInformation::instance();
        m_watchesNetwork = true;
        connect(info, &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    // Going offline needs no hint: the sockets fail by themselves. Coming back
                    // (or changing networks) is when waiting out a backoff is wrong.
                    if (reachability == QNetworkInformation::Reachability::Online
                        || reachability == QNetworkInformation::Reachability::Site)
                        Q_EMIT networkChanged();
                });
    }
    if (systemBus.isConnected()) {
        // From any sender, checked against logind's owner: naming the service here would make
        // QtDBus ask GetNameOwner synchronously on this (the UI) thread.
        m_logind = new BusNameOwner(systemBus, u"org.freedesktop.login1"_s, this);
        m_watchesSleep = QDBusConnection(systemBus).connect(
            QString(), u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s,
            u"PrepareForSleep"_s, this, SLOT(onPrepareForSleep(bool, QDBusMessage)));
    }
}

void SystemEvents::onPrepareForSleep(bool sleeping, const QDBusMessage &message)
{
    if (!m_logind || !m_logind->isOwner(message))
        return;
    if (sleeping)
        Q_EMIT aboutToSleep();
    else
        Q_EMIT resumed();
}
