#include "systemtraymonitor.h"

#include <QSystemTrayIcon>

SystemTrayMonitor::SystemTrayMonitor(std::function<bool()> probe, QObject *parent)
    : QObject(parent)
    , m_probe(probe ? std::move(probe) : [] { return QSystemTrayIcon::isSystemTrayAvailable(); })
{
    m_available = m_probe();
    // Second-granular wake-ups: a tray showing up a second late does not matter.
    m_poll.setTimerType(Qt::VeryCoarseTimer);
    m_poll.setInterval(pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &SystemTrayMonitor::check);
    m_poll.start();
}

void SystemTrayMonitor::setProbe(std::function<bool()> probe)
{
    m_probe = std::move(probe);
    check();
}

void SystemTrayMonitor::check()
{
    const bool available = m_probe();
    if (available == m_available)
        return;
    m_available = available;
    Q_EMIT availabilityChanged(available);
}
