#include "watchcommand.h"

#include "subcommandparser.h"

#include "accountcredentials.h"
#include "accountoptions.h"
#include "commandadvice.h"
#include "credentialbroker.h"
#include "eventformatter.h"
#include "execrunner.h"
#include "filekindwords.h"
#include "headlesspassword.h"
#include "localfile.h"
#include "statefolder.h"
#include "stopsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimer>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <optional>
#include <utility>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

void printError(const QString &line)
{
    std::fputs((line + u'\n').toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

} // namespace

WatchCommand::WatchCommand(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_stopTimer.setSingleShot(true);
    connect(&m_stopTimer, &QTimer::timeout, this, [this] {
        printError(tr("mailbell watch: the servers did not answer LOGOUT in time; exiting."));
        Q_EMIT finished(Stopped);
    });
}

WatchCommand::~WatchCommand() = default;

QString WatchCommand::defaultSeenStorePath()
{
    return mailbellStateFolder() + u"/seen.json"_s;
}

int WatchCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Watches the accounts of the accounts file (or those named with --account, or one "
           "account given with --host, --user and --password-command) and prints each event: "
           "new mail, removed mail, flag and "
           "count changes, connection states and errors. Runs until interrupted (Ctrl+C or "
           "SIGTERM), then logs out and exits 0.")
        + u"\n\n"_s + AccountOptions::passwordNote());
    SubcommandParser::addHelpOption(parser);
    parser.addOptions({
        {u"json"_s,
         tr("Print one JSON object per line (events \"ready\", \"new\", \"expunged\", "
            "\"flags\", \"count\", \"state\", \"error\"); nothing else goes to standard output.")},
        {u"exec"_s,
         tr("Run this program for each new message, without a shell; the message's fields are "
            "in the environment variables MAILBELL_ACCOUNT, MAILBELL_FOLDER, MAILBELL_UID, "
            "MAILBELL_UIDVALIDITY, MAILBELL_FROM, MAILBELL_FROM_ADDRESS, MAILBELL_SUBJECT, "
            "MAILBELL_PREVIEW, MAILBELL_DATE and MAILBELL_MESSAGE_ID."),
         //: placeholder for the option's value, shown in --help as <command>; texts that
         //: mention one write it the same way ("--account <name>", "<file>.1")
         tr("command")},
        {u"state"_s,
         tr("File that remembers which messages were announced (default %1). /dev/null "
            "remembers nothing: each start announces only mail that arrives while it runs.")
             .arg(defaultSeenStorePath()),
         //: placeholder for the option's value, shown in --help as <file>; texts that
         //: mention one write it the same way ("--account <name>", "<file>.1")
         tr("file")},
    });
    AccountOptions::addTo(parser);
    switch (SubcommandParser::parse(parser, arguments, u"watch"_s)) {
    case SubcommandParser::Outcome::HelpShown:
        return Stopped;
    case SubcommandParser::Outcome::Failed:
        return Failed;
    case SubcommandParser::Outcome::Run:
        break;
    }

    Options options;
    options.json = parser.isSet(u"json"_s);
    options.seenStorePath =
        parser.isSet(u"state"_s) ? parser.value(u"state"_s) : defaultSeenStorePath();
    if (options.seenStorePath.isEmpty()) {
        printError(tr("mailbell watch: --state needs a file name."));
        return Failed;
    }
    // The state file is read, replaced and, when damaged, moved aside: only a regular file may
    // be (or a symbolic link to one). The null device means "remember nothing" (SeenStore).
    if (const auto kind = ImapCore::LocalFile::kindOf(options.seenStorePath);
        kind != ImapCore::LocalFile::Kind::Regular && kind != ImapCore::LocalFile::Kind::Missing
        && !ImapCore::LocalFile::isNullDevice(options.seenStorePath)) {
        //: %1 says what the path is instead, e.g. "/x is a folder, not a regular file"
        printError(tr("mailbell watch: --state: %1; give --state a file name, or --state "
                      "/dev/null to remember nothing.")
                       .arg(FileKindWords::notRegularFile(options.seenStorePath, kind)));
        return Failed;
    }
    if (parser.isSet(u"exec"_s)) {
        options.execCommand = parser.value(u"exec"_s);
        const QString problem = ExecRunner(options.execCommand).validate();
        if (!problem.isEmpty()) {
            printError(tr("mailbell watch: %1").arg(problem));
            return Failed;
        }
    }

    const AccountOptions::Selection selection =
        AccountOptions::select(parser, AccountOptions::Count::Several);
    for (const QString &note : selection.notes)
        printError(tr("mailbell watch: %1").arg(note));
    if (!selection.isOk()) {
        printError(tr("mailbell watch: %1").arg(selection.error));
        return Failed;
    }
    options.accounts = selection.accounts;
    options.fromFile = selection.fromFile;
    options.protocolLogPath = selection.protocolLogPath;

    return runUntilStopped(std::move(options));
}

