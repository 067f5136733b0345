#include "engine/connectiontester.h"

#include "engine/folderlistcollector.h"
#include "engine/transport.h"
#include "protocol/mailboxname.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace ImapCore {

namespace {

// The server's answer to LOGOUT is not waited for longer than this.
constexpr int kLogoutMs = 2000;

// Hands the one access token the test was given to the connection.
class FixedTokenProvider : public TokenProvider
{
public:
    explicit FixedTokenProvider(QByteArray token)
        : m_token(std::move(token))
    { }
    void requestToken(const QString &, Callback done) override
    {
        done(m_token, m_token.isEmpty() ? u"No access token was given"_s : QString());
    }

private:
    QByteArray m_token;
};

// One folder's counts from the answer to STATUS folder (MESSAGES UNSEEN). The server names the
// folder in its reply as it likes (RFC 9051 7.5.4 allows another quoting or encoding), so a
// reply that decodes to the same name counts as well as the bytes we sent.
FolderCounts countsFrom(const Connection::Reply &reply, const QString &folder, bool utf8)
{
    FolderCounts counts;
    counts.folder = folder;
    if (reply.error.isError()) {
        counts.error = reply.error;
        return counts;
    }
    if (!reply.isOk()) {
        counts.outcome = FolderCounts::Outcome::Refused;
        counts.error = ImapError::make(ErrorKind::MailboxUnavailable,
                                       u"The server would not give the folder's counts"_s,
                                       QString::fromUtf8(reply.completion.text));
        return counts;
    }
    const QByteArray wireName = MailboxName::encode(folder, utf8);
    const StatusDataResponse *found = nullptr;
    for (const Response &response : reply.untagged) {
        const auto *status = std::get_if<StatusDataResponse>(&response);
        if (status
            && (status->mailbox == wireName
                || MailboxName::decode(status->mailbox, utf8) == folder))
            found = status;
    }
    if (!found || !found->messages || !found->unseen) {
        counts.outcome = FolderCounts::Outcome::Incomplete;
        counts.error = ImapError::make(ErrorKind::ProtocolError,
                                       u"The server's STATUS reply lacks MESSAGES or UNSEEN"_s);
        return counts;
    }
    counts.outcome = FolderCounts::Outcome::Counted;
    counts.messages = *found->messages;
    counts.unseen = *found->unseen;
    return counts;
}

} // namespace

