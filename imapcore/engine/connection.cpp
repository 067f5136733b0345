#include "engine/connection.h"

#include "engine/transport.h"
#include "protocol/responseexcerpt.h"
#include "protocol/responseparser.h"

#include <QTimer>
#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace ImapCore {

namespace {

bool contains(const QList<QByteArray> &list, QByteArrayView name)
{
    for (const QByteArray &item : list) {
        if (item.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// "A0001 UID FETCH ..." -> "UID FETCH"; the first one or two atoms after the tag, upper-case.
QByteArray commandName(const Command &command)
{
    if (command.chunks.isEmpty())
        return {};
    const QList<QByteArray> words = command.chunks.constFirst().trimmed().split(' ');
    if (words.size() < 2)
        return {};
    QByteArray name = words.at(1).toUpper();
    if (name == "UID" && words.size() > 2)
        name += ' ' + words.at(2).toUpper();
    return name;
}

QString serverText(const StatusResponse &status)
{
    return QString::fromUtf8(status.text);
}

} // namespace

Connection::Connection(const AccountConfig &config, Transport *transport, QObject *parent)
    : Connection(config, transport, Clock::system(), parent)
{ }

Connection::Connection(const AccountConfig &config, Transport *transport, Clock *clock,
                       QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_transport(transport)
    , m_timer(clock->createTimer(this))
{
    m_transport->setParent(nullptr);
    m_timer->setObjectName(u"connectionTimeout"_s);
    m_timer->setSingleShot(true);
    connect(m_timer, &Timer::timeout, this, &Connection::onTimeout);
    connect(m_transport.get(), &Transport::connected, this, &Connection::onConnected);
    connect(m_transport.get(), &Transport::encrypted, this, &Connection::onEncrypted);
    connect(m_transport.get(), &Transport::readyRead, this, &Connection::onReadyRead);
    connect(m_transport.get(), &Transport::disconnected, this, &Connection::onDisconnected);
    connect(m_transport.get(), &Transport::errorOccurred, this, [this](const ImapError &error) {
        if (m_state == State::LoggingOut)
            finishLogout();
        else
            fail(error);
    });
}

Connection::~Connection()
{
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
    }
}

void Connection::setPassword(const QString &password)
{
    m_password = password;
}

void Connection::setTokenProvider(TokenProvider *provider)
{
    m_tokenProvider = provider;
}

bool Connection::hasCapability(QByteArrayView name) const
{
    return contains(m_capabilities, name);
}

DeflateStream::Counters Connection::compressionCounters() const
{
    return m_deflate ? m_deflate->counters() : DeflateStream::Counters {};
}

void Connection::open()
{
    if (m_state != State::NotStarted)
        return;
    setState(State::Connecting);
    m_timer->start(m_config.greetingTimeoutMs);
    m_transport->connectToHost(m_config);
}

// ---- state and failure ----------------------------------------------------------------------

void Connection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Connection::fail(const ImapError &error)
{
    if (isFinal())
        return;
    m_error = error;
    m_password.clear();
    m_sasl.reset();
    m_timer->stop();
    setState(State::Failed);
    m_transport->close();
    cancelPending(error);
    Q_EMIT failed(error);
}

void Connection::failProtocol(const QString &reason, qint64 offset, const QByteArray &detail)
{
    ImapError error =
        ImapError::make(ErrorKind::ProtocolError,
                        u"The server sent something Mailbell cannot understand"_s, reason);
    if (!detail.isEmpty()) {
        error.detail += u": "_s
            + QString::fromLatin1(ResponseExcerpt::text(detail, ImapError::maxExcerptBytes));
    }
    if (!m_currentUnit.isEmpty()) {
        // The response being handled (already "+ ***" for a SASL challenge).
        error.responseKind = ResponseExcerpt::kind(m_currentUnit);
        error.excerpt = ResponseExcerpt::text(m_currentUnit, ImapError::maxExcerptBytes);
        error.message =
            u"The server sent a response Mailbell cannot understand (%1)"_s.arg(error.responseKind);
    }
    error.offset = offset;
    fail(error);
}

void Connection::finishLogout()
{
    if (isFinal())
        return;
    m_timer->stop();
    m_password.clear();
    setState(State::LoggedOut);
    m_transport->close();
    cancelPending(ImapError::make(ErrorKind::Cancelled, u"The connection was closed"_s));
    Q_EMIT loggedOut();
}

void Connection::cancelPending(const ImapError &error)
{
    std::list<Pending> pending;
    pending.swap(m_pending);
    m_idleContinued = false;
    for (Pending &p : pending) {
        if (p.done) {
            Reply reply;
            reply.tag = p.command.tag;
            reply.untagged = std::move(p.untagged);
            reply.error = error;
            p.done(reply);
        }
    }
}

void Connection::abort()
{
    if (m_state == State::NotStarted) {
        setState(State::LoggedOut);
        Q_EMIT loggedOut();
        return;
    }
    finishLogout();
}

void Connection::logout()
{
    if (isFinal() || m_state == State::LoggingOut)
        return;
    if (!isUsable()) {
        finishLogout();
        return;
    }
    stopIdle();
    setState(State::LoggingOut);
    enqueue(m_builder.logout(), Role::Logout, {});
}

// ---- transport events -----------------------------------------------------------------------

void Connection::onConnected()
{
    if (m_state != State::Connecting)
        return;
    setState(m_config.security == AccountConfig::Security::Tls ? State::TlsHandshake
                                                               : State::Greeting);
}

void Connection::onEncrypted()
{
    if (m_state == State::Connecting || m_state == State::TlsHandshake) {
        m_tlsActive = true;
        setState(State::Greeting);
        return;
    }
    if (m_state == State::StartTls && m_tlsHandshakeAfterStartTls) {
        // RFC 9051 6.2.1: forget what the server said before TLS and ask again.
        m_tlsHandshakeAfterStartTls = false;
        m_tlsActive = true;
        setCapabilities({});
        m_capabilitiesKnown = false;
        setState(State::Capability);
        m_timer->stop(); // the handshake was the server's answer; CAPABILITY's wait starts now
        enqueue(m_builder.capability(), Role::Capability, {});
    }
}

void Connection::onDisconnected()
{
    if (isFinal())
        return;
    if (m_state == State::LoggingOut) {
        finishLogout();
        return;
    }
    fail(ImapError::make(ErrorKind::NetworkError, u"The server closed the connection"_s));
}

void Connection::onTimeout()
{
    if (m_state == State::LoggingOut) {
        finishLogout();
        return;
    }
    const bool greeting = m_state == State::Connecting || m_state == State::TlsHandshake
        || m_state == State::Greeting;
    const int ms = greeting ? m_config.greetingTimeoutMs : m_config.commandTimeoutMs;
    fail(ImapError::make(ErrorKind::Timeout,
                         greeting ? u"The server did not greet within %1 ms"_s.arg(ms)
                                  : u"The server did not answer within %1 ms"_s.arg(ms)));
}

void Connection::onReadyRead()
{
    const QByteArray bytes = m_transport->readAll();
    if (isFinal() || bytes.isEmpty())
        return;
    if (m_tlsHandshakeAfterStartTls) {
        // CVE-2020-14954 class: plaintext that arrives after the STARTTLS OK and before the
        // handshake could be injected by an attacker; nothing of it may be parsed.
        failProtocol(u"the server sent data between the STARTTLS response and the TLS "
                     u"handshake (possible response injection)"_s);
        return;
    }
    if (m_state == State::Connecting || m_state == State::TlsHandshake) {
        failProtocol(u"data before the connection was ready"_s);
        return;
    }
    if (m_deflate)
        receiveCompressed(bytes);
    else
        receivePlain(bytes);
    if (!isFinal())
        updateTimer(true);
}

// While COMPRESS waits for its answer the bytes go to the framer a line at a time: the server
// compresses everything after the CRLF of its tagged OK (RFC 4978 3), in the same read or not.
void Connection::receivePlain(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        qsizetype take = bytes.size();
        if (compressionPending()) {
            const qsizetype lineEnd = bytes.indexOf('\n');
            if (lineEnd >= 0)
                take = lineEnd + 1;
        }
        m_framer.feed(bytes.first(take));
        bytes = bytes.sliced(take);
        if (!handleFramed())
            return;
        if (m_deflate) {
            receiveCompressed(bytes);
            return;
        }
    }
}

// Inflated a chunk at a time, each framed and handled before the next: a small input that
// expands without end meets the framer's limits after at most one chunk more than they allow.
void Connection::receiveCompressed(QByteArrayView wire)
{
    m_deflate->feed(wire);
    for (;;) {
        DeflateStream::InflateResult inflated = m_deflate->inflateNext();
        if (const auto *error = std::get_if<DeflateStream::InflateError>(&inflated)) {
            failProtocol(error->reason);
            return;
        }
        const QByteArray &plain = std::get<QByteArray>(inflated);
        if (plain.isEmpty())
            return;
        m_framer.feed(plain);
        if (!handleFramed())
            return;
    }
}

// Handles every complete response the framer holds; false once the connection cannot go on
// reading (failed, or waiting for the STARTTLS handshake).
bool Connection::handleFramed()
{
    while (!isFinal() && !m_tlsHandshakeAfterStartTls) {
        FramerResult result = m_framer.next();
        if (std::holds_alternative<NeedMoreData>(result))
            return true;
        if (const auto *error = std::get_if<FramingError>(&result)) {
            // Say what could not be framed as a parse error does: the start of that response,
            // a SASL challenge redacted as below.
            const bool redact =
                m_state == State::Authenticating && error->responseStart.startsWith('+');
            m_currentUnit = redact ? QByteArray("+ ***\r\n") : error->responseStart;
            failProtocol(error->reason, error->offset);
            return false;
        }
        const ResponseUnit &unit = std::get<ResponseUnit>(result);
        const bool redact = m_state == State::Authenticating && unit.bytes.startsWith('+');
        m_currentUnit = redact ? QByteArray("+ ***\r\n") : unit.bytes;
        Q_EMIT wireLine(Direction::Received, m_currentUnit);
        ParseResult parsed = ResponseParser::parse(unit);
        if (const auto *error = std::get_if<ParseError>(&parsed)) {
            failProtocol(error->reason, unit.streamOffset + error->offset);
            return false;
        }
        handle(std::get<Response>(parsed));
        m_currentUnit.clear();
    }
    return false;
}

// ---- responses ------------------------------------------------------------------------------

void Connection::handle(const Response &response)
{
    if (m_state == State::Greeting) {
        handleGreeting(response);
        return;
    }
    if (const auto *continuation = std::get_if<ContinuationRequest>(&response)) {
        handleContinuation(*continuation);
        return;
    }
    if (const auto *status = std::get_if<StatusResponse>(&response); status && status->isTagged()) {
        handleTagged(*status);
        return;
    }
    handleUntagged(response);
}

void Connection::handleGreeting(const Response &response)
{
    const auto *status = std::get_if<StatusResponse>(&response);
    if (!status || status->isTagged()) {
        failProtocol(u"expected a greeting (RFC 9051 7.1)"_s);
        return;
    }
    switch (status->status) {
    case StatusKind::Bye:
        fail(ImapError::make(ErrorKind::ServerBye, u"The server refused the session"_s,
                             serverText(*status)));
        return;
    case StatusKind::No:
    case StatusKind::Bad:
        failProtocol(u"greeting is not OK, PREAUTH or BYE"_s);
        return;
    case StatusKind::PreAuth:
        if (m_config.security == AccountConfig::Security::StartTls && !m_tlsActive) {
            // CVE-2014-2567 class: PREAUTH skips the STARTTLS we must have.
            fail(ImapError::make(ErrorKind::StartTlsUnavailable,
                                 u"The server skipped STARTTLS (PREAUTH greeting)"_s));
            return;
        }
        break;
    case StatusKind::Ok:
        break;
    }
    m_timer->stop();
    if (status->code.kind == ResponseCodeKind::Capability) {
        setCapabilities(status->code.atoms);
        m_capabilitiesKnown = true;
    }
    if (status->status == StatusKind::PreAuth) {
        setState(State::Authenticated);
        afterLogin();
        return;
    }
    setState(State::Capability);
    proceed();
}

void Connection::handleUntagged(const Response &response)
{
    if (const auto *status = std::get_if<StatusResponse>(&response)) {
        if (status->status == StatusKind::Bye) {
            if (m_state == State::LoggingOut)
                return;
            fail(ImapError::make(ErrorKind::ServerBye, u"The server ended the session"_s,
                                 serverText(*status)));
            return;
        }
        if (status->code.kind == ResponseCodeKind::Capability)
            setCapabilities(status->code.atoms);
    } else if (const auto *capability = std::get_if<CapabilityResponse>(&response)) {
        setCapabilities(capability->capabilities);
    }
    // Sinks run after the loop: one may end the connection and so empty m_pending.
    QVarLengthArray<std::shared_ptr<const UntaggedSink>, 2> sinks;
    for (Pending &pending : m_pending) {
        if (pending.chunksSent == 0 || pending.role == Role::Idle)
            continue;
        if (pending.sink)
            sinks.append(pending.sink);
        else
            pending.untagged.append(response);
    }
    for (const auto &sink : sinks)
        (*sink)(response);
    if (isUsable() || m_state == State::LoggingOut)
        Q_EMIT untaggedResponse(response);
}

void Connection::handleContinuation(const ContinuationRequest &continuation)
{
    // At most one written command can wait for "+": pump() writes nothing after it.
    for (Pending &pending : m_pending) {
        if (pending.chunksSent == 0)
            break;
        if (pending.chunksSent < pending.command.chunks.size()) {
            writeLine(pending.command.chunks.at(pending.chunksSent), {});
            ++pending.chunksSent;
            pump();
            return;
        }
        if (pending.role == Role::Authenticate && m_sasl) {
            const Sasl::Step step = m_sasl->respond(continuation.text);
            const Command answer = step.cancel ? CommandBuilder::saslCancel()
                                               : CommandBuilder::saslResponse(step.response);
            writeLine(answer.chunks.constFirst(), answer.redacted);
            return;
        }
        if (pending.role == Role::Idle && !m_idleContinued) {
            m_idleContinued = true;
            Q_EMIT idleStarted();
            if (m_idleDoneWanted && !isFinal())
                writeIdleDone();
            return;
        }
    }
    failProtocol(u"unexpected continuation request"_s);
}

void Connection::handleTagged(const StatusResponse &status)
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->chunksSent > 0 && it->command.tag == status.tag) {
            Pending pending = std::move(*it);
            m_pending.erase(it);
            complete(std::move(pending), status);
            if (!isFinal())
                pump();
            return;
        }
    }
    // A completion for a tag we did not send (or did not send yet) is forged or confused.
    failProtocol(u"completion for an unknown tag"_s, -1, status.tag);
}

