#pragma once

#include "testpki.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class QProcess;

/// A private Dovecot IMAP server on 127.0.0.1 for tests and the demo mode: its own temp folder,
/// config, per-run CA, OS-picked ports for imaps (implicit TLS) and imap (plaintext + STARTTLS),
/// passwd-file users and maildir mail. Never touches the system Dovecot service. The master is a
/// child process that dies with the thread that called start() (PR_SET_PDEATHSIG) and is stopped
/// on destruction. Methods are blocking; failures return false / nullopt with errorString().
class DovecotFixture
{
public:
    DovecotFixture();
    ~DovecotFixture();
    DovecotFixture(const DovecotFixture &) = delete;
    DovecotFixture &operator=(const DovecotFixture &) = delete;

    // First call sets up the folder, certificates, ports and config; later calls reuse them.
    // Returns once both listeners accept connections and the plaintext one greets.
    bool start();
    // SIGTERM to the master, SIGKILL after a timeout; waits until no process of the instance is
    // left.
    bool stop();
    // Same folder, ports, certificates and mail.
    bool restart();
    bool isRunning() const;
    QString errorString() const { return m_error; }

    // Writes users/NAME, a one-line passwd-file (PLAIN scheme); usable at once, even while running.
    bool createUser(const QString &name, const QString &password);
    bool createMailbox(const QString &user, const QString &mailbox);
    // Returns the UID of the new message.
    std::optional<quint32> appendMessage(const QString &user, const QString &mailbox,
                                         const QByteArray &rfc822, const QStringList &flags = {});
    bool setFlags(const QString &user, const QString &mailbox, quint32 uid,
                  const QStringList &flags);
    bool addFlags(const QString &user, const QString &mailbox, quint32 uid,
                  const QStringList &flags);
    bool removeFlags(const QString &user, const QString &mailbox, quint32 uid,
                     const QStringList &flags);
    bool expunge(const QString &user, const QString &mailbox, const QList<quint32> &uids);
    // `doveadm mailbox update --uid-validity` (works on 2.3.19), read back to confirm.
    bool changeUidValidity(const QString &user, const QString &mailbox, quint32 uidValidity);
    std::optional<quint32> uidValidity(const QString &user, const QString &mailbox);
    std::optional<quint32> uidNext(const QString &user, const QString &mailbox);
    // The messages without \Seen, as the server counts them (`doveadm mailbox status unseen`).
    std::optional<quint32> unseenCount(const QString &user, const QString &mailbox);
    // Runs `doveadm -c CONFIG arguments...` and returns its stdout.
    std::optional<QByteArray> doveadm(const QStringList &arguments, const QByteArray &input = {},
                                      int timeoutMs = 15000);

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 imapPort() const { return m_imapPort; }
    quint16 imapsPort() const { return m_imapsPort; }
    QSslCertificate caCertificate() const { return m_pki.caCertificate(); }
    QString caCertificatePath() const { return m_pki.caCertificatePath(); }
    QSslCertificate serverCertificate() const { return m_pki.serverCertificate(); }
    QByteArray serverCertificateSha256() const;
    QString directory() const;
    QString configPath() const;
    QString logFilePath() const;
    QString instanceName() const { return m_instanceName; }
    qint64 masterPid() const;
    QString logTail(int lines = 20) const;

    // PIDs of the master and its children (titled "dovecot-INSTANCE/...") found in /proc.
    QList<qint64> instanceProcesses() const;
    static QList<qint64> findInstanceProcesses(const QString &instanceName,
                                               const QString &configPath);
    // Absolute path of a tool (dovecot, doveadm, openssl) on PATH or in the sbin folders; empty
    // when it is not installed.
    static QString toolPath(const QString &name);
    // Whether Dovecot's imap_zlib plugin is installed: then the fixture offers COMPRESS=DEFLATE
    // (RFC 4978) after login, so clients that want it compress (Debian: dovecot-imapd has it).
    static bool offersCompression();

private:
    bool prepare();
    bool pickPorts();
    bool writeConfig();
    bool launch();
    bool waitUntilReady(int timeoutMs);
    bool fail(const QString &message);
    std::optional<quint32> statusField(const QString &user, const QString &mailbox,
                                       const QString &field);
    bool flagsCommand(const char *action, const QString &user, const QString &mailbox, quint32 uid,
                      const QStringList &flags);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    TestPki m_pki;
    QString m_instanceName;
    QString m_error;
    quint16 m_imapPort = 0;
    quint16 m_imapsPort = 0;
    bool m_prepared = false;
};
