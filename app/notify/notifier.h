#pragma once

#include <QList>
#include <QObject>
#include <QString>

// One action button of a notification: the key comes back in Notifier::actionInvoked.
struct NotificationAction
{
    QString key; // "default" is the click on the notification itself (Desktop Notifications 1.2)
    QString label;
    friend bool operator==(const NotificationAction &, const NotificationAction &) = default;
};

// What to show, as plain text. The notifier adapts it to its server: escapes the body where the
// server renders markup, drops actions where it has none.
struct Notification
{
    enum class Urgency { Low = 0, Normal = 1, Critical = 2 };

    QString summary; // one line, already cleaned (NotificationText::singleLine)
    QString body; // plain text, may hold '\n'; never markup
    QList<NotificationAction> actions;
    bool silent = false;
    Urgency urgency = Urgency::Normal;
    friend bool operator==(const Notification &, const Notification &) = default;
};

// Shows desktop notifications and reports what the user did with them. Handles are the
// notifier's own (never 0), stable across replace(), and only ever name our own notifications.
// Every call returns at once.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Shows a notification, or updates the one named by `replaces` in place (a handle that is
    // gone shows a new one). Returns its handle.
    virtual quint32 show(const Notification &notification, quint32 replaces = 0) = 0;
    // Takes it off the screen and forgets the handle (no closed() for it).
    virtual void close(quint32 handle) = 0;
    // Whether action buttons beyond the default click can reach the user.
    virtual bool supportsActions() const = 0;

Q_SIGNALS:
    void actionInvoked(quint32 handle, const QString &actionKey);
    // The notification is gone without close(): expired, dismissed, or its server went away.
    void closed(quint32 handle);
};
