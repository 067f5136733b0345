#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

// Tells when a system tray appears or goes away (a panel started after us, GNOME's AppIndicator
// extension switched on or off, the panel crashed). Qt has no signal for this (the X11 tray
// manager selection and the StatusNotifierWatcher are watched inside Qt, privately), so it asks
// QSystemTrayIcon::isSystemTrayAvailable() every few seconds: a cached, local answer.
class SystemTrayMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int pollIntervalMs = 3'000;

    // probe: whether a tray is there now (default: QSystemTrayIcon::isSystemTrayAvailable).
    explicit SystemTrayMonitor(std::function<bool()> probe = {}, QObject *parent = nullptr);

    bool isAvailable() const { return m_available; }
    // Replaces the probe (tests) and asks it at once.
    void setProbe(std::function<bool()> probe);
    // Asks the probe now; emits availabilityChanged when the answer changed.
    void check();

Q_SIGNALS:
    void availabilityChanged(bool available);

private:
    std::function<bool()> m_probe;
    QTimer m_poll;
    bool m_available = false;
};