void Connection::complete(Pending pending, const StatusResponse &status)
{
    const bool ok = status.status == StatusKind::Ok;
    switch (pending.role) {
    case Role::Capability:
        if (!ok) {
            failProtocol(u"CAPABILITY failed"_s, -1, status.text);
            return;
        }
        m_capabilitiesKnown = true;
        if (isUsable())
            afterLogin();
        else
            proceed();
        return;
    case Role::StartTls:
        if (!ok) {
            fail(ImapError::make(ErrorKind::StartTlsUnavailable, u"The server refused STARTTLS"_s,
                                 serverText(status)));
            return;
        }
        startTlsAccepted();
        return;
    case Role::Login:
    case Role::Authenticate:
        if (!ok) {
            QString detail = serverText(status);
            if (m_sasl && !m_sasl->serverError().isEmpty())
                detail += u" ("_s + m_sasl->serverError() + u')';
            m_sasl.reset();
            fail(ImapError::make(ErrorKind::AuthFailed,
                                 u"The server rejected the login for %1"_s.arg(m_config.user),
                                 detail));
            return;
        }
        m_sasl.reset();
        loggedIn(pending, status);
        return;
    case Role::Compress:
        // RFC 4978 3: after the OK both sides compress, starting with the next byte; after NO
        // (also [COMPRESSIONACTIVE]: TLS compresses already) or BAD neither does.
        m_compressDone = true;
        if (ok)
            m_deflate.emplace();
        afterLogin();
        return;
    case Role::Enable:
        for (const Response &response : pending.untagged) {
            if (const auto *enabled = std::get_if<EnabledResponse>(&response))
                m_enabled.append(enabled->capabilities);
        }
        if (contains(m_enabled, "UTF8=ACCEPT")) {
            CommandOptions options = m_builder.options();
            options.utf8Accepted = true;
            m_builder.setOptions(options);
        }
        m_enableDone = true;
        afterLogin();
        return;
    case Role::Id:
        m_idDone = true;
        afterLogin();
        return;
    case Role::Logout:
        finishLogout();
        return;
    case Role::Idle:
        m_idleContinued = false;
        m_idleDoneWanted = false;
        m_idleDoneSent = false;
        break;
    case Role::User:
        // RFC 9051 6.3.2: a failed SELECT / EXAMINE leaves no mailbox selected.
        if (pending.name == "SELECT" || pending.name == "EXAMINE")
            setState(ok ? State::Selected : State::Authenticated);
        else if ((pending.name == "CLOSE" || pending.name == "UNSELECT") && ok)
            setState(State::Authenticated);
        break;
    }
    if (pending.done) {
        Reply reply;
        reply.tag = pending.command.tag;
        reply.completion = status;
        reply.untagged = std::move(pending.untagged);
        pending.done(reply);
    }
}

