#pragma once

#include <QCoreApplication>
#include <QProcess>
#include <QString>

// The rules of the user's password command, which PasswordCommandJob runs: no shell (the command
// line is split with QProcess::splitCommand: double quotes group words, """ is a literal quote;
// single quotes, $, ;, |, > and the like are plain characters), the first line of standard output
// is the password; a non-zero exit, a crash, a timeout or an empty first line is an error. The
// password is never logged; errors never contain it.
class PasswordCommand
{
    Q_DECLARE_TR_FUNCTIONS(PasswordCommand)

public:
    static constexpr int defaultTimeoutMs = 30'000;
    static constexpr qsizetype maxOutputBytes = 64 * 1024; // more is not a password

    struct Result
    {
        QString password;
        QString error; // translated; empty on success
        bool isOk() const { return error.isEmpty(); }
    };

    // The password in a finished command's output, or why there is none. Wipes `output`.
    static Result fromFinishedProcess(const QString &program, QProcess::ExitStatus status,
                                      int exitCode, QByteArray &output);
    static QString emptyCommandError();
    static QString notStartedError(const QString &program, const QString &reason);
    static QString timeoutError(const QString &program, int timeoutMs);
    static QString tooMuchOutputError(const QString &program);
};