int WatchCommand::runUntilStopped(Options options)
{
    WatchCommand command(std::move(options));
    QEventLoop loop;
    connect(&command, &WatchCommand::finished, &loop, &QEventLoop::exit, Qt::QueuedConnection);
    if (!StopSignals::watch(&command, [&command] { command.stop(); })) {
        printError(tr("mailbell watch: cannot handle SIGINT / SIGTERM: %1")
                       .arg(QString::fromLocal8Bit(std::strerror(errno))));
        return Failed;
    }
    if (!command.start())
        return Failed;
    return loop.exec();
}

bool WatchCommand::start()
{
    const QString stateDir = QFileInfo(m_options.seenStorePath).absolutePath();
    if (!QDir().mkpath(stateDir)) {
        printError(
            tr("mailbell watch: cannot create the folder %1 for the state file.").arg(stateDir));
        return false;
    }

    m_engine = std::make_unique<MailEngine>();
    if (!m_options.execCommand.isEmpty()) {
        m_exec = std::make_unique<ExecRunner>(m_options.execCommand);
        connect(m_exec.get(), &ExecRunner::failed, this,
                [this](const QString &accountId, const QString &message) {
                    reportError(accountId, u"exec"_s, message);
                });
    }
    m_keyring = std::make_unique<CredentialStore>();
    m_broker =
        std::make_unique<CredentialBroker>(m_keyring.get(), HeadlessPassword::brokerOptions());
    m_broker->serve(m_engine.get());
    connectBroker();

    for (const AccountsFile::Account &account : std::as_const(m_options.accounts)) {
        const CredentialBroker::Account credentials = credentialsOf(account);
        if (credentials.source != CredentialBroker::Source::OAuth) {
            m_broker->setAccount(credentials);
            m_awaitingPassword.insert(credentials.id);
        } else if (oauthUsable(account, credentials.oauthProvider)) {
            m_broker->setAccount(credentials); // the engine asks for a token when it connects
            ++m_withPassword;
        }
    }
    // Every command runs at once, side by side; the engine starts when all have answered.
    const QStringList waitingFor = m_awaitingPassword.values();
    for (const QString &accountId : waitingFor)
        m_broker->requestPassword(accountId);
    if (waitingFor.isEmpty())
        startEngine();
    return true;
}

void WatchCommand::connectBroker()
{
    CredentialBroker *broker = m_broker.get();
    connect(broker, &CredentialBroker::passwordReady, this,
            [this](const QString &accountId) { firstAnswer(accountId, true); });
    connect(broker, &CredentialBroker::passwordNeeded, this,
            [this](const QString &accountId, CredentialBroker::Need need, const QString &detail) {
                reportPasswordError(accountId, HeadlessPassword::advice(need, detail));
                firstAnswer(accountId, false);
            });
    connect(broker, &CredentialBroker::passwordProblem, this,
            [this](const QString &accountId, const QString &message) {
                reportPasswordError(accountId, message);
                firstAnswer(accountId, false);
            });
    // watch cannot open a browser: the sign-in is the tray app's; watch uses the refresh token
    // it saved in the keyring. Until then the account waits.
    connect(broker, &CredentialBroker::signInNeeded, this,
            [this](const QString &accountId, const QString &reason) {
                //: %1 is why a sign-in is needed, one or more whole sentences
                reportError(accountId, u"oauth"_s,
                            tr("%1 Sign in once in the tray app (run mailbell, Settings); "
                               "watch then uses the sign-in saved in the keyring.")
                                .arg(reason));
            });
    connect(broker, &CredentialBroker::retryScheduled, this, &WatchCommand::reportRetry);
}

