#pragma once

#include "cli/passwordcommand.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

// PasswordCommand for the tray app: the same rules (no shell, first line of standard output,
// bounded output, a timeout), but asynchronous, so a slow `pass` or a gpg pin-entry never
// freezes the UI. Deletes itself after finished().
class PasswordCommandJob : public QObject
{
    Q_OBJECT

public:
    explicit PasswordCommandJob(const QString &commandLine,
                                int timeoutMs = PasswordCommand::defaultTimeoutMs,
                                QObject *parent = nullptr);
    ~PasswordCommandJob() override;

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
    bool m_done = false;
};
