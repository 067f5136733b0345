#pragma once

#include "accountoptions.h"
#include "connectiontestresult.h"
#include "imaperror.h"

#include <QObject>
#include <QString>
#include <memory>

namespace ImapCore {
class MailEngine;
} // namespace ImapCore

// `mailbell check`: connects once, asks STATUS (MESSAGES UNSEEN) for every folder (no SELECT, so
// nothing changes on the server), prints "account/folder: N unseen of M" per folder on standard
// output and exits 0 when nothing is unseen, 1 when some folder has unseen mail and 2 on any
// error, with a message naming its kind on standard error and, where an option helps (a
// certificate to trust, a --security that fits the port), that option. Needs no display. The
// connection is the engine's (a MailEngine connection test that counts instead of listing), on
// its worker thread; this object lives on the main thread.
class CheckCommand : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { NothingUnseen = 0, SomethingUnseen = 1, Failed = 2 };

    // fromFile: the account came from the accounts file (--account), for the advice on errors.
    explicit CheckCommand(AccountOptions::Result options, bool fromFile = false,
                          QObject *parent = nullptr);
    ~CheckCommand() override;

    // The whole subcommand: arguments[0] is the program name, then check's own options. Runs
    // its own event loop and returns the exit code.
    static int run(const QStringList &arguments);

    // Starts connecting; finished() follows exactly once.
    void start(const QString &password);
    int exitCode() const { return m_exitCode; }

    // One line for standard error: AccountStatusWords::summary, the same words `watch` prints.
    static QString describe(const ImapCore::ImapError &error);
    // "account/folder: N unseen of M", translated.
    static QString statusLine(const QString &account, const QString &folder, quint32 unseen,
                              quint32 messages);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onTestFinished(quint64 id, const ImapCore::ConnectionTestResult &result);
    // Prints the counts and the folders' errors; the exit code they make.
    int report(const QList<ImapCore::FolderCounts> &folders) const;
    // One line for standard error about a folder that was not counted.
    static QString problem(const ImapCore::FolderCounts &folder);
    void finish(int exitCode);
    QString accountLabel() const;

    AccountOptions::Result m_options;
    bool m_fromFile = false;
    std::unique_ptr<ImapCore::MailEngine> m_engine; // a pointer: it starts a thread
    quint64 m_testId = 0;
    bool m_finished = false;
    int m_exitCode = Failed;
};
