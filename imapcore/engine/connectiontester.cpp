#include "engine/connectiontester.h"

#include "engine/connection.h"
#include "engine/folderlistcollector.h"
#include "engine/transport.h"

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

} // namespace

ConnectionTester::ConnectionTester(quint64 id, const AccountSpec &spec, const QString &secret,
                                   Transport *transport, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_spec(spec)
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
    connect(m_connection, &Connection::ready, this, &ConnectionTester::listFolders);
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

void ConnectionTester::listFolders()
{
    Connection *connection = m_connection;
    advance(ConnectionTestResult::Stage::ListingFolders);
    m_result.capabilities = connection->capabilities();
    m_result.hasIdle = connection->hasCapability("IDLE") || connection->hasCapability("IMAP4rev2");
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
    connection->send(
        connection->commandBuilder().list(QString(), u"*"_s, options),
        [self](const Connection::Reply &reply) {
            if (!self || self->m_finished)
                return;
            if (reply.error.isError()) {
                self->finish(reply.error);
            } else if (!reply.isOk()) {
                self->finish(ImapError::make(ErrorKind::ProtocolError,
                                             u"The server would not list its folders"_s,
                                             QString::fromUtf8(reply.completion.text)));
            } else {
                self->finish({});
            }
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

void ConnectionTester::finish(const ImapError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.error = error;
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
