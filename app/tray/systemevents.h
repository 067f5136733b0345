#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QList>
#include <QObject>

class BusNameOwner;
class QDBusMessage;

// What the desktop tells us that matters to idle connections: the network changed (a new
// route, Wi-Fi back, VPN up) and the machine woke from suspend (sockets may be half-open). The
// app forwards both to MailEngine, which reconnects or probes instead of waiting out a backoff
// or a dead socket. Sources: QNetworkInformation (NetworkManager or GLib backend, whichever Qt
// finds) and logind's PrepareForSleep signal on the system bus. Either may be missing (no
// NetworkManager, no system bus): then that hint never comes and the engine's own liveness
// checks still recover, only later. PrepareForSleep counts only when logind's owner sent it
// (BusNameOwner, learnt without a blocking call): any client of the bus can send that signal.
class SystemEvents : public QObject
{
    Q_OBJECT

public:
    // systemBus: where logind lives (tests pass a private bus).
    explicit SystemEvents(const QDBusConnection &systemBus = QDBusConnection::systemBus(),
                          QObject *parent = nullptr);

    bool watchesNetwork() const { return m_watchesNetwork; }
    bool watchesSleep() const { return m_watchesSleep; }

Q_SIGNALS:
    void networkChanged();
    void aboutToSleep();
    void resumed();

private Q_SLOTS:
    void onPrepareForSleep(bool sleeping, const QDBusMessage &message);

private:
    static constexpr qsizetype maxEarlySignals = 16;

    BusNameOwner *m_logind = nullptr;
    QList<QDBusMessage> m_early; // PrepareForSleep received before logind's owner was known
    bool m_watchesNetwork = false;
    bool m_watchesSleep = false;
};
