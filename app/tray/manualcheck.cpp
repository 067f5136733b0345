#include "manualcheck.h"

#include "ui/accountstatuswords.h"

using ImapCore::AccountStatus;
using State = ImapCore::AccountStatus::State;

namespace {

bool isUnderWay(State state)
{
    return state == State::Connecting || state == State::Synchronizing;
}

// The engine retries these at once on a check: their next settled state is the answer.
bool isRetriedByCheck(State state)
{
    return state == State::Reconnecting || state == State::Error || isUnderWay(state);
}

bool isProblem(State state)
{
    return state == State::Reconnecting || state == State::Error || state == State::AuthFailed
        || state == State::WaitingForPassword;
}

} // namespace

ManualCheck::ManualCheck(QObject *parent)
    : QObject(parent)
{
    m_tick.setInterval(100);
    connect(&m_tick, &QTimer::timeout, this, &ManualCheck::evaluate);
}

void ManualCheck::setAccounts(const QList<AccountInfo> &accounts)
{
    m_accounts = accounts;
}

void ManualCheck::setTimings(int minimumMs, int quietMs, int maximumMs)
{
    m_minimumMs = minimumMs;
    m_quietMs = quietMs;
    m_maximumMs = maximumMs;
}

void ManualCheck::start()
{
    if (m_running)
        return;
    m_running = true;
    m_newMessages = 0;
    m_lastArrivalMs = -1;
    m_waitingFor.clear();
    for (const AccountInfo &account : std::as_const(m_accounts)) {
        const auto it = m_statuses.constFind(account.id);
        if (it != m_statuses.cend() && isRetriedByCheck(it->state))
            m_waitingFor.insert(account.id);
    }
    m_elapsed.start();
    m_tick.start();
    Q_EMIT runningChanged(true);
}

void ManualCheck::accountStatusChanged(const AccountStatus &status)
{
    m_statuses.insert(status.accountId, status);
    if (!m_running)
        return;
    if (!isUnderWay(status.state))
        m_waitingFor.remove(status.accountId);
    evaluate();
}

void ManualCheck::messagesArrived(int count)
{
    if (!m_running)
        return;
    m_newMessages += count;
    m_lastArrivalMs = m_elapsed.elapsed();
}

void ManualCheck::evaluate()
{
    if (!m_running)
        return;
    const qint64 now = m_elapsed.elapsed();
    if (now >= m_maximumMs) {
        finish();
        return;
    }
    if (now < m_minimumMs || !m_waitingFor.isEmpty())
        return;
    if (m_lastArrivalMs >= 0 && now - m_lastArrivalMs < m_quietMs)
        return;
    for (const AccountInfo &account : std::as_const(m_accounts)) {
        if (isUnderWay(m_statuses.value(account.id).state))
            return;
    }
    finish();
}

void ManualCheck::finish()
{
    m_running = false;
    m_tick.stop();
    Result result;
    result.newMessages = m_newMessages;
    for (const AccountInfo &account : std::as_const(m_accounts)) {
        const auto it = m_statuses.constFind(account.id);
        if (it != m_statuses.cend() && (isProblem(it->state) || isUnderWay(it->state)))
            result.problems.append(
                tr("%1: %2").arg(nameOf(account.id), AccountStatusWords::describe(*it)));
    }
    QStringList lines {m_newMessages > 0 ? tr("%n new message(s)", nullptr, m_newMessages)
                                         : tr("No new mail")};
    lines += result.problems;
    result.text = lines.join(u'\n');
    Q_EMIT runningChanged(false);
    Q_EMIT finished(result);
}

QString ManualCheck::nameOf(const QString &accountId) const
{
    for (const AccountInfo &account : m_accounts) {
        if (account.id == accountId && !account.displayName.isEmpty())
            return account.displayName;
    }
    return accountId;
}
