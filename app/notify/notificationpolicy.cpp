#include "notificationpolicy.h"

#include <algorithm>

namespace {
// Timers drift across suspend; re-check the clock at least this often while a pause runs.
constexpr qint64 kMaxExpiryStepMs = 15 * 60 * 1000;
} // namespace

NotificationPolicy::NotificationPolicy(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); }))
{
    m_expiry.setSingleShot(true);
    m_expiry.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_expiry, &QTimer::timeout, this, &NotificationPolicy::refresh);
}

NotificationPolicy::Decision
NotificationPolicy::decide(const ImapCore::MessageSummary &message) const
{
    using ImapCore::MessageFlags;
    if (!m_settings.enabled || isMuted(message.accountId, message.folder))
        return Decision::RecordOnly;
    // Read or deleted before we saw it (another client was faster): nothing to announce.
    if (message.flags.has(MessageFlags::Seen) || message.flags.has(MessageFlags::Deleted))
        return Decision::RecordOnly;
    if (isPaused())
        return Decision::RecordOnly;
    const bool vip = isVip(message);
    if (!vip && isQuietTime(m_clock())) {
        return m_settings.quietHours.showSilently ? Decision::AnnounceSilently
                                                  : Decision::RecordOnly;
    }
    return m_settings.sound ? Decision::Announce : Decision::AnnounceSilently;
}

bool NotificationPolicy::isVip(const ImapCore::MessageSummary &message) const
{
    for (const ImapCore::MailAddress &from : message.from) {
        for (const QString &vip : m_settings.vipSenders) {
            if (!from.address.isEmpty()
                && from.address.compare(vip.trimmed(), Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

bool NotificationPolicy::isMuted(const QString &accountId, const QString &folder) const
{
    return std::any_of(
        m_settings.mutedFolders.cbegin(), m_settings.mutedFolders.cend(),
        [&](const MutedFolder &m) { return m.accountId == accountId && m.folder == folder; });
}

bool NotificationPolicy::isQuietTime(const QDateTime &when) const
{
    const QuietHours &q = m_settings.quietHours;
    if (!q.enabled || !q.start.isValid() || !q.end.isValid())
        return false;
    const auto listed = [&](const QDate &day) {
        return q.weekdays.isEmpty() || q.weekdays.contains(day.dayOfWeek());
    };
    const QTime t = when.time();
    const QDate today = when.date();
    if (q.start == q.end)
        return listed(today);
    if (q.start < q.end)
        return t >= q.start && t < q.end && listed(today);
    // Spans midnight: the evening part belongs to today, the morning part to yesterday.
    if (t >= q.start)
        return listed(today);
    if (t < q.end)
        return listed(today.addDays(-1));
    return false;
}

void NotificationPolicy::pause(const QDateTime &until)
{
    if (!until.isValid()) {
        pauseUntilResumed();
        return;
    }
    if (until <= m_clock()) {
        resume();
        return;
    }
    setPaused(true, until);
}

void NotificationPolicy::pauseUntilResumed()
{
    setPaused(true, QDateTime());
}

void NotificationPolicy::resume()
{
    setPaused(false, QDateTime());
}

bool NotificationPolicy::isPaused() const
{
    return m_paused && (!m_pausedUntil.isValid() || m_clock() < m_pausedUntil);
}

void NotificationPolicy::refresh()
{
    if (m_paused && !isPaused())
        setPaused(false, QDateTime());
    else
        armExpiryTimer();
}

void NotificationPolicy::setPaused(bool paused, const QDateTime &until)
{
    const bool changed = paused != m_paused || (paused && until != m_pausedUntil);
    m_paused = paused;
    m_pausedUntil = paused ? until : QDateTime();
    armExpiryTimer();
    if (changed)
        Q_EMIT pauseChanged(paused, m_pausedUntil);
}

void NotificationPolicy::armExpiryTimer()
{
    if (!m_paused || !m_pausedUntil.isValid()) {
        m_expiry.stop();
        return;
    }
    const qint64 remaining = std::max<qint64>(0, m_clock().msecsTo(m_pausedUntil));
    m_expiry.start(int(std::min(remaining + 1000, kMaxExpiryStepMs)));
}
