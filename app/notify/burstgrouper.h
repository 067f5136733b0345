#pragma once

#include "mailengine.h"
#include "messagesummary.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

// Decides which announced messages get a notification of their own and which join a grouped
// one. Per (account, folder): when more than `threshold` messages arrive with no gap longer
// than `windowMs`, they become one group ("5 new messages in Work"); the ones already shown
// alone are absorbed into it (the caller closes them) and later arrivals in the same burst
// update the group in place. A gap longer than the window ends the burst. Pure logic with an
// injected monotonic clock; knows nothing of notification ids.
class BurstGrouper
{
public:
    using Clock = std::function<qint64()>; // monotonic milliseconds
    // A group notification names a few top senders; ranking only these keeps a burst of 10,000
    // messages from 10,000 senders linear.
    static constexpr int maxRankedSenders = 5;

    struct Group
    {
        QString accountId;
        QString folder;
        int count = 0;
        // Display name and count of the most frequent senders (at most maxRankedSenders), most
        // frequent first; ties in order of first appearance.
        QList<std::pair<QString, int>> senders;
    };

    struct Outcome
    {
        QList<ImapCore::MessageSummary> singles; // show each on its own
        // Per group touched: its state now and what joined it. A `formed` group is new: the
        // caller closes the `absorbed` messages' own notifications.
        struct GroupChange
        {
            Group group;
            bool formed = false;
            QList<ImapCore::MessageRef> absorbed;
            QList<ImapCore::MessageRef> added; // absorbed ones included
        };
        QList<GroupChange> groups;
    };

    explicit BurstGrouper(Clock clock = {});

    void setLimits(int threshold, int windowMs);
    Outcome add(const QList<ImapCore::MessageSummary> &messages);
    // Forgets a message shown alone (read or expunged elsewhere): a group forming later does not
    // count it.
    void forget(const ImapCore::MessageRef &message);

    static QString senderName(const ImapCore::MessageSummary &message);

private:
    struct Recent
    {
        qint64 at = 0;
        ImapCore::MessageRef ref;
        QString sender;
    };
    struct Burst
    {
        QList<Recent> recent; // shown alone, within the window
        bool grouped = false;
        Group group;
        struct SenderCount
        {
            int count = 0;
            int order = 0; // first appearance, for stable ties
        };
        QHash<QString, SenderCount> senderCounts;
        qint64 lastArrival = 0;
    };

    static void addToGroup(Burst &burst, Outcome::GroupChange &change,
                           const ImapCore::MessageRef &ref, const QString &sender);
    // Keeps burst.group.senders the top maxRankedSenders after `sender`'s count went up.
    static void rankSender(Burst &burst, const QString &sender);

    Clock m_clock;
    int m_threshold = 3;
    int m_windowMs = 2000;
    QHash<ImapCore::FolderRef, Burst> m_bursts;
};
