#include "notificationcenter.h"

#include "notificationcontent.h"
#include "notifier.h"

using ImapCore::FolderRef;
using ImapCore::MessageFlags;
using ImapCore::MessageRef;
using ImapCore::MessageSummary;

NotificationCenter::NotificationCenter(Notifier *notifier, NotificationPolicy::Clock clock,
                                       BurstGrouper::Clock monotonicClock, QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_policy(std::move(clock))
    , m_grouper(std::move(monotonicClock))
{
    connect(m_notifier, &Notifier::actionInvoked, this, &NotificationCenter::onAction);
    connect(m_notifier, &Notifier::closed, this, &NotificationCenter::onClosed);
    setSettings(NotificationSettings());
}

void NotificationCenter::setSettings(const NotificationSettings &settings)
{
    m_policy.setSettings(settings);
    m_grouper.setLimits(settings.burstThreshold, settings.burstWindowMs);
}

void NotificationCenter::setAccounts(const QList<AccountInfo> &accounts)
{
    m_accountNames.clear();
    for (const AccountInfo &a : accounts)
        m_accountNames.insert(a.id, a.displayName.isEmpty() ? a.emailAddress : a.displayName);
}

QString NotificationCenter::accountName(const QString &accountId) const
{
    return m_accountNames.value(accountId);
}

void NotificationCenter::messagesArrived(const QList<MessageSummary> &messages)
{
    QList<MessageSummary> announced;
    bool anyAudible = false;
    QHash<MessageRef, bool> silentByMessage;
    for (const MessageSummary &m : messages) {
        const NotificationPolicy::Decision d = m_policy.decide(m);
        if (d == NotificationPolicy::Decision::RecordOnly)
            continue;
        const bool silent = d == NotificationPolicy::Decision::AnnounceSilently;
        anyAudible = anyAudible || !silent;
        silentByMessage.insert(refOf(m), silent);
        announced.append(m);
    }
    if (announced.isEmpty())
        return;

    const BurstGrouper::Outcome outcome = m_grouper.add(announced);
    for (const MessageSummary &m : outcome.singles) {
        const bool silent = silentByMessage.value(refOf(m));
        const Notification n = NotificationContent::forMessage(m, accountName(m.accountId),
                                                               m_policy.settings(), silent);
        const quint32 handle = m_notifier->show(n);
        const MessageRef ref = refOf(m);
        m_active.insert(handle, {false, ref, {}, 1});
        m_handleByMessage.insert(ref, handle);
    }
    for (const BurstGrouper::Outcome::GroupChange &change : outcome.groups) {
        const BurstGrouper::Group &g = change.group;
        const FolderRef key {g.accountId, g.folder};
        for (const MessageRef &ref : change.absorbed) {
            if (const quint32 single = m_handleByMessage.value(ref))
                closeHandle(single);
        }
        // The group sounds once, when it forms; updates replace it silently.
        const bool silent = !change.formed || !anyAudible;
        const Notification n = NotificationContent::forGroup(g, accountName(g.accountId), silent);
        const quint32 previous = change.formed ? 0 : m_groupHandle.value(key);
        const quint32 handle = m_notifier->show(n, previous);
        Active &active = m_active[handle];
        active.group = true;
        active.groupKey = key;
        m_groupHandle.insert(key, handle);
        for (const MessageRef &ref : change.added) {
            m_handleByMessage.insert(ref, handle);
            ++active.remaining;
        }
    }
}

void NotificationCenter::flagsChanged(const MessageRef &message, const MessageFlags &flags)
{
    if (flags.has(MessageFlags::Seen) || flags.has(MessageFlags::Deleted))
        messageGone(message);
}

void NotificationCenter::messageExpunged(const MessageRef &message)
{
    messageGone(message);
}

void NotificationCenter::messageGone(const MessageRef &message)
{
    m_grouper.forget(message);
    const quint32 handle = m_handleByMessage.take(message);
    if (handle == 0)
        return;
    const auto active = m_active.find(handle);
    if (active == m_active.end())
        return;
    // A group stays while any of its messages is still new; its text is not rewritten (a
    // replaced notification pops up again on most servers).
    if (--active->remaining <= 0)
        closeHandle(handle);
}

void NotificationCenter::closeHandle(quint32 handle)
{
    if (forget(handle))
        m_notifier->close(handle);
}

bool NotificationCenter::forget(quint32 handle)
{
    const auto it = m_active.find(handle);
    if (it == m_active.end())
        return false;
    if (it->group) {
        if (m_groupHandle.value(it->groupKey) == handle)
            m_groupHandle.remove(it->groupKey);
        m_handleByMessage.removeIf([&](const auto &entry) { return entry.value() == handle; });
    } else {
        m_handleByMessage.remove(it->message);
    }
    m_active.erase(it);
    return true;
}

void NotificationCenter::onAction(quint32 handle, const QString &key)
{
    const auto it = m_active.constFind(handle);
    if (it == m_active.cend())
        return;
    // Every action is the user's answer to the notification: it goes, on servers that would
    // keep it (resident, or KDE's history) too.
    if (it->group) {
        if (key == NotificationContent::kDefaultAction) {
            closeHandle(handle);
            Q_EMIT showRecentRequested();
        }
        return;
    }
    const MessageRef ref = it->message;
    if (key == NotificationContent::kDefaultAction) {
        closeHandle(handle);
        Q_EMIT openMessageRequested(ref);
    } else if (key == NotificationContent::kMarkReadAction) {
        closeHandle(handle);
        Q_EMIT markReadRequested(ref);
    } else if (key == NotificationContent::kDeleteAction) {
        closeHandle(handle);
        Q_EMIT deleteRequested(ref);
    }
}

void NotificationCenter::onClosed(quint32 handle)
{
    forget(handle); // the server closed it: nothing to close back
}
