#pragma once

#include "accountinfo.h"
#include "mailengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

// "Check now" as the user sees it. The engine only starts a check (NOOP everywhere, accounts in
// backoff or error reconnect at once) and has no "done": this watches what follows. It runs from
// start() until every account has answered: none connecting or synchronizing, each account
// that was not online has reported how its new attempt went, no new mail for a moment, and at
// least minimumMs passed (long enough to be seen, and for a NOOP's news to arrive); at the
// latest after maximumMs. Then finished() carries one short result in words.
class ManualCheck : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultMinimumMs = 1'000;
    static constexpr int defaultQuietMs = 500;
    static constexpr int defaultMaximumMs = 20'000;

    struct Result
    {
        int newMessages = 0;
        QStringList problems; // "Work: cannot connect …", one per account not online
        QString text; // "No new mail" or "2 new messages", then the problems, one a line
    };

    explicit ManualCheck(QObject *parent = nullptr);

    void setAccounts(const QList<AccountInfo> &accounts);
    void setTimings(int minimumMs, int quietMs, int maximumMs); // tests
    bool isRunning() const { return m_running; }

    // A check was asked for; while one runs, another click changes nothing.
    void start();
    // Fed from the engine all the time (a check needs the states from before it started).
    void accountStatusChanged(const ImapCore::AccountStatus &status);
    void messagesArrived(int count);

Q_SIGNALS:
    void runningChanged(bool running);
    void finished(const ManualCheck::Result &result);

private:
    void evaluate();
    void finish();
    QString nameOf(const QString &accountId) const;

    QList<AccountInfo> m_accounts;
    QHash<QString, ImapCore::AccountStatus> m_statuses;
    QSet<QString> m_waitingFor; // not online at start(): their next settled state is awaited
    QElapsedTimer m_elapsed;
    QTimer m_tick;
    qint64 m_lastArrivalMs = -1;
    int m_newMessages = 0;
    int m_minimumMs = defaultMinimumMs;
    int m_quietMs = defaultQuietMs;
    int m_maximumMs = defaultMaximumMs;
    bool m_running = false;
};

Q_DECLARE_METATYPE(ManualCheck::Result)
