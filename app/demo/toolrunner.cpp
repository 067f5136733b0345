#include "toolrunner.h"

#include <QProcess>

ToolResult ToolRunner::run(const QString &program, const QStringList &arguments,
                           const QByteArray &input, int timeoutMs)
{
    ToolResult result;
    const QString commandLine = program + u' ' + arguments.join(u' ');
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(timeoutMs)) {
        result.error =
            QStringLiteral("cannot start %1: %2").arg(commandLine, process.errorString());
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        result.error = QStringLiteral("%1 timed out after %2 ms; stderr: %3")
                           .arg(commandLine)
                           .arg(timeoutMs)
                           .arg(QString::fromLocal8Bit(process.readAllStandardError().trimmed()));
        return result;
    }
    result.output = process.readAllStandardOutput();
    const QString stdErr = QString::fromLocal8Bit(process.readAllStandardError().trimmed());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        result.error =
            QStringLiteral("%1 failed (%2 %3); stderr: %4")
                .arg(commandLine,
                     process.exitStatus() == QProcess::NormalExit ? QStringLiteral("exit code")
                                                                  : QStringLiteral("crashed, code"))
                .arg(process.exitCode())
                .arg(stdErr.isEmpty() ? QStringLiteral("(empty)") : stdErr);
        return result;
    }
    result.ok = true;
    return result;
}
