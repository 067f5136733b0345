#include "passwordcommand.h"

QString PasswordCommand::emptyCommandError()
{
    return tr("The password command is empty.");
}

QString PasswordCommand::notStartedError(const QString &program, const QString &reason)
{
    return tr("The password command \"%1\" could not be started: %2").arg(program, reason);
}

QString PasswordCommand::timeoutError(const QString &program, int timeoutMs)
{
    return tr("The password command \"%1\" did not finish within %n second(s).", nullptr,
              (timeoutMs + 999) / 1000)
        .arg(program);
}

QString PasswordCommand::tooMuchOutputError(const QString &program)
{
    return tr("The password command \"%1\" printed more than %2 bytes.")
        .arg(program)
        .arg(maxOutputBytes);
}

PasswordCommand::Result PasswordCommand::fromFinishedProcess(const QString &program,
                                                             QProcess::ExitStatus status,
                                                             int exitCode, QByteArray &output)
{
    Result result;
    if (status != QProcess::NormalExit) {
        output.fill('\0');
        result.error = tr("The password command \"%1\" crashed.").arg(program);
        return result;
    }
    if (exitCode != 0) {
        output.fill('\0');
        result.error =
            tr("The password command \"%1\" failed with exit code %2.").arg(program).arg(exitCode);
        return result;
    }
    const qsizetype end = output.indexOf('\n');
    qsizetype length = end >= 0 ? end : output.size();
    if (length > 0 && output.at(length - 1) == '\r')
        --length;
    if (length > maxOutputBytes) {
        output.fill('\0');
        result.error = tooMuchOutputError(program);
        return result;
    }
    if (length == 0) {
        output.fill('\0');
        result.error = tr("The password command \"%1\" printed no password.").arg(program);
        return result;
    }
    result.password = QString::fromUtf8(output.constData(), length);
    output.fill('\0');
    return result;
}
