#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>
#include <QStringList>

// One tray app per user. The first instance listens on a per-user local socket; a later launch
// finds it there, hands over its arguments and exits, and the first instance shows its window.
// A socket left behind by a crashed instance is detected (nobody answers) and replaced.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary, // we listen: we are the app
        Secondary, // another instance took our arguments: exit
        Failed, // neither listening nor handing over worked: see errorString()
    };

    static constexpr int handOverTimeoutMs = 3'000;

    // socketPath empty: defaultSocketPath().
    explicit SingleInstance(const QString &socketPath = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Becomes the primary instance, or hands `arguments` to the running one. Blocks at most
    // handOverTimeoutMs (only a secondary waits, for the primary's acknowledgement).
    Role claim(const QStringList &arguments);
    QString errorString() const { return m_error; }
    QString socketPath() const { return m_socketPath; }

    // $XDG_RUNTIME_DIR/org.mailbell.Mailbell.socket, or a per-user name in the temp folder.
    static QString defaultSocketPath();

Q_SIGNALS:
    // A later launch's arguments (program name first), received by the primary instance.
    void activated(const QStringList &arguments);

private:
    enum class HandOver { Done, NobodyThere, NoAnswer };
    HandOver handOver(const QStringList &arguments);
    bool listen();
    void onNewConnection();

    QString m_socketPath;
    QString m_error;
    bool m_staleSocket = false;
    QLocalServer m_server;
};
