#include "notificationcontent.h"

#include "notificationtext.h"

#include <QCoreApplication>

namespace NotificationContent {

QString location(const QString &accountName, const QString &folder)
{
    const QString account = NotificationText::field(accountName, 60);
    const bool inbox = folder.compare(u"INBOX", Qt::CaseInsensitive) == 0;
    const QString folderName = NotificationText::field(folder, 60);
    if (account.isEmpty())
        return folderName;
    if (inbox)
        return account;
    //: Where a message arrived: account name, then folder
    return QCoreApplication::translate("NotificationContent", "%1 › %2").arg(account, folderName);
}

Notification forMessage(const ImapCore::MessageSummary &message, const QString &accountName,
                        const NotificationSettings &settings, bool silent)
{
    Notification n;
    QString sender = BurstGrouper::senderName(message);
    n.summary = NotificationText::field(sender, NotificationText::kMaxSummaryLength);
    if (n.summary.isEmpty())
        n.summary = QCoreApplication::translate("NotificationContent", "Unknown sender");

    QString subject = NotificationText::field(message.subject);
    if (subject.isEmpty())
        subject = QCoreApplication::translate("NotificationContent", "(no subject)");
    QString body = subject;
    if (settings.showPreview) {
        const QString preview = NotificationText::field(message.preview);
        if (!preview.isEmpty())
            body += u'\n' + preview;
    }
    const QString where = location(accountName, message.folder);
    if (!where.isEmpty())
        body += u'\n' + where;
    n.body = NotificationText::multiLine(body);

    n.actions = {
        {kDefaultAction, QCoreApplication::translate("NotificationContent", "Open")},
        {kMarkReadAction, QCoreApplication::translate("NotificationContent", "Mark as read")}};
    if (settings.deleteAction)
        n.actions.append(
            {kDeleteAction, QCoreApplication::translate("NotificationContent", "Delete")});
    n.silent = silent;
    return n;
}

Notification forGroup(const BurstGrouper::Group &group, const QString &accountName, bool silent)
{
    Notification n;
    n.summary = NotificationText::singleLine(QCoreApplication::translate("NotificationContent",
                                                                         "%n new messages in %1",
                                                                         nullptr, group.count)
                                                 .arg(location(accountName, group.folder)),
                                             NotificationText::kMaxSummaryLength);

    QStringList names;
    int shown = 0;
    for (const auto &[name, count] : group.senders) {
        if (names.size() == kTopSenders)
            break;
        const QString clean = NotificationText::field(name, 60);
        const QString who = clean.isEmpty()
            ? QCoreApplication::translate("NotificationContent", "Unknown sender")
            : clean;
        names.append(count > 1 ? QCoreApplication::translate("NotificationContent", "%1 (%2)")
                                     .arg(who, QString::number(count))
                               : who);
        shown += count;
    }
    const int others = group.count - shown;
    const QString senders = names.join(QCoreApplication::translate("NotificationContent", ", "));
    const QString body = others > 0
        ? QCoreApplication::translate("NotificationContent", "From %1 and %n more", nullptr, others)
              .arg(senders)
        : QCoreApplication::translate("NotificationContent", "From %1").arg(senders);
    n.body = NotificationText::multiLine(body);
    n.actions = {
        {kDefaultAction, QCoreApplication::translate("NotificationContent", "Show messages")}};
    n.silent = silent;
    return n;
}

} // namespace NotificationContent
