#pragma once

#include "messagesummary.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

// Hands new messages to a consumer in slices of at most `sliceSize`, one slice per turn of the
// event loop, so a burst of thousands (one MailEngine::messagesArrived can carry a whole FETCH
// chunk) never keeps the UI thread from painting and reacting for long. Other news about
// messages must not overtake their arrival: call flush() before handling a flag change or an
// expunge, and the rest is handed over at once, in order.
class ArrivalPacer : public QObject
{
    Q_OBJECT
public:
    using Consumer = std::function<void(const QList<ImapCore::MessageSummary> &)>;
    static constexpr int defaultSliceSize = 64;

    explicit ArrivalPacer(Consumer consumer, int sliceSize = defaultSliceSize,
                          QObject *parent = nullptr);

    void add(const QList<ImapCore::MessageSummary> &messages);
    void flush();
    qsizetype pending() const { return m_queue.size() - m_next; }

private:
    void deliverSlice();

    Consumer m_consumer;
    int m_sliceSize;
    QList<ImapCore::MessageSummary> m_queue;
    qsizetype m_next = 0; // first message not handed over yet
    QTimer m_turn; // zero interval: runs after the events already waiting
};
