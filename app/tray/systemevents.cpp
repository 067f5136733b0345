#include "systemevents.h"

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
        m_watchesSleep = QDBusConnection(systemBus).connect(
            u"org.freedesktop.login1"_s, u"/org/freedesktop/login1"_s,
            u"org.freedesktop.login1.Manager"_s, u"PrepareForSleep"_s, this,
            SLOT(onPrepareForSleep(bool)));
    }
}

void SystemEvents::onPrepareForSleep(bool sleeping)
{
    if (sleeping)
        Q_EMIT aboutToSleep();
    else
        Q_EMIT resumed();
}
