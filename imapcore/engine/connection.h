#pragma once

#include "accountconfig.h"
#include "engine/clock.h"
#include "engine/deflatestream.h"
#include "engine/sasl.h"
#include "imaperror.h"
#include "protocol/commandbuilder.h"
#include "protocol/response.h"
#include "protocol/responseframer.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <list>
#include <memory>
#include <optional>

struct FuzzSessionSnapshot;

namespace ImapCore {

class Transport;

// One IMAP session on one transport, in the worker thread: greeting, TLS / STARTTLS, CAPABILITY,
// login, ENABLE, ID, then a tagged command pipeline and IDLE. Every byte from the server goes
// through ResponseFramer and ResponseParser; anything they reject is a ProtocolError with its
// offset. Single-use: once failed or logged out it never reconnects (AccountSession replaces it).
//
// Security rules (see reliability-test-plan.md A): STARTTLS only when configured and then
// mandatory; bytes after the STARTTLS OK and before the handshake are fatal (CVE-2020-14954);
// capabilities and state from before TLS are discarded; PREAUTH before TLS is fatal
// (CVE-2014-2567); the login mechanism is chosen from post-TLS capabilities only.
//
// COMPRESS=DEFLATE (RFC 4978) is the first command after login (before ENABLE and ID) when the
// server offers it, the config allows it and TLS is up (never on a plaintext connection, never
// before login). After its tagged OK every byte both ways goes through a DeflateStream; a
// refusal (NO, BAD, also [COMPRESSIONACTIVE]) leaves the session uncompressed. The wire log
// keeps the plain lines.
class Connection : public QObject
{
    Q_OBJECT

public:
    enum class State {
        NotStarted,
        Connecting,
        TlsHandshake, // implicit TLS
        Greeting,
        StartTls, // STARTTLS sent, or its handshake running
        Capability,
        Authenticating,
        Authenticated,
        Selected,
        LoggingOut,
        LoggedOut,
        Failed,
    };
    Q_ENUM(State)

    enum class Direction { Sent, Received };
    Q_ENUM(Direction)

    // The outcome of one tagged command: its completion and the untagged responses that arrived
    // while it was in flight (none when it was sent with an UntaggedSink), or an error if the
    // connection ended first.
    struct Reply
    {
        QByteArray tag;
        StatusResponse completion;
        QList<Response> untagged;
        ImapError error; // kind None when the server completed the command
        bool isOk() const { return !error.isError() && completion.status == StatusKind::Ok; }
    };
    using Completion = std::function<void(const Reply &reply)>;
    // Receives, as they arrive, the untagged responses of one command in flight (those its Reply
    // would carry); they are then not kept in the Reply. Runs before untaggedResponse is emitted
    // for the same response.
    using UntaggedSink = std::function<void(const Response &response)>;

    // Takes ownership of transport. The greeting and command timeouts run on clock (the system
    // clock unless given; it must outlive the connection).
    Connection(const AccountConfig &config, Transport *transport, QObject *parent = nullptr);
    Connection(const AccountConfig &config, Transport *transport, Clock *clock,
               QObject *parent = nullptr);
    ~Connection() override;

    // Credentials are used once, for the login, and not kept afterwards.
    void setPassword(const QString &password);
    void setTokenProvider(TokenProvider *provider);

    // Connects and logs in; ready() or failed() follows. Only the first call does anything.
    void open();

    // Queues a command built by commandBuilder(); returns its tag, or an empty tag if it could
    // not be queued (done then receives the error, from the event loop). Only in the
    // Authenticated or Selected state. Synchronizing literals wait for "+" by themselves.
    QByteArray send(const CommandResult &command, Completion done = {});
    // The same, but the untagged responses go to sink as they arrive (a large UID FETCH is
    // consumed response by response instead of being held until its completion).
    QByteArray send(const CommandResult &command, Completion done, UntaggedSink sink);
    // RFC 2177: sends IDLE; idleStarted() when the server's "+" arrived; done gets the tagged
    // completion after stopIdle().
    QByteArray startIdle(Completion done = {});
    // Sends DONE, but only after the continuation arrived (at once if it already did).
    void stopIdle();
    bool isIdling() const { return m_idleContinued; }
    // LOGOUT, then loggedOut(). Pending commands may still complete before it.
    void logout();
    // Closes at once without LOGOUT; pending commands fail with Cancelled.
    void abort();