void WatchCommand::firstAnswer(const QString &accountId, bool gotPassword)
{
    if (!m_awaitingPassword.remove(accountId))
        return; // a later answer: the engine has it
    if (gotPassword)
        ++m_withPassword;
    if (!m_awaitingPassword.isEmpty())
        return;
    if (m_withPassword == 0) {
        printError(tr("mailbell watch: no account got a password; nothing to watch."));
        Q_EMIT finished(Failed);
        return;
    }
    startEngine();
}

void WatchCommand::startEngine()
{
    MailEngine *engine = m_engine.get();
    connect(engine, &MailEngine::messagesArrived, this, &WatchCommand::onMessagesArrived);
    connect(engine, &MailEngine::messageExpunged, this, [this](const MessageRef &message, quint32) {
        if (m_options.json)
            emitJson(EventFormatter::expunged(message));
        else
            emitLine(EventFormatter::readableExpunged(message, labelOf(message.accountId)));
    });
    connect(engine, &MailEngine::flagsChanged, this,
            [this](const MessageRef &message, const MessageFlags &flags) {
                if (m_options.json)
                    emitJson(EventFormatter::flags(message, flags));
                else
                    emitLine(
                        EventFormatter::readableFlags(message, flags, labelOf(message.accountId)));
            });
    connect(engine, &MailEngine::folderStatusChanged, this, [this](const FolderStatus &status) {
        if (m_options.json)
            emitJson(EventFormatter::count(status));
        else
            emitLine(EventFormatter::readableCount(status, labelOf(status.accountId)));
    });
    connect(engine, &MailEngine::accountStatusChanged, this, &WatchCommand::onAccountStatus);
    connect(engine, &MailEngine::ready, this, [this] {
        qsizetype folders = 0;
        for (const AccountsFile::Account &account : std::as_const(m_options.accounts))
            folders += account.spec.folders.size();
        const int accounts = int(m_options.accounts.size());
        if (m_options.json)
            emitJson(EventFormatter::ready(accounts, int(folders)));
        else
            emitLine(EventFormatter::readableReady(accounts, int(folders)));
    });
    connect(engine, &MailEngine::stopped, this, [this] {
        if (m_stopping) {
            m_stopTimer.stop();
            Q_EMIT finished(Stopped);
        }
    });

    if (!m_options.protocolLogPath.isEmpty()) {
        // As before the engine said so: a warning, and watching goes on without the file.
        connect(engine, &MailEngine::protocolLogFailed, this,
                [](const QString &error) { qWarning("%s", qPrintable(error)); });
        engine->setProtocolLogFile(m_options.protocolLogPath);
    }
    QList<AccountSpec> specs;
    for (const AccountsFile::Account &account : std::as_const(m_options.accounts))
        specs.append(account.spec);
    engine->start(specs, m_options.seenStorePath);
    m_engineStarted = true;
    for (const auto &[accountId, delayMs] : std::exchange(m_retriesBeforeStart, {}))
        reportRetry(accountId, delayMs);
}

bool WatchCommand::oauthUsable(const AccountsFile::Account &account,
                               const std::optional<OAuthProvider> &provider)
{
    if (provider && provider->problem().isEmpty())
        return true;
    reportError(
        account.spec.id, u"oauth"_s,
        provider
            ? provider->problem()
            : tr("The account's oauth-provider \"%1\" is not known.").arg(account.oauthProvider));
    return false;
}

void WatchCommand::stop()
{
    if (m_stopping) {
        // A second Ctrl+C: do not wait for the servers any longer.
        m_stopTimer.stop();
        Q_EMIT finished(Stopped);
        return;
    }
    m_stopping = true;
    if (m_broker)
        m_broker->keepOnly({}); // no more passwords or retries while the servers log out
    if (!m_engineStarted) {
        Q_EMIT finished(Stopped);
        return;
    }
    m_stopTimer.start(stopTimeoutMs);
    m_engine->stop();
}