// ---- the login sequence ---------------------------------------------------------------------

void Connection::proceed()
{
    if (!m_capabilitiesKnown) {
        enqueue(m_builder.capability(), Role::Capability, {});
        return;
    }
    if (m_config.security == AccountConfig::Security::StartTls && !m_tlsActive) {
        if (!hasCapability("STARTTLS")) {
            fail(ImapError::make(ErrorKind::StartTlsUnavailable,
                                 u"The server does not offer STARTTLS"_s));
            return;
        }
        setState(State::StartTls);
        enqueue(m_builder.startTls(), Role::StartTls, {});
        return;
    }
    authenticate();
}

void Connection::startTlsAccepted()
{
    // RFC 2595 3.1 / CVE-2020-14954: the OK must be the last plaintext byte.
    if (m_framer.bufferedBytes() > 0 || m_transport->bytesAvailable() > 0) {
        failProtocol(u"the server sent data after the STARTTLS response (possible response "
                     u"injection)"_s);
        return;
    }
    m_framer = ResponseFramer();
    m_tlsHandshakeAfterStartTls = true;
    m_transport->startTls();
}

void Connection::authenticate()
{
    const auto choice = Sasl::choose(m_capabilities, m_config.authMethod);
    if (const auto *error = std::get_if<ImapError>(&choice)) {
        fail(*error);
        return;
    }
    const Sasl::Plan plan = std::get<Sasl::Plan>(choice);
    setState(State::Authenticating);
    if (m_config.authMethod == AccountConfig::AuthMethod::Password) {
        if (m_password.isEmpty()) {
            fail(ImapError::make(ErrorKind::AuthUnavailable, u"No password is available"_s));
            return;
        }
        const QByteArray password = m_password.toUtf8();
        authenticateWith(plan, password);
        return;
    }
    if (!m_tokenProvider) {
        fail(ImapError::make(ErrorKind::AuthUnavailable, u"No OAuth token is available"_s));
        return;
    }
    QPointer<Connection> self(this);
    m_tokenProvider->requestToken(
        m_config.user, [self, plan](std::optional<QByteArray> token, QString error) {
            if (!self || self->m_state != State::Authenticating)
                return;
            if (!token || token->isEmpty()) {
                self->fail(ImapError::make(ErrorKind::AuthUnavailable,
                                           u"No OAuth token is available"_s, error));
                return;
            }
            self->authenticateWith(plan, *token);
        });
}

