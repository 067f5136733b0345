#pragma once

#include <QDateTime>

// The moments the "Pause notifications" choices stand for, in one place for the tray menu (its
// labels) and the notification policy (its pause): one hour from now, or the start of a working
// morning on the next calendar day, local time.
namespace PauseChoices {

inline constexpr int tomorrowHour = 8;

inline QDateTime forOneHour(const QDateTime &now)
{
    return now.addSecs(3600);
}

inline QDateTime untilTomorrow(const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    return QDateTime(local.date().addDays(1), QTime(tomorrowHour, 0));
}

} // namespace PauseChoices
