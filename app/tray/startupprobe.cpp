#include "startupprobe.h"

#include <QSystemTrayIcon>

#include <cstdio>
#include <ctime>

namespace {

constexpr int pollIntervalMs = 2;
constexpr int maxPolls = 5'000; // 10 s

} // namespace

bool StartupProbe::requested()
{
    return qEnvironmentVariableIsSet("MAILBELL_STARTUP_PROBE");
}

void StartupProbe::start(const QSystemTrayIcon *icon, QObject *parent)
{
    new StartupProbe(icon, parent);
}

StartupProbe::StartupProbe(const QSystemTrayIcon *icon, QObject *parent)
    : QObject(parent)
    , m_icon(icon)
{
    m_timer.setInterval(pollIntervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StartupProbe::poll);
    m_timer.start();
}

void StartupProbe::poll()
{
    const bool visible = !m_icon->geometry().isEmpty();
    if (!visible && ++m_polls < maxPolls)
        return;
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    std::fprintf(stderr, "mailbell-startup-probe tray-%s monotonic-ns=%lld\n",
                 visible ? "visible" : "not-visible",
                 static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec);
    m_timer.stop();
    deleteLater();
}
