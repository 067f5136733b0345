#pragma once

#include "burstgrouper.h"
#include "notificationsettings.h"
#include "notifier.h"

#include "messagesummary.h"

#include <QString>

// The words of Mailbell's notifications: one for a single message (sender; subject, preview and
// where it arrived), one for a burst ("5 new messages in Work" and the top senders). Every piece
// of mail text goes through NotificationText::field(), so the result is clean plain text in which
// no field can reorder another (DisplayText::neutralise). Urgency stays normal, VIP mail
// included: critical notifications never expire and break through "do not disturb", which is
// for emergencies, not for mail.
namespace NotificationContent {

inline constexpr int kTopSenders = 3;

// Action keys, shared with NotificationCenter.
inline const QString kDefaultAction = QStringLiteral("default");
inline const QString kMarkReadAction = QStringLiteral("mark-read");
inline const QString kDeleteAction = QStringLiteral("delete");

// "Work" for INBOX, "Work › Lists" for other folders; the folder alone without a name.
QString location(const QString &accountName, const QString &folder);

Notification forMessage(const ImapCore::MessageSummary &message, const QString &accountName,
                        const NotificationSettings &settings, bool silent);
Notification forGroup(const BurstGrouper::Group &group, const QString &accountName, bool silent);

} // namespace NotificationContent