void Connection::authenticateWith(const Sasl::Plan &plan, const QByteArray &secret)
{
    m_password.clear();
    if (plan.loginCommand) {
        const CommandResult login = m_builder.login(m_config.user, QString::fromUtf8(secret));
        if (const auto *error = std::get_if<CommandError>(&login)) {
            fail(ImapError::make(ErrorKind::AuthUnavailable,
                                 u"The user name or password cannot be sent"_s, error->reason));
            return;
        }
        enqueue(login, Role::Login, {});
        return;
    }
    m_sasl.emplace(plan.mechanism, m_config.user, secret, m_config.host, m_config.port);
    if (plan.initialResponse) {
        m_sasl->markInitialResponseSent();
        enqueue(m_builder.authenticate(m_sasl->mechanismName(), m_sasl->initialResponse()),
                Role::Authenticate, {});
    } else {
        enqueue(m_builder.authenticate(m_sasl->mechanismName()), Role::Authenticate, {});
    }
}

void Connection::loggedIn(const Pending &pending, const StatusResponse &status)
{
    bool fresh = false;
    if (status.code.kind == ResponseCodeKind::Capability) {
        setCapabilities(status.code.atoms);
        fresh = true;
    }
    for (const Response &response : pending.untagged)
        fresh = fresh || std::holds_alternative<CapabilityResponse>(response);
    // RFC 9051 6.2.2: capabilities may change after login; without fresh ones, ask.
    m_capabilitiesKnown = fresh;
    setState(State::Authenticated);
    afterLogin();
}

