#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A private D-Bus daemon for one test: no service activation (nothing on the machine gets
// started by a name lookup), its own socket in a temp folder, killed with the test. Tests use it
// as a stand-in session or system bus with QDBusConnection::connectToBus(address(), name).
class PrivateBus
{
public:
    PrivateBus() = default;
    ~PrivateBus();
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;

    bool start();
    QString address() const { return m_address; }
    // Freezes the daemon (SIGSTOP) and thaws it (SIGCONT): while frozen, a client that waits
    // for any answer from the bus blocks, while one that only sends does not.
    bool freeze();
    bool thaw();
    QString errorString() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    QString m_error;
};
