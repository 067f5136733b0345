#pragma once

#include <QCoreApplication>
#include <QProcess>
#include <QString>

// Runs the user's password command without a shell: the command line is split with
// QProcess::splitCommand (double quotes group words, """ is a literal quote; single quotes, $,
// ;, |, > and the like are plain characters), the program runs with our stdin and stderr, and the
// first line of its standard output is the password. A non-zero exit, a crash, a timeout or an
// empty first line is an error. The password is never logged; errors never contain it.
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

    static Result run(const QString &commandLine, int timeoutMs = defaultTimeoutMs);

    // The pieces run() is made of, shared with the asynchronous PasswordCommandJob of the tray
    // app. Each wipes `output` before returning.
    static Result fromFinishedProcess(const QString &program, QProcess::ExitStatus status,
                                      int exitCode, QByteArray &output);
    static QString notStartedError(const QString &program, const QString &reason);
    static QString timeoutError(const QString &program, int timeoutMs);
    static QString tooMuchOutputError(const QString &program);
};