void Connection::afterLogin()
{
    if (!m_capabilitiesKnown) {
        enqueue(m_builder.capability(), Role::Capability, {});
        return;
    }
    // First, so that what follows (ENABLE's and ID's answers too) is compressed.
    if (!m_compressDone) {
        m_compressDone = true;
        if (wantsCompression()) {
            m_compressDone = false;
            enqueue(m_builder.compressDeflate(), Role::Compress, {});
            return;
        }
    }
    if (!m_enableDone) {
        m_enableDone = true;
        QList<QByteArray> wanted;
        for (const char *name : {"CONDSTORE", "QRESYNC", "UTF8=ACCEPT"}) {
            if (hasCapability(name))
                wanted.append(name);
        }
        if (!wanted.isEmpty() && (hasCapability("ENABLE") || hasCapability("IMAP4rev2"))) {
            m_enableDone = false;
            enqueue(m_builder.enable(wanted), Role::Enable, {});
            return;
        }
    }
    if (!m_idDone) {
        m_idDone = true;
        if (m_config.sendId && hasCapability("ID")) {
            m_idDone = false;
            enqueue(m_builder.id(CommandBuilder::IdFields {{"name", "Mailbell"}}), Role::Id, {});
            return;
        }
    }
    Q_EMIT ready();
}

