#include "systemevents.h"

#include "busnameowner.h"

#include <QDBusMessage>
#include <QNetworkInformation>

#include <utility>

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
        // A signal that arrives before logind's owner is known waits for it, then counts only
        // if logind sent it: a suspend right after the start is not lost, nor is a forgery
        // believed.
        connect(m_logind, &BusNameOwner::resolved, this, [this] {
            const QList<QDBusMessage> early = std::exchange(m_early, {});
            for (const QDBusMessage &message : early)
                onPrepareForSleep(message.arguments().value(0).toBool(), message);
        });
        m_watchesSleep = QDBusConnection(systemBus).connect(
            QString(), u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s,
            u"PrepareForSleep"_s, this, SLOT(onPrepareForSleep(bool, QDBusMessage)));
    }
}

void SystemEvents::onPrepareForSleep(bool sleeping, const QDBusMessage &message)
{
    if (!m_logind)
        return;
    if (!m_logind->isResolved()) {
        // Bounded: logind sends two a suspend; anyone else may send many.
        if (m_early.size() < maxEarlySignals)
            m_early.append(message);
        return;
    }
    if (!m_logind->isOwner(message))
        return;
    if (sleeping)
        Q_EMIT aboutToSleep();
    else
        Q_EMIT resumed();
}
