#pragma once

#include "accountspec.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class DovecotFixture;
class QProcess;

/// The mail server of `mailbell demo`: a private Dovecot on 127.0.0.1 (DovecotFixture: its own
/// temporary folder, ports and per-run CA; nothing to do with a system Dovecot) with one demo user
/// whose password is random, the folders INBOX and Work seeded with a few older messages (some
/// read), and a new sample message (SampleMessages) dripped into them every few seconds once
/// started. accountSpec() and password() are what MailEngine needs to watch it.
///
/// Lives on the thread that calls start() and must stay there: the Dovecot master is told to
/// die with that thread. start() blocks for about a second (key generation, server start); the
/// drips do not block (doveadm runs asynchronously). stop() or the destructor ends every process
/// of the instance and removes its folder.
class DemoServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultDripIntervalMs = 8000;

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Time between two dripped messages; the first comes one interval after start() (or after
    // dripping resumes). May change at any time.
    void setDripInterval(int milliseconds);
    int dripInterval() const { return m_dripTimer.interval(); }
    // Paused: no message is dripped until resumed. Set it before start() to begin paused.
    void setDripPaused(bool paused);
    bool isDripPaused() const { return m_paused; }

    // Starts the server, creates the demo user and folders and seeds them; false with
    // errorString() (translated; names the Debian package when Dovecot is not installed).
    bool start();
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }

    // The demo account as MailEngine takes it: implicit TLS to 127.0.0.1 on the server's imaps
    // port, this run's CA trusted, id "demo", shown as "Demo", folders INBOX and Work.
    ImapCore::AccountSpec accountSpec() const;
    QString password() const { return m_password; }
    // A file holding only the password (mode 0600) inside the server's folder, for a
    // password-command such as `cat FILE`; empty before start().
    QString passwordFilePath() const;
    // A seen store for this run inside the server's folder: the demo never touches the user's.
    QString seenStorePath() const;
    quint16 imapsPort() const;

    // Appends the next sample message now (doveadm in the background); messageDripped or
    // dripFailed follows. Does nothing while a previous drip is still being stored.
    void dripNow();
    int drippedCount() const { return m_dripped; }

    static QString accountId();

Q_SIGNALS:
    // A sample message was stored in folder; subject as a client shows it.
    void messageDripped(const QString &folder, const QString &subject);
    // Storing a sample failed (translated message); dripping goes on.
    void dripFailed(const QString &error);

private:
    bool fail(const QString &message);
    QString missingPackagesMessage() const;
    QString writePasswordFile(); // empty or the problem
    bool seed();
    void updateTimer();
    void onDripFinished();

    std::unique_ptr<DovecotFixture> m_server;
    std::unique_ptr<QProcess> m_doveadm; // the drip being stored, if any
    QTimer m_dripTimer;
    QString m_password;
    QString m_error;
    QString m_runId; // makes this run's Message-IDs unique
    QString m_pendingFolder;
    QString m_pendingSubject;
    int m_dripped = 0;
    int m_nextSample = 0;
    bool m_paused = false;
};
