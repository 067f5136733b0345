#pragma once

#include "passwordcommand.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

// Runs one password command (PasswordCommand's rules: no shell, first line of standard output,
// bounded output, a timeout) without blocking: QProcess and its signals, so a slow `pass` or a
// gpg pin-entry never freezes the event loop. Deletes itself after finished().
// Lives on the thread that starts it.
class PasswordCommandJob : public QObject
{
    Q_OBJECT

public:
    // What the command reads: nothing (the tray has no terminal), or our own standard input
    // (watch and check run in one, where a command may prompt).
    enum class Input { None, Forwarded };

    explicit PasswordCommandJob(const QString &commandLine,
                                int timeoutMs = PasswordCommand::defaultTimeoutMs,
                                Input input = Input::None, QObject *parent = nullptr);
    ~PasswordCommandJob() override;

    // finished() follows exactly once, never from inside this call.
    void start();

Q_SIGNALS:
    void finished(const PasswordCommand::Result &result);

private:
    void finish(PasswordCommand::Result result);

    QString m_commandLine;
    QString m_program;
    QProcess m_process;
    QTimer m_timeout;
    QByteArray m_output;
    Input m_input;
    bool m_done = false;
};
