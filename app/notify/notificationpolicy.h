#pragma once

#include "pausechoices.h"

#include "notificationsettings.h"

#include "messagesummary.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

// Decides, for each new message, whether it is announced, announced without sound, or only
// recorded, from the settings, the quiet hours and the pause. It never drops a message: the
// recent list and the badge show every message whatever the decision.
//
// Precedence: notifications off or a muted folder: recorded. Paused: recorded, VIP mail too (a
// pause is an explicit "not now" from the user; quiet hours are a standing schedule, so VIP
// mail breaks through those only). Quiet hours: VIP announced as usual, others recorded (or
// silent with QuietHours::showSilently). Sound off: silent.
class NotificationPolicy : public QObject
{
    Q_OBJECT
public:
    enum class Decision { Announce, AnnounceSilently, RecordOnly };
    Q_ENUM(Decision)

    using Clock = std::function<QDateTime()>; // local time; tests inject a fixed one

    explicit NotificationPolicy(Clock clock = {}, QObject *parent = nullptr);

    void setSettings(const NotificationSettings &settings) { m_settings = settings; }
    const NotificationSettings &settings() const { return m_settings; }

    Decision decide(const ImapCore::MessageSummary &message) const;
    bool isVip(const ImapCore::MessageSummary &message) const;
    bool isMuted(const QString &accountId, const QString &folder) const;
    bool isQuietTime(const QDateTime &when) const;

    // Pausing: until a time (invalid: until resumed; past: resume), and the choices the tray
    // menu offers. Same convention as TrayIcon::pauseRequested, so the two connect directly.
    void pause(const QDateTime &until);
    void pauseUntilResumed();
    void pauseForOneHour() { pause(m_clock().addSecs(3600)); }
    void pauseUntilTomorrow() { pause(PauseChoices::untilTomorrow(m_clock())); }
    void resume();
    bool isPaused() const;
    // Invalid while paused until resumed or not paused.
    QDateTime pausedUntil() const { return m_pausedUntil; }

    // Re-reads the clock: a pause that ran out ends (pauseChanged). The expiry timer calls it.
    void refresh();

Q_SIGNALS:
    // Also when only the end moved. until is invalid while not paused or paused until resumed
    // (the arguments of TrayIcon::setPaused).
    void pauseChanged(bool paused, const QDateTime &until);

private:
    void setPaused(bool paused, const QDateTime &until);
    void armExpiryTimer();

    Clock m_clock;
    NotificationSettings m_settings;
    bool m_paused = false;
    QDateTime m_pausedUntil;
    QTimer m_expiry;
};
