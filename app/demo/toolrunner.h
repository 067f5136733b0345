#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// Outcome of one external tool run: stdout on success, or a message naming the tool, its exit
/// status and its stderr.
struct ToolResult
{
    bool ok = false;
    QByteArray output;
    QString error;
};

/// Runs a command-line tool (openssl, doveadm) synchronously with a timeout; no shell involved.
class ToolRunner
{
public:
    static ToolResult run(const QString &program, const QStringList &arguments,
                          const QByteArray &input = {}, int timeoutMs = 10000);
};