ConnectionTester::ConnectionTester(quint64 id, const AccountSpec &spec, const QString &secret,
                                   const ConnectionTestRequest &request, Transport *transport,
                                   QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_spec(spec)
    , m_request(request)
{
    // hostFound comes from the transport itself: the Connection has no state for the lookup.
    connect(transport, &Transport::hostFound, this,
            [this] { advance(ConnectionTestResult::Stage::Connecting); });
    m_connection = new Connection(spec.connection, transport, this);
    if (spec.connection.authMethod == AccountConfig::AuthMethod::Password) {
        m_connection->setPassword(secret);
    } else {
        m_tokens = std::make_unique<FixedTokenProvider>(secret.toUtf8());
        m_connection->setTokenProvider(m_tokens.get());
    }
    connect(m_connection, &Connection::stateChanged, this, [this](Connection::State state) {
        switch (state) {
        case Connection::State::TlsHandshake:
        case Connection::State::StartTls:
            advance(ConnectionTestResult::Stage::Securing);
            break;
        case Connection::State::Authenticating:
            advance(ConnectionTestResult::Stage::LoggingIn);
            break;
        default:
            break;
        }
    });
    connect(m_connection, &Connection::wireLine, this, &ConnectionTester::wireLine);
    connect(m_connection, &Connection::ready, this, &ConnectionTester::onReady);
    connect(m_connection, &Connection::failed, this, [this](const ImapError &error) {
        finish(error);
        closeConnection();
    });
    connect(m_connection, &Connection::loggedOut, this, [this] {
        finish(ImapError::make(ErrorKind::Cancelled, u"The connection test was cancelled"_s));
        closeConnection();
    });
}

ConnectionTester::~ConnectionTester()
{
    if (m_connection)
        m_connection->disconnect(this);
}

void ConnectionTester::start()
{
    advance(ConnectionTestResult::Stage::Resolving);
    m_connection->open();
}

void ConnectionTester::cancel()
{
    finish(ImapError::make(ErrorKind::Cancelled, u"The connection test was cancelled"_s));
    closeConnection();
}

void ConnectionTester::advance(ConnectionTestResult::Stage stage)
{
    if (m_finished || (m_stage && *m_stage >= stage))
        return;
    m_stage = stage;
    Q_EMIT progress(m_id, stage);
}

void ConnectionTester::onReady()
{
    Connection *connection = m_connection;
    m_result.capabilities = connection->capabilities();
    m_result.hasIdle = connection->hasCapability("IDLE") || connection->hasCapability("IMAP4rev2");
    if (m_request.listFolders)
        listFolders();
    countFolders();
    if (m_outstanding == 0) { // asked for nothing but the login
        finish({});
        closeConnection();
    }
}

void ConnectionTester::listFolders()
{
    Connection *connection = m_connection;
    advance(ConnectionTestResult::Stage::ListingFolders);
    const bool utf8 = connection->commandBuilder().options().utf8Accepted;
    m_collector =
        std::make_unique<FolderListCollector>(utf8, ConnectionTestResult::maxListedFolders);
    // RFC 5258 3 / RFC 6154 2: with LIST-EXTENDED ask for subscription, children (the
    // extended form drops \HasChildren unless asked: Dovecot does) and special-use attributes;
    // without it a plain LIST, whose attributes many servers fill in anyway. IMAP4rev2 includes
    // them all (RFC 9051 6.3.9).
    QList<QByteArray> options;
    if (connection->hasCapability("LIST-EXTENDED") || connection->hasCapability("IMAP4rev2")) {
        options.append({"SUBSCRIBED", "CHILDREN"});
        if (connection->hasCapability("SPECIAL-USE") || connection->hasCapability("IMAP4rev2"))
            options.append("SPECIAL-USE");
    }
    QPointer<ConnectionTester> self(this);
    ++m_outstanding;
    connection->send(
        connection->commandBuilder().list(QString(), u"*"_s, options),
        [self](const Connection::Reply &reply) {
            if (!self || self->m_finished)
                return;
            if (reply.isOk()) {
                self->commandDone();
                return;
            }
            self->finish(reply.error.isError()
                             ? reply.error
                             : ImapError::make(ErrorKind::ProtocolError,
                                               u"The server would not list its folders"_s,
                                               QString::fromUtf8(reply.completion.text)));
            self->closeConnection();
        },
        [self](const Response &response) {
            if (!self || self->m_finished)
                return;
            const auto *list = std::get_if<ListResponse>(&response);
            if (!list || self->m_collector->add(*list))
                return;
            // Enough: report what we have and stop reading the rest.
            self->finish({});
            self->closeConnection();
        });
}

void ConnectionTester::countFolders()
{
    Connection *connection = m_connection;
    const bool utf8 = connection->commandBuilder().options().utf8Accepted;
    QPointer<ConnectionTester> self(this);
    for (const QString &folder : std::as_const(m_request.countFolders)) {
        const qsizetype index = m_result.folderCounts.size();
        FolderCounts unanswered;
        unanswered.folder = folder;
        m_result.folderCounts.append(unanswered);
        ++m_outstanding;
        // A reply with an error also comes for a command that could not be sent.
        connection->send(connection->commandBuilder().status(folder, {"MESSAGES", "UNSEEN"}),
                         [self, index, folder, utf8](const Connection::Reply &reply) {
                             if (!self || self->m_finished)
                                 return;
                             self->m_result.folderCounts[index] = countsFrom(reply, folder, utf8);
                             if (reply.error.isError() && !self->m_lostConnection.isError())
                                 self->m_lostConnection = reply.error;
                             self->commandDone();
                         });
    }
}

void ConnectionTester::commandDone()
{
    if (--m_outstanding > 0)
        return;
    finish(m_lostConnection);
    closeConnection();
}

void ConnectionTester::finish(const ImapError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.error = error;
    // Folders whose answer the end of the test cut off say why.
    const ImapError cutOff = error.isError()
        ? error
        : ImapError::make(ErrorKind::Cancelled,
                          u"The connection test ended before the server answered"_s);
    for (FolderCounts &counts : m_result.folderCounts) {
        if (counts.outcome == FolderCounts::Outcome::NotAnswered && !counts.error.isError())
            counts.error = cutOff;
    }
    if (m_collector) {
        m_result.folders = m_collector->folders();
        m_result.foldersTruncated = m_collector->truncated();
        m_result.undecodableFolders = m_collector->undecodable();
    }
    Q_EMIT finished(m_id, m_result);
}

void ConnectionTester::closeConnection()
{
    if (std::exchange(m_closing, true))
        return;
    Connection *connection = m_connection;
    if (!connection) {
        Q_EMIT done();
        return;
    }
    connection->disconnect(this);
    // The protocol log still gets the LOGOUT and the server's answer.
    connect(connection, &Connection::wireLine, this, &ConnectionTester::wireLine);
    using State = Connection::State;
    const bool usable =
        connection->state() == State::Authenticated || connection->state() == State::Selected;
    // A polite LOGOUT when the session is usable; a cut-off LIST is still streaming, so that
    // connection is closed at once, like one that failed.
    if (usable && !m_result.foldersTruncated) {
        connect(connection, &Connection::loggedOut, this, &ConnectionTester::done);
        connection->logout();
        QTimer::singleShot(kLogoutMs, this, [connection = m_connection] {
            if (connection)
                connection->abort(); // loggedOut, and so done(), follows
        });
        return;
    }
    connection->abort();
    Q_EMIT done();
}

} // namespace ImapCore