    State state() const { return m_state; }
    const ImapError &error() const { return m_error; }
    const AccountConfig &config() const { return m_config; }
    const QList<QByteArray> &capabilities() const { return m_capabilities; }
    bool hasCapability(QByteArrayView name) const;
    const QList<QByteArray> &enabledCapabilities() const { return m_enabled; }
    CommandBuilder &commandBuilder() { return m_builder; }
    // COMPRESS=DEFLATE is on, and the bytes it carried so far (wire and plain, both ways).
    bool isCompressed() const { return m_deflate.has_value(); }
    DeflateStream::Counters compressionCounters() const;

Q_SIGNALS:
    void stateChanged(ImapCore::Connection::State state);
    // Logged in; capabilities final; COMPRESS, ENABLE and ID done.
    void ready();
    void failed(const ImapCore::ImapError &error);
    void loggedOut();
    void capabilitiesChanged();
    // Every untagged response received once authenticated (MailboxState consumes them), also
    // those that a command's Reply carries.
    void untaggedResponse(const ImapCore::Response &response);
    void idleStarted();
    // Every line sent (redacted; SASL data as "***") and every response received, for the
    // protocol log.
    void wireLine(ImapCore::Connection::Direction direction, const QByteArray &bytes);

private:
    enum class Role {
        User,
        Capability,
        StartTls,
        Login,
        Authenticate,
        Compress,
        Enable,
        Id,
        Idle,
        Logout
    };
    struct Pending
    {
        Command command;
        Role role = Role::User;
        Completion done;
        QList<Response> untagged;
        std::shared_ptr<const UntaggedSink> sink; // when set, untagged stays empty
        qsizetype chunksSent = 0;
        QByteArray name; // upper-case command name, e.g. "SELECT"
    };

    void setState(State state);
    bool isFinal() const { return m_state == State::LoggedOut || m_state == State::Failed; }
    bool isUsable() const { return m_state == State::Authenticated || m_state == State::Selected; }
    void fail(const ImapError &error);
    void failProtocol(const QString &reason, qint64 offset = -1, const QByteArray &detail = {});
    void finishLogout();
    void cancelPending(const ImapError &error);

    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void receivePlain(QByteArrayView bytes);
    void receiveCompressed(QByteArrayView wire);
    bool handleFramed();
    void onDisconnected();
    void onTimeout();

    void handle(const Response &response);
    void handleGreeting(const Response &response);
    void handleUntagged(const Response &response);
    void handleContinuation(const ContinuationRequest &continuation);
    void handleTagged(const StatusResponse &status);
    void complete(Pending pending, const StatusResponse &status);

    void proceed();
    void startTlsAccepted();
    void authenticate();
    void authenticateWith(const Sasl::Plan &plan, const QByteArray &secret);
    void loggedIn(const Pending &pending, const StatusResponse &status);
    void afterLogin();
    bool wantsCompression() const;
    bool compressionPending() const;

    QByteArray enqueue(const CommandResult &command, Role role, Completion done,
                       UntaggedSink sink = {});
    void pump();
    void writeLine(const QByteArray &bytes, const QByteArray &logged);
    void writeIdleDone();
    void setCapabilities(const QList<QByteArray> &capabilities);
    void updateTimer(bool heardFromServer);

    // The fuzz harness reuses one session across inputs and puts every member back after each
    // (tests/fuzz/fuzzsessionsnapshot.h): a member added here must be added there too.
    friend struct ::FuzzSessionSnapshot;

    AccountConfig m_config;
    std::unique_ptr<Transport> m_transport;
    State m_state = State::NotStarted;
    ImapError m_error;
    ResponseFramer m_framer;
    QByteArray m_currentUnit; // the response being handled, for a protocol error's excerpt
    CommandBuilder m_builder;
    std::list<Pending> m_pending; // in the order they were queued
    Timer *m_timer; // greeting timeout, then per-command inactivity timeout

    QList<QByteArray> m_capabilities;
    bool m_capabilitiesKnown = false;
    bool m_tlsActive = false; // implicit TLS done or STARTTLS completed
    bool m_tlsHandshakeAfterStartTls = false;
    QList<QByteArray> m_enabled;
    bool m_enableDone = false;
    bool m_idDone = false;

    QString m_password;
    TokenProvider *m_tokenProvider = nullptr;
    std::optional<Sasl> m_sasl;

    bool m_idleContinued = false;
    bool m_idleDoneWanted = false;
    bool m_idleDoneSent = false;

    bool m_compressDone = false;
    std::optional<DeflateStream> m_deflate; // set once COMPRESS=DEFLATE is on
};

} // namespace ImapCore
