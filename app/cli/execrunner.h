#pragma once

#include "messagesummary.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QQueue>
#include <QStringList>

class QProcess;

// `mailbell watch --exec CMD`: runs CMD once per new message, without a shell. The command line
// is split once with QProcess::splitCommand; the message's fields reach the program only in
// MAILBELL_* environment variables, never in its arguments, so a subject such as "$(rm -rf ~)"
// is just text. At most maxRunning programs run at once (the rest wait in a bounded queue), each
// is killed after timeoutMs, and a failure is reported through failed() without stopping watch.
// The programs' standard output goes to our standard error (stdout is reserved for events).
class ExecRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultMaxRunning = 4;
    static constexpr int defaultTimeoutMs = 60'000;
    static constexpr qsizetype maxQueued = 1000;
    static constexpr qsizetype maxValueChars =
        16 * 1024; // per variable; the kernel caps at 128 KiB

    explicit ExecRunner(const QString &commandLine, QObject *parent = nullptr);
    ~ExecRunner() override; // kills what still runs

    // Empty when the command line is usable; otherwise a translated reason.
    QString validate() const;
    void setMaxRunning(int count) { m_maxRunning = qMax(1, count); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Queues one run for this message.
    void run(const ImapCore::MessageSummary &message);
    int runningCount() const { return int(m_running.size()); }
    qsizetype queuedCount() const { return m_queue.size(); }

    // base plus MAILBELL_ACCOUNT, _FOLDER, _UID, _UIDVALIDITY, _FROM, _FROM_ADDRESS, _SUBJECT,
    // _PREVIEW, _DATE (ISO 8601), _MESSAGE_ID; NUL characters dropped, values capped.
    static QProcessEnvironment environmentFor(const ImapCore::MessageSummary &message,
                                              const QProcessEnvironment &base);

Q_SIGNALS:
    // One run failed (could not start, non-zero exit, crash, timeout); translated.
    void failed(const QString &accountId, const QString &message);
    // Every queued run has finished.
    void idle();

private:
    void startNext();
    void onFinished(QProcess *process, const ImapCore::MessageSummary &message, bool timedOut);

    QStringList m_words;
    int m_maxRunning = defaultMaxRunning;
    int m_timeoutMs = defaultTimeoutMs;
    QQueue<ImapCore::MessageSummary> m_queue;
    QList<QProcess *> m_running;
};