// Only logged in and over TLS: compressing before TLS would leave the STARTTLS step behind a
// stream the handshake cannot follow, and a plaintext session stays readable on the wire for
// debugging (the user chose no protection there anyway).
bool Connection::wantsCompression() const
{
    return m_config.compress && isUsable() && m_tlsActive && !m_deflate
        && hasCapability("COMPRESS=DEFLATE");
}

bool Connection::compressionPending() const
{
    for (const Pending &pending : m_pending) {
        if (pending.role == Role::Compress && pending.chunksSent > 0)
            return true;
    }
    return false;
}

// ---- sending --------------------------------------------------------------------------------

QByteArray Connection::send(const CommandResult &command, Completion done)
{
    return send(command, std::move(done), {});
}

QByteArray Connection::send(const CommandResult &command, Completion done, UntaggedSink sink)
{
    ImapError error;
    if (const auto *commandError = std::get_if<CommandError>(&command))
        error = ImapError::make(ErrorKind::Cancelled, u"The command could not be built"_s,
                                commandError->reason);
    else if (!isUsable())
        error = ImapError::make(ErrorKind::Cancelled, u"The connection is not logged in"_s);
    if (error.isError()) {
        if (done) {
            QTimer::singleShot(0, this, [done, error] {
                Reply reply;
                reply.error = error;
                done(reply);
            });
        }
        return {};
    }
    return enqueue(command, Role::User, std::move(done), std::move(sink));
}

QByteArray Connection::startIdle(Completion done)
{
    for (const Pending &pending : m_pending) {
        if (pending.role == Role::Idle)
            return {};
    }
    if (!isUsable())
        return send(CommandError {u"not logged in"_s}, std::move(done));
    m_idleContinued = false;
    m_idleDoneWanted = false;
    m_idleDoneSent = false;
    return enqueue(m_builder.idle(), Role::Idle, std::move(done));
}

