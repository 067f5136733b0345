#include "passwordcommand.h"

#include <QCoreApplication>
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
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        result.error = tr("The password command \"%1\" did not finish within %n second(s).",
                          nullptr, timeoutMs / 1000)
                           .arg(program);
        return result;
    }
    if (process.exitStatus() != QProcess::NormalExit) {
        result.error = tr("The password command \"%1\" crashed.").arg(program);
        return result;
    }
    if (process.exitCode() != 0) {
        result.error = tr("The password command \"%1\" failed with exit code %2.")
                           .arg(program)
                           .arg(process.exitCode());
        return result;
    }
    QByteArray output = process.readAllStandardOutput();
    const qsizetype end = output.indexOf('\n');
    if (end >= 0)
        output.truncate(end);
    if (output.endsWith('\r'))
        output.chop(1);
    if (output.isEmpty()) {
        result.error = tr("The password command \"%1\" printed no password.").arg(program);
        return result;
    }
    result.password = QString::fromUtf8(output);
    output.fill('\0');
    return result;
}
