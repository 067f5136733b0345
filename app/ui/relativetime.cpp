#include "relativetime.h"

#include <QCoreApplication>
#include <QLocale>

namespace RelativeTime {

QString format(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    const QLocale locale;
    // A little clock skew between sender and us still reads as "just now".
    if (seconds < -120)
        return locale.toString(when.toLocalTime(), QLocale::ShortFormat);
    if (seconds < 60)
        return QCoreApplication::translate("RelativeTime", "just now");
    if (seconds < 3600) {
        const int minutes = int(seconds / 60);
        return QCoreApplication::translate("RelativeTime", "%n min ago", nullptr, minutes);
    }
    const QDate day = when.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    if (seconds < 12 * 3600 || day == today) {
        const int hours = int(seconds / 3600);
        return QCoreApplication::translate("RelativeTime", "%n h ago", nullptr, hours);
    }
    if (day == today.addDays(-1))
        return QCoreApplication::translate("RelativeTime", "Yesterday");
    if (day > today.addDays(-7))
        return locale.dayName(day.dayOfWeek(), QLocale::LongFormat);
    return locale.toString(day, QLocale::ShortFormat);
}

} // namespace RelativeTime
