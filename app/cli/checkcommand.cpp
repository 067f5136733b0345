#include "checkcommand.h"

#include "subcommandparser.h"

#include "accountcredentials.h"
#include "accountstatuswords.h"
#include "commandadvice.h"
#include "engine/connection.h"
#include "engine/protocollog.h"
#include "engine/ssltransport.h"
#include "headlesspassword.h"
#include "protocol/mailboxname.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

#include <cstdio>
#include <utility>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

constexpr quint32 kLogConnectionId = 1;

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
    , m_log(std::make_unique<ImapCore::ProtocolLog>())
{ }

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
    if (!m_options.protocolLogPath.isEmpty()) {
        if (const std::optional<QString> error = m_log->openFile(m_options.protocolLogPath)) {
            printLine(stderr, tr("mailbell check: cannot write the protocol log: %1").arg(*error));
            finish(Failed);
            return;
        }
    }
    for (const QString &folder : std::as_const(m_options.account.spec.folders))
        m_results.append(FolderResult {folder, false, 0, 0, {}});

    m_connection = std::make_unique<Connection>(m_options.config(), new SslTransport);
    m_connection->setPassword(password);
    connect(m_connection.get(), &Connection::wireLine, this,
            [this](Connection::Direction direction, const QByteArray &bytes) {
                if (direction == Connection::Direction::Sent)
                    m_log->recordSent(kLogConnectionId, bytes);
                else
                    m_log->recordReceived(kLogConnectionId, bytes);
            });
    connect(m_connection.get(), &Connection::ready, this, &CheckCommand::onReady);
    connect(m_connection.get(), &Connection::failed, this, &CheckCommand::onFailed);
    connect(m_connection.get(), &Connection::loggedOut, this, [this] { finish(m_exitCode); });
    m_connection->open();
}

void CheckCommand::onReady()
{
    const bool utf8 = m_connection->enabledCapabilities().contains("UTF8=ACCEPT");
    m_outstanding = m_results.size();
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        const QString folder = m_results.at(i).folder;
        const QByteArray wireName = MailboxName::encode(folder, utf8);
        m_connection->send(
            m_connection->commandBuilder().status(folder, {"MESSAGES", "UNSEEN"}),
            [this, i, wireName, utf8](const Connection::Reply &reply) {
                FolderResult &result = m_results[i];
                if (reply.error.isError()) {
                    result.error = describe(reply.error);
                } else if (!reply.isOk()) {
                    result.error = tr("cannot get the status of folder \"%1\": the server said: %2")
                                       .arg(result.folder,
                                            printable(QString::fromUtf8(reply.completion.text)));
                } else {
                    const StatusDataResponse *found = nullptr;
                    for (const Response &response : reply.untagged) {
                        const auto *status = std::get_if<StatusDataResponse>(&response);
                        if (status
                            && (status->mailbox == wireName
                                || MailboxName::decode(status->mailbox, utf8) == result.folder))
                            found = status;
                    }
                    if (!found || !found->messages || !found->unseen) {
                        result.error = tr("protocol error: the server's STATUS reply for folder "
                                          "\"%1\" lacks MESSAGES or UNSEEN")
                                           .arg(result.folder);
                    } else {
                        result.messages = *found->messages;
                        result.unseen = *found->unseen;
                    }
                }
                result.done = true;
                folderDone();
            });
    }
}

void CheckCommand::folderDone()
{
    if (--m_outstanding > 0)
        return;
    bool unseen = false;
    bool failed = false;
    for (const FolderResult &result : std::as_const(m_results)) {
        if (!result.error.isEmpty()) {
            failed = true;
            continue;
        }
        unseen = unseen || result.unseen > 0;
        printLine(stdout,
                  statusLine(accountLabel(), result.folder, result.unseen, result.messages));
    }
    for (const FolderResult &result : std::as_const(m_results)) {
        if (!result.error.isEmpty())
            printLine(stderr, tr("mailbell check: %1").arg(result.error));
    }
    m_exitCode = failed ? Failed : unseen ? SomethingUnseen : NothingUnseen;
    m_loggingOut = true;
    m_connection->logout();
}

void CheckCommand::onFailed(const ImapError &error)
{
    if (m_loggingOut) {
        // The counts are in; a connection that drops during LOGOUT changes nothing.
        finish(m_exitCode);
        return;
    }
    printLine(stderr, tr("mailbell check: %1").arg(describe(error)));
    for (const QString &line : CommandAdvice::lines(error, m_options.account, m_fromFile))
        printLine(stderr, tr("mailbell check: %1").arg(line));
    finish(Failed);
}

void CheckCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    m_log->closeFile();
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