void WatchCommand::onMessagesArrived(const QList<MessageSummary> &messages)
{
    for (const MessageSummary &message : messages) {
        if (m_options.json)
            emitJson(EventFormatter::newMessage(message));
        else
            emitLine(EventFormatter::readableNew(message, labelOf(message.accountId)));
        if (m_exec)
            m_exec->run(message);
    }
}

void WatchCommand::onAccountStatus(const AccountStatus &status)
{
    const AccountStatus previous = m_lastStatus.value(status.accountId);
    m_lastStatus.insert(status.accountId, status);
    if (m_options.json)
        emitJson(EventFormatter::state(status));
    else
        emitLine(EventFormatter::readableState(status, labelOf(status.accountId)));

    using State = AccountStatus::State;
    const bool failing = status.state == State::AuthFailed || status.state == State::Error;
    const bool repeated = previous.state == status.state && previous.error.kind == status.error.kind
        && previous.error.message == status.error.message;
    // A reconnect after a protocol error is an error event too (once until online): the user
    // should see what the server sent that was not understood, not only a state change.
    bool newProtocolError = false;
    if (status.state == State::Reconnecting && status.error.kind == ErrorKind::ProtocolError) {
        const ImapError last = m_reportedProtocolError.value(status.accountId);
        newProtocolError = last.message != status.error.message
            || last.detail != status.error.detail || last.excerpt != status.error.excerpt;
        m_reportedProtocolError.insert(status.accountId, status.error);
    }
    if (((failing && !repeated) || newProtocolError) && status.error.isError()) {
        // The words of AccountStatusWords, as `mailbell check` and the tray say it.
        const AccountsFile::Account *account = accountOf(status.accountId);
        const QStringList advice = account
            ? CommandAdvice::lines(status.error, *account, m_options.fromFile)
            : QStringList();
        if (m_options.json) {
            QJsonObject object = EventFormatter::error(status.accountId, status.error);
            if (!advice.isEmpty())
                object.insert(u"advice"_s, QJsonArray::fromStringList(advice));
            emitJson(object);
        } else {
            printError(EventFormatter::readableError(labelOf(status.accountId), status.error));
            for (const QString &line : advice)
                printError(tr("mailbell watch: [%1] %2")
                               .arg(EventFormatter::printable(labelOf(status.accountId)), line));
        }
    }
    if (status.state == State::Online)
        m_reportedProtocolError.remove(status.accountId);
}

void WatchCommand::reportPasswordError(const QString &accountId, const QString &message)
{
    const auto source = m_broker->sourceOf(accountId);
    reportError(accountId,
                HeadlessPassword::errorKind(source.value_or(CredentialBroker::Source::Keyring)),
                message);
}

void WatchCommand::reportRetry(const QString &accountId, int delayMs)
{
    if (!m_engineStarted) {
        m_retriesBeforeStart.append({accountId, delayMs}); // said if the engine starts at all
        return;
    }
    printError(tr("mailbell watch: [%1] the password was rejected or is missing; running the "
                  "password command again in %n second(s).",
                  nullptr, delayMs / 1000)
                   .arg(EventFormatter::printable(labelOf(accountId))));
}

void WatchCommand::emitJson(const QJsonObject &object)
{
    const QByteArray line = EventFormatter::jsonLine(object);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

void WatchCommand::emitLine(const QString &line)
{
    std::fputs((line + u'\n').toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void WatchCommand::reportError(const QString &accountId, const QString &kind,
                               const QString &message)
{
    printError(tr("mailbell watch: [%1] %2")
                   .arg(EventFormatter::printable(labelOf(accountId)),
                        EventFormatter::printable(message)));
    if (m_options.json)
        emitJson(EventFormatter::error(accountId, kind, message));
}

QString WatchCommand::labelOf(const QString &accountId) const
{
    const AccountsFile::Account *account = accountOf(accountId);
    if (account && !account->spec.displayName.isEmpty())
        return account->spec.displayName;
    return accountId;
}

const AccountsFile::Account *WatchCommand::accountOf(const QString &accountId) const
{
    for (const AccountsFile::Account &account : m_options.accounts) {
        if (account.spec.id == accountId)
            return &account;
    }
    return nullptr;
}
