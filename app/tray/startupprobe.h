#pragma once

#include <QObject>
#include <QTimer>

class QSystemTrayIcon;

// The test hook bench_trayapp measures start-up with: it runs the mailbell binary with
// MAILBELL_STARTUP_PROBE set, and the entry point then starts a probe on the tray icon. The probe
// prints the CLOCK_MONOTONIC time at which the tray host has embedded the icon (its geometry
// becomes known) on stderr, as "mailbell-startup-probe tray-visible monotonic-ns=N" (or
// "tray-not-visible" after 10 s). It polls every 2 ms, only in this mode, and then deletes itself.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    // Whether this process runs for the benchmark (MAILBELL_STARTUP_PROBE is set).
    static bool requested();
    // Starts a probe on icon; parent owns it until it has printed.
    static void start(const QSystemTrayIcon *icon, QObject *parent);

private:
    StartupProbe(const QSystemTrayIcon *icon, QObject *parent);
    void poll();

    const QSystemTrayIcon *m_icon;
    QTimer m_timer;
    int m_polls = 0;
};
