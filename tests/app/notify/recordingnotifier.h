#pragma once

#include "notifier.h"

#include <QList>
#include <QSet>

// A Notifier that records what it was asked to do, for tests of what is shown (not how).
class RecordingNotifier : public Notifier
{
    Q_OBJECT
public:
    struct Shown
    {
        quint32 handle = 0;
        quint32 replaces = 0;
        Notification notification;
    };

    using Notifier::Notifier;

    quint32 show(const Notification &notification, quint32 replaces = 0) override
    {
        const quint32 handle = replaces != 0 && open.contains(replaces) ? replaces : next++;
        shown.append({handle, replaces, notification});
        open.insert(handle);
        return handle;
    }
    void close(quint32 handle) override
    {
        closedByCaller.append(handle);
        open.remove(handle);
    }
    bool supportsActions() const override { return actions; }

    // What the user or the server does.
    void invoke(quint32 handle, const QString &key) { Q_EMIT actionInvoked(handle, key); }
    void dismiss(quint32 handle)
    {
        open.remove(handle);
        Q_EMIT closed(handle);
    }

    QList<Shown> shown;
    QList<quint32> closedByCaller;
    QSet<quint32> open;
    quint32 next = 1;
    bool actions = true;
};
