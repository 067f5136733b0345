#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

// A daily quiet period. It belongs to the day it starts on: "Mon-Fri 22:00-07:00" keeps Friday
// night quiet until Saturday 07:00 but lets Monday 03:00 ring (Sunday night is not listed).
struct QuietHours
{
    bool enabled = false;
    QTime start = QTime(22, 0);
    QTime end = QTime(7, 0); // before start: the period spans midnight; equal: the whole day
    QList<int> weekdays; // Qt::DayOfWeek values (1 = Monday); empty: every day
    // Outside VIP mail, quiet hours normally only record; this shows the notification without
    // sound instead.
    bool showSilently = false;

    friend bool operator==(const QuietHours &, const QuietHours &) = default;
};

// A folder whose mail is recorded (recent list, badge) but never announced.
struct MutedFolder
{
    QString accountId;
    QString folder;

    friend bool operator==(const MutedFolder &, const MutedFolder &) = default;
};

// How the tray app announces new mail. A plain value: the settings facade fills it, the
// NotificationCenter applies it.
struct NotificationSettings
{
    bool enabled = true;
    bool sound = true;
    bool showPreview = true;
    bool deleteAction = false; // offer "Delete" on single-message notifications
    // More than burstThreshold messages of one folder within burstWindowMs become one grouped
    // notification.
    int burstThreshold = 3;
    int burstWindowMs = 2000;
    QuietHours quietHours;
    QStringList vipSenders; // addresses; compared case-insensitively
    QList<MutedFolder> mutedFolders;

    friend bool operator==(const NotificationSettings &, const NotificationSettings &) = default;
};
