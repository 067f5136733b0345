#pragma once

#include "notifier.h"

#include <QPointer>

class QSystemTrayIcon;

// The fallback without a notification server: QSystemTrayIcon::showMessage, plain text, one
// balloon at a time, no buttons. A click on the balloon is the default action of the last one.
class TrayNotifier : public Notifier
{
    Q_OBJECT
public:
    static constexpr int kMessageMs = 10000;

    // The tray icon stays the caller's; a null or deleted one shows nothing.
    explicit TrayNotifier(QSystemTrayIcon *tray, QObject *parent = nullptr);

    quint32 show(const Notification &notification, quint32 replaces = 0) override;
    void close(quint32 handle) override;
    bool supportsActions() const override { return false; }

private:
    QPointer<QSystemTrayIcon> m_tray;
    quint32 m_nextHandle = 1;
    quint32 m_shown = 0; // the handle of the balloon on screen, if any
};
