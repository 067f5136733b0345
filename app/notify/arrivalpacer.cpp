#include "arrivalpacer.h"

#include <algorithm>

ArrivalPacer::ArrivalPacer(Consumer consumer, int sliceSize, QObject *parent)
    : QObject(parent)
    , m_consumer(std::move(consumer))
    , m_sliceSize(std::max(1, sliceSize))
{
    m_turn.setSingleShot(true);
    m_turn.setInterval(0);
    connect(&m_turn, &QTimer::timeout, this, &ArrivalPacer::deliverSlice);
}

void ArrivalPacer::add(const QList<ImapCore::MessageSummary> &messages)
{
    if (messages.isEmpty())
        return;
    // A small batch with nothing queued goes straight through: single messages stay instant.
    if (pending() == 0 && messages.size() <= m_sliceSize) {
        m_consumer(messages);
        return;
    }
    m_queue.append(messages);
    if (!m_turn.isActive())
        m_turn.start();
}

void ArrivalPacer::flush()
{
    m_turn.stop();
    if (pending() == 0)
        return;
    const QList<ImapCore::MessageSummary> rest = m_queue.mid(m_next);
    m_queue.clear();
    m_next = 0;
    m_consumer(rest); // last, as in deliverSlice()
}

void ArrivalPacer::deliverSlice()
{
    const qsizetype count = std::min<qsizetype>(m_sliceSize, pending());
    const QList<ImapCore::MessageSummary> slice = m_queue.mid(m_next, count);
    m_next += count;
    if (pending() == 0) {
        m_queue.clear();
        m_next = 0;
    } else {
        m_turn.start();
    }
    m_consumer(slice); // last: the consumer may add() or flush() again
}
