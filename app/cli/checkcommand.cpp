#include "checkcommand.h"

#include "subcommandparser.h"

#include "accountcredentials.h"
#include "accountstatuswords.h"
#include "commandadvice.h"
#include "headlesspassword.h"
#include "mailengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

#include <cstdio>
#include <utility>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

void printLine(FILE *stream, const QString &line)
{
    std::fputs((line + u'\n').toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

// Server text goes to a terminal: no control characters.
QString printable(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u'?';
    }
    return text;
}

} // namespace

CheckCommand::CheckCommand(AccountOptions::Result options, bool fromFile, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_fromFile(fromFile)
{ }

// The engine's destructor lets a LOGOUT still under way finish (within its deadline).
CheckCommand::~CheckCommand() = default;

int CheckCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Connects once to one account (--account <name> from the accounts file, or one given "
           "with --host, --user and --password-command), prints the unseen and total message "
           "counts of each folder and exits 0 when no folder has unseen mail, 1 when some "
           "folder has, 2 on any error.")
        + u"\n\n"_s + AccountOptions::passwordNote());
    SubcommandParser::addHelpOption(parser);
    AccountOptions::addTo(parser);
    switch (SubcommandParser::parse(parser, arguments, u"check"_s)) {
    case SubcommandParser::Outcome::HelpShown:
        return NothingUnseen;
    case SubcommandParser::Outcome::Failed:
        return Failed;
    case SubcommandParser::Outcome::Run:
        break;
    }
    const AccountOptions::Selection selection =
        AccountOptions::select(parser, AccountOptions::Count::One);
    for (const QString &note : selection.notes)
        printLine(stderr, tr("mailbell check: %1").arg(note));
    if (!selection.isOk()) {
        printLine(stderr, tr("mailbell check: %1").arg(selection.error));
        return Failed;
    }
    AccountOptions::Result options;
    options.account = selection.accounts.constFirst();
    options.protocolLogPath = selection.protocolLogPath;
    if (options.config().authMethod != AccountConfig::AuthMethod::Password) {
        printLine(stderr,
                  tr("mailbell check: account \"%1\" signs in with OAuth 2, which check does "
                     "not do yet; use mailbell watch --account %1.")
                      .arg(options.account.spec.id));
        return Failed;
    }
    // The command runs asynchronously, the keyring is asked with a bound: the loop turns.
    HeadlessPassword::Result password = HeadlessPassword::fetch(credentialsOf(options.account));
    if (!password.isOk()) {
        printLine(stderr, tr("mailbell check: %1").arg(password.error));
        return Failed;
    }

    CheckCommand command(std::move(options), selection.fromFile);
    QEventLoop loop;
    connect(&command, &CheckCommand::finished, &loop, &QEventLoop::exit, Qt::QueuedConnection);
    command.start(std::exchange(password.password, {}));
    return loop.exec();
}

void CheckCommand::start(const QString &password)
{
    m_engine = std::make_unique<MailEngine>();
    connect(m_engine.get(), &MailEngine::protocolLogFailed, this, [this](const QString &error) {
        printLine(stderr, tr("mailbell check: cannot write the protocol log: %1").arg(error));
        m_engine->cancelConnectionTest(m_testId);
        finish(Failed);
    });
    connect(m_engine.get(), &MailEngine::connectionTestFinished, this,
            &CheckCommand::onTestFinished);
    // Queued in this order: the worker opens the log before the test connects.
    if (!m_options.protocolLogPath.isEmpty())
        m_engine->setProtocolLogFile(m_options.protocolLogPath);
    ConnectionTestRequest request;
    request.listFolders = false;
    request.countFolders = m_options.account.spec.folders;
    m_testId = m_engine->testConnection(m_options.account.spec, password, request);
}

void CheckCommand::onTestFinished(quint64 id, const ConnectionTestResult &result)
{
    if (id != m_testId || m_finished)
        return;
    if (result.folderCounts.isEmpty() && result.error.isError()) {
        // Not logged in: nothing was asked.
        printLine(stderr, tr("mailbell check: %1").arg(describe(result.error)));
        for (const QString &line :
             CommandAdvice::lines(result.error, m_options.account, m_fromFile))
            printLine(stderr, tr("mailbell check: %1").arg(line));
        finish(Failed);
        return;
    }
    // Logged in: each folder speaks for itself, a connection lost on the way included (the
    // folders it cut off say so); one lost during LOGOUT changes nothing.
    finish(report(result.folderCounts));
}

int CheckCommand::report(const QList<FolderCounts> &folders) const
{
    bool unseen = false;
    bool failed = false;
    for (const FolderCounts &folder : folders) {
        if (!folder.isCounted()) {
            failed = true;
            continue;
        }
        unseen = unseen || folder.unseen > 0;
        printLine(stdout,
                  statusLine(accountLabel(), folder.folder, folder.unseen, folder.messages));
    }
    for (const FolderCounts &folder : folders) {
        if (!folder.isCounted())
            printLine(stderr, tr("mailbell check: %1").arg(problem(folder)));
    }
    return failed ? Failed : unseen ? SomethingUnseen : NothingUnseen;
}

QString CheckCommand::problem(const FolderCounts &folder)
{
    switch (folder.outcome) {
    case FolderCounts::Outcome::Refused:
        return tr("cannot get the status of folder \"%1\": the server said: %2")
            .arg(folder.folder, printable(folder.error.detail));
    case FolderCounts::Outcome::Incomplete:
        return tr("protocol error: the server's STATUS reply for folder \"%1\" lacks MESSAGES or "
                  "UNSEEN")
            .arg(folder.folder);
    case FolderCounts::Outcome::NotAnswered:
    case FolderCounts::Outcome::Counted:
        break;
    }
    return describe(folder.error);
}

void CheckCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    Q_EMIT finished(exitCode);
}

QString CheckCommand::accountLabel() const
{
    if (!m_options.account.spec.displayName.isEmpty())
        return m_options.account.spec.displayName;
    const AccountConfig &config = m_options.config();
    if (config.user.contains(u'@'))
        return config.user;
    return config.user + u'@' + config.host;
}

QString CheckCommand::statusLine(const QString &account, const QString &folder, quint32 unseen,
                                 quint32 messages)
{
    return tr("%1/%2: %3 unseen of %4").arg(account, folder).arg(unseen).arg(messages);
}

QString CheckCommand::describe(const ImapError &error)
{
    return AccountStatusWords::summary(error);
}
