#pragma once

#include "burstgrouper.h"
#include "notificationpolicy.h"
#include "notificationsettings.h"

#include "accountinfo.h"
#include "mailengine.h"
#include "messagesummary.h"

#include <QHash>
#include <QObject>

class Notifier;

// The glue between the mail engine and the desktop: announces new mail through a Notifier as the
// policy and burst grouping decide, closes a notification when its message is read or expunged
// elsewhere, and turns the user's clicks into requests for the app (open, mark read, delete,
// show the recent list). Lives in the UI thread; connect MailEngine's signals to its slots:
//
//   auto *center = new NotificationCenter(NotifierFactory::create(trayIcon, this), {}, {}, this);
//   connect(engine, &MailEngine::messagesArrived, center, &NotificationCenter::messagesArrived);
//   connect(engine, &MailEngine::flagsChanged, center, &NotificationCenter::flagsChanged);
//   connect(engine, &MailEngine::messageExpunged, center,
//           [center](const MessageRef &m, quint32) { center->messageExpunged(m); });
//   connect(center, &NotificationCenter::markReadRequested, engine, &MailEngine::markSeen);
//   connect(center, &NotificationCenter::deleteRequested, engine, &MailEngine::deleteMessage);
//   connect(tray, &TrayIcon::pauseRequested, center->policy(), &NotificationPolicy::pause);
//   connect(tray, &TrayIcon::resumeRequested, center->policy(), &NotificationPolicy::resume);
//   connect(center->policy(), &NotificationPolicy::pauseChanged, tray, &TrayIcon::setPaused);
//   // openMessageRequested -> summary window, showRecentRequested -> recent list.
class NotificationCenter : public QObject
{
    Q_OBJECT
public:
    // The notifier stays the caller's (give it this object as parent to tie their lifetimes).
    explicit NotificationCenter(Notifier *notifier, NotificationPolicy::Clock clock = {},
                                BurstGrouper::Clock monotonicClock = {}, QObject *parent = nullptr);

    NotificationPolicy *policy() { return &m_policy; } // pause / resume for the tray menu
    const NotificationSettings &settings() const { return m_policy.settings(); }
    // Notifications currently on screen (singles and groups).
    int activeCount() const { return int(m_active.size()); }

public Q_SLOTS:
    void setSettings(const NotificationSettings &settings);
    void setAccounts(const QList<AccountInfo> &accounts);
    void messagesArrived(const QList<ImapCore::MessageSummary> &messages);
    void flagsChanged(const ImapCore::MessageRef &message, const ImapCore::MessageFlags &flags);
    void messageExpunged(const ImapCore::MessageRef &message);

Q_SIGNALS:
    void openMessageRequested(const ImapCore::MessageRef &message);
    void markReadRequested(const ImapCore::MessageRef &message);
    void deleteRequested(const ImapCore::MessageRef &message);
    void showRecentRequested();

private:
    // One notification on screen: a single message, or a group of several.
    struct Active
    {
        bool group = false;
        ImapCore::MessageRef message; // singles
        ImapCore::FolderRef groupKey; // groups
        int remaining = 0; // groups: messages not yet read or expunged
    };

    void onAction(quint32 handle, const QString &key);
    void onClosed(quint32 handle);
    void messageGone(const ImapCore::MessageRef &message);
    void closeHandle(quint32 handle);
    bool forget(quint32 handle); // false when it was not ours (any more)
    QString accountName(const QString &accountId) const;

    Notifier *m_notifier;
    NotificationPolicy m_policy;
    BurstGrouper m_grouper;
    QHash<QString, QString> m_accountNames;
    QHash<quint32, Active> m_active;
    QHash<ImapCore::MessageRef, quint32> m_handleByMessage; // singles and members of groups
    QHash<ImapCore::FolderRef, quint32> m_groupHandle; // the burst group growing in each folder
};