void Connection::stopIdle()
{
    for (const Pending &pending : m_pending) {
        if (pending.role != Role::Idle)
            continue;
        m_idleDoneWanted = true;
        if (m_idleContinued && !m_idleDoneSent)
            writeIdleDone();
        return;
    }
}

void Connection::writeIdleDone()
{
    m_idleDoneSent = true;
    const Command done = CommandBuilder::idleDone();
    writeLine(done.chunks.constFirst(), done.redacted);
    updateTimer(false);
}

QByteArray Connection::enqueue(const CommandResult &command, Role role, Completion done,
                               UntaggedSink sink)
{
    if (const auto *error = std::get_if<CommandError>(&command)) {
        failProtocol(u"internal command could not be built: "_s + error->reason);
        return {};
    }
    Pending pending;
    pending.command = std::get<Command>(command);
    pending.role = role;
    pending.done = std::move(done);
    if (sink)
        pending.sink = std::make_shared<const UntaggedSink>(std::move(sink));
    pending.name = commandName(pending.command);
    const QByteArray tag = pending.command.tag;
    m_pending.push_back(std::move(pending));
    pump();
    return tag;
}

// Writes queued commands in order. Nothing is written after a command that waits for "+"
// (literal, AUTHENTICATE, IDLE) or after STARTTLS or COMPRESS until it completes (RFC 4978 3:
// the client sends nothing until it has seen COMPRESS's result); these exclusive commands wait
// for everything before them.
void Connection::pump()
{
    if (isFinal() || m_tlsHandshakeAfterStartTls)
        return;
    bool inFlight = false;
    for (Pending &pending : m_pending) {
        const bool exclusive = pending.role == Role::StartTls || pending.role == Role::Idle
            || pending.role == Role::Authenticate || pending.role == Role::Login
            || pending.role == Role::Compress;
        if (pending.chunksSent > 0) {
            if (exclusive || pending.chunksSent < pending.command.chunks.size())
                return;
            inFlight = true;
            continue;
        }
        if (exclusive && inFlight)
            return;
        writeLine(pending.command.chunks.constFirst(), pending.command.redacted);
        pending.chunksSent = 1;
        if (isFinal())
            return;
        if (exclusive || pending.command.chunks.size() > 1)
            break;
        inFlight = true;
    }
    updateTimer(false);
}

// Each write is flushed through the compressor on its own (RFC 4978 4: at least at the end of
// each command), so the server never waits for bytes we hold.
void Connection::writeLine(const QByteArray &bytes, const QByteArray &logged)
{
    if (!logged.isEmpty())
        Q_EMIT wireLine(Direction::Sent, logged);
    if (m_deflate)
        m_transport->write(m_deflate->deflate(bytes));
    else
        m_transport->write(bytes);
}

void Connection::setCapabilities(const QList<QByteArray> &capabilities)
{
    m_capabilities = capabilities;
    CommandOptions options = m_builder.options();
    if (hasCapability("LITERAL+"))
        options.literals = LiteralMode::LiteralPlus;
    else if (hasCapability("LITERAL-") || hasCapability("IMAP4rev2"))
        options.literals = LiteralMode::LiteralMinus;
    else
        options.literals = LiteralMode::Synchronizing;
    m_builder.setOptions(options);
    Q_EMIT capabilitiesChanged();
}

// The greeting timer runs until the greeting; then the command timer runs while any command
// waits for the server (an IDLE that got its "+" and no DONE yet is not waiting). It measures
// the server's silence: bytes from the server restart it, a command sent while another one
// already waits does not (the silent server gets no extra time from our own writes).
void Connection::updateTimer(bool heardFromServer)
{
    if (isFinal())
        return;
    if (m_state == State::Connecting || m_state == State::TlsHandshake
        || m_state == State::Greeting)
        return;
    bool waiting = m_tlsHandshakeAfterStartTls;
    for (const Pending &pending : m_pending) {
        if (pending.chunksSent == 0)
            continue;
        if (pending.role == Role::Idle && m_idleContinued && !m_idleDoneSent)
            continue;
        waiting = true;
    }
    if (!waiting)
        m_timer->stop();
    else if (heardFromServer || !m_timer->isActive())
        m_timer->start(m_config.commandTimeoutMs);
}

} // namespace ImapCore
