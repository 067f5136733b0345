#include "passwordcommand.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>

using namespace Qt::StringLiterals;

PasswordCommand::Result PasswordCommand::run(const QString &commandLine, int timeoutMs)
{
    Result result;
    const QStringList words = QProcess::splitCommand(commandLine);
    if (words.isEmpty()) {
        result.error = tr("The password command is empty.");
        return result;
    }
    const QString program = words.constFirst();

    QProcess process;
    process.setProgram(program);
    process.setArguments(words.mid(1));
    // Let prompts (gpg, pass) reach the user; keep stdout, which carries the password.
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted(timeoutMs)) {
        result.error = tr("The password command \"%1\" could not be started: %2")
                           .arg(program, process.errorString());
        return result;
    }
    // Read as it comes, so that a command printing without end is stopped at the bound.
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray output;
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()
           && output.size() <= maxOutputBytes) {
        process.waitForReadyRead(int(qMax<qint64>(deadline.remainingTime(), 1)));
        output += process.readAllStandardOutput();
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(1000);
        output.fill('\0');
        if (output.size() > maxOutputBytes) {
            result.error = tr("The password command \"%1\" printed more than %2 bytes.")
                               .arg(program)
                               .arg(maxOutputBytes);
        } else {
            result.error = tr("The password command \"%1\" did not finish within %n second(s).",
                              nullptr, (timeoutMs + 999) / 1000)
                               .arg(program);
        }
        return result;
    }
    output += process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit) {
        result.error = tr("The password command \"%1\" crashed.").arg(program);
        return result;
    }
    if (process.exitCode() != 0) {
        output.fill('\0');
        result.error = tr("The password command \"%1\" failed with exit code %2.")
                           .arg(program)
                           .arg(process.exitCode());
        return result;
    }
    const qsizetype end = output.indexOf('\n');
    if (end >= 0)
        output.truncate(end);
    if (output.endsWith('\r'))
        output.chop(1);
    if (output.size() > maxOutputBytes) {
        output.fill('\0');
        result.error = tr("The password command \"%1\" printed more than %2 bytes.")
                           .arg(program)
                           .arg(maxOutputBytes);
        return result;
    }
    if (output.isEmpty()) {
        result.error = tr("The password command \"%1\" printed no password.").arg(program);
        return result;
    }
    result.password = QString::fromUtf8(output);
    output.fill('\0');
    return result;
}
