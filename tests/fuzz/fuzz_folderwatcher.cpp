// libFuzzer target: the engine's folder state machine (Connection + FolderWatcher + MailboxState +
// SummaryFetcher) over the in-memory FakeTransport, with time on a ManualClock.
// Input layout: byte 0 picks the server (capabilities, quiet delay, first run or a stored
// watermark); a scripted login, SELECT and initial sync then bring the watcher to IDLE (or to NOOP
// polling without IDLE). The rest of the input is the server's byte stream from then on, cut into
// chunks at the separator 0xFF 0xFE; the byte after each separator moves the clock (IDLE renewal,
// polling, the silence round, command timeouts) and may ask for a user command or a hang-up. The
// text "TAG" in a chunk becomes the tag of the client's latest command, so the fuzzer can complete
// commands whose tags it cannot know.
// Invariants (abort on violation): no crash, no sanitizer report, no Q_ASSERT; the mailbox state
// is internally consistent after every chunk and at the end (stored slots <= EXISTS, unseen <=
// EXISTS, UIDs and sequence numbers agree, memory within the named limit).
// Speed: the scripted prefix runs once per server profile (32 sessions, built before the first
// input); after each input the session is put back to its state right after the prefix: every
// member of Connection, FolderWatcher and MailboxState that can change (fuzzsessionsnapshot.h),
// the clock's time and timers, the transport, the SeenStore and the line reader. Each input thus
// starts where it would on a new session; check-determinism.sh (a ctest) proves it on the corpus.
// FUZZ_FOLDERWATCHER_FRESH=1 builds a new session per input instead (the old way, the reference).
// Measured under the asan-ubsan preset (December 2026, on a shared 2-core machine at load 8-10,
// so wall times are inflated; CPU times are steadier):
// - libFuzzer -runs=5000 on a one-byte input: 14-30 us an input (the input 8-14, the restore
//   7-16), against 380 us of CPU (build 610, input 6-10, teardown 36-50 us of wall time) with a
//   new session per input, as before: setup 44, login 64, SELECT + initial sync + IDLE 226,
//   teardown 21 us on a quiet machine, a third of it ASan's allocator.
// - Fuzzing 60 s as scripts/run-fuzzers.sh does, three runs, old and new back to back: 1,264-1,790
//   exec/s (2,560-4,410 inputs per CPU second) against 485-636 exec/s (985-1,530) before.
// What is left is mostly not the harness: libFuzzer's per-run feature bookkeeping (entropic's
// rare-feature scan, about a fifth of the time), the engine's own work on the input and ASan's
// allocator. Inputs that announce a huge EXISTS and then touch a far slot (the
// regression-uid-far-* seed) take 350 ms: the engine and checkMailbox() walk 1.6 million slots.
#include "engine/connection.h"
#include "engine/folderwatcher.h"
#include "engine/mailboxstate.h"
#include "engine/seenstore.h"
#include "faketransport.h"
#include "fuzzsessionsnapshot.h"
#include "manualclock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHashFunctions>
#include <QList>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void violated(const char *what)
{
    std::fprintf(stderr, "fuzz_folderwatcher: invariant violated: %s\n", what);
    std::abort();
}

constexpr QByteArrayView kSeparator("\xff\xfe", 2);
constexpr int kMaxChunks = 64;
constexpr quint32 kValidity = 1700000000;

// Clock moves between chunks: quiet delay, refetch delays, NOOP poll (2 min), command timeout
// (120 s), IDLE silence (150 s), Gmail renewal (9 min), IDLE renewal (29 min).
constexpr qint64 kAdvances[] = {0, 100, 2'000, 60'000, 120'000, 150'000, 9 * 60'000, 29 * 60'000};

const char *const kCapabilities[] = {
    "IMAP4rev1 IDLE UIDPLUS",
    "IMAP4rev1 IDLE UIDPLUS CONDSTORE",
    "IMAP4rev1 IDLE UIDPLUS ENABLE CONDSTORE QRESYNC",
    "IMAP4rev1 UIDPLUS", // no IDLE: NOOP polling
    "IMAP4rev1 IDLE X-GM-EXT-1 PREVIEW MOVE",
    "IMAP4rev1 IDLE LITERAL+ SPECIAL-USE",
    "IMAP4rev1 IDLE ENABLE CONDSTORE QRESYNC PREVIEW",
    "IMAP4rev1",
};

AccountConfig config()
{
    AccountConfig c;
    c.host = u"imap.example.org"_s;
    c.security = AccountConfig::Security::Tls;
    c.port = 993;
    c.user = u"alice"_s;
    return c;
}

void discardMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "fatal: %s\n", qPrintable(message));
        std::abort();
    }
}

// The client's side of the dialog, line by line.
class ClientLines
{
public:
    explicit ClientLines(FakeTransport *transport)
        : m_transport(transport)
    { }

    // Complete lines written since the last call.
    QList<QByteArray> take()
    {
        QList<QByteArray> lines;
        const QByteArray written = m_transport->written();
        for (;;) {
            const qsizetype end = written.indexOf("\r\n", m_read);
            if (end < 0)
                break;
            QByteArray line = written.mid(m_read, end - m_read);
            m_read = end + 2;
            const qsizetype space = line.indexOf(' ');
            if (space > 0 && line != "DONE")
                m_lastTag = line.first(space);
            lines.append(std::move(line));
        }
        return lines;
    }

    const QByteArray &lastTag() const { return m_lastTag; }

private:
    FakeTransport *m_transport;
    qsizetype m_read = 0;
    QByteArray m_lastTag;
};

// A well-behaved server up to IDLE (or the first poll): answers each command by its verb.
// Returns true when the watcher is watching.
bool scriptedPrefix(FakeTransport *transport, ClientLines &client, const QByteArray &caps,
                    bool condstore)
{
    for (int round = 0; round < 16; ++round) {
        const QList<QByteArray> lines = client.take();
        if (lines.isEmpty())
            return false;
        QByteArray reply;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> words = line.split(' ');
            if (words.size() < 2)
                continue;
            const QByteArray &tag = words[0];
            QByteArray verb = words[1].toUpper();
            if (verb == "UID" && words.size() > 2)
                verb += ' ' + words[2].toUpper();
            if (verb == "AUTHENTICATE" || verb == "LOGIN") {
                reply += tag + " OK [CAPABILITY " + caps + "] Logged in\r\n";
            } else if (verb == "ENABLE") {
                reply += "* ENABLED " + line.mid(tag.size() + 8) + "\r\n" + tag + " OK\r\n";
            } else if (verb == "SELECT" || verb == "EXAMINE") {
                reply += "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded)\r\n"
                         "* 2 EXISTS\r\n"
                         "* OK [UIDVALIDITY 1700000000] UIDs valid\r\n"
                         "* OK [UIDNEXT 12] Predicted next UID\r\n";
                if (condstore)
                    reply += "* OK [HIGHESTMODSEQ 100] Highest\r\n";
                reply += tag + " OK [READ-WRITE] Select completed\r\n";
            } else if (verb == "UID FETCH") {
                if (condstore)
                    reply += "* 1 FETCH (UID 10 FLAGS (\\Seen) MODSEQ (90))\r\n"
                             "* 2 FETCH (UID 11 FLAGS () MODSEQ (95))\r\n";
                else
                    reply += "* 1 FETCH (UID 10 FLAGS (\\Seen))\r\n"
                             "* 2 FETCH (FLAGS () UID 11)\r\n";
                reply += tag + " OK Fetch completed\r\n";
            } else if (verb == "IDLE") {
                transport->serverSend("+ idling\r\n");
                return true;
            } else if (verb == "NOOP") {
                reply += tag + " OK NOOP completed\r\n";
            } else {
                reply += tag + " OK done\r\n";
            }
        }
        transport->serverSend(reply);
    }
    return false;
}

void checkMailbox(const MailboxState &m)
{
    const QList<quint32> uids = m.knownUids();
    if (quint32(uids.size()) > m.exists())
        violated("more known UIDs than EXISTS");
    if (m.unstoredCount() > m.exists())
        violated("more stored slots than EXISTS");
    if (m.unseenCount() > m.exists())
        violated("unseenCount() > exists()");
    if (m.exists() > MailboxState::maxStoredMessages)
        violated("EXISTS beyond the named limit");
    if (m.unknownUidCount() > m.exists())
        violated("unknownUidCount() > exists()");
    quint32 highest = 0;
    for (const quint32 uid : uids)
        highest = qMax(highest, uid);
    if (highest != m.highestKnownUid())
        violated("highestKnownUid() is not the highest known UID");
    const quint32 stored = m.exists() - m.unstoredCount();
    // The unseen count, kept as flags change, equals a walk over the slots (small folders only:
    // the slow seeds hold over a million slots).
    if (stored <= 4096) {
        quint32 unseen = 0;
        for (quint32 seq = 1; seq <= stored; ++seq) {
            const auto flags = m.flagsAt(seq);
            unseen +=
                flags && !flags->has(MessageFlags::Seen) && !flags->has(MessageFlags::Deleted);
        }
        if (unseen != m.unseenCount())
            violated("unseenCount() differs from a walk over the slots");
    }
    // Sequence numbers and UIDs agree both ways (bounded: the first and last slots).
    for (quint32 seq = 1; seq <= stored; ++seq) {
        if (seq > 64 && seq + 64 <= stored) {
            seq = stored - 64;
            continue;
        }
        const quint32 uid = m.uidAt(seq);
        if (uid != 0 && m.sequenceOf(uid) != seq)
            violated("sequenceOf(uidAt(n)) != n");
        if (uid != 0 && !m.flagsOf(uid) && m.flagsAt(seq))
            violated("flagsOf(uid) and flagsAt(seq) disagree");
    }
    if (m.uidAt(m.exists() + 1) != 0)
        violated("a UID beyond EXISTS");
    // Two vectors of 32-bit words per slot (current and previous snapshot), plus keywords.
    if (m.memoryBytes() > 16ull * MailboxState::maxStoredMessages + (16u << 20))
        violated("mailbox memory beyond the named limit");
}

// What an input did that anyone could observe: the signals the watcher emitted, the commands the
// client sent, and the state it was left in. Recorded only for the determinism check
// (FUZZ_FOLDERWATCHER_DIGEST), which compares it for the same input run in different orders.
QByteArray g_outcome;
bool g_recording = false;
// FUZZ_FOLDERWATCHER_LEAVE_BEHIND=n: the restore skips member n (see FuzzSessionState::restore),
// so the determinism check can show that it fails then.
int g_leaveBehind = -1;

void note(const char *what, std::initializer_list<QByteArray> fields = {})
{
    g_outcome += what;
    for (const QByteArray &field : fields)
        g_outcome += ' ' + field;
    g_outcome += '\n';
}

QByteArray number(quint64 n)
{
    return QByteArray::number(n);
}

QByteArray flagsText(const MessageFlags &flags)
{
    return '(' + flags.toImap().join(' ') + ')';
}

QByteArray errorText(const ImapError &error)
{
    return number(quint64(error.kind)) + ' ' + error.message.toUtf8() + " / "
        + error.detail.toUtf8();
}

QByteArray summariesText(const QList<MessageSummary> &summaries)
{
    QByteArray text;
    for (const MessageSummary &summary : summaries)
        text += number(summary.uid) + ':' + summary.subject.toUtf8() + ':'
            + summary.preview.toUtf8() + ' ';
    return text;
}

void recordSignals(FolderWatcher *watcher)
{
    QObject::connect(watcher, &FolderWatcher::ready, [] { note("ready"); });
    QObject::connect(
        watcher, &FolderWatcher::messagesArrived,
        [](const QList<MessageSummary> &list) { note("messagesArrived", {summariesText(list)}); });
    QObject::connect(watcher, &FolderWatcher::unseenBacklog, [](const QList<MessageSummary> &list) {
        note("unseenBacklog", {summariesText(list)});
    });
    QObject::connect(watcher, &FolderWatcher::countChanged,
                     [](quint32 count) { note("countChanged", {number(count)}); });
    QObject::connect(watcher, &FolderWatcher::messageExpunged, [](quint32 index, quint32 uid) {
        note("messageExpunged", {number(index), number(uid)});
    });
    QObject::connect(watcher, &FolderWatcher::flagsChanged,
                     [](quint32 uid, const MessageFlags &flags) {
                         note("flagsChanged", {number(uid), flagsText(flags)});
                     });
    QObject::connect(watcher, &FolderWatcher::uidValidityChanged, [](quint32 from, quint32 to) {
        note("uidValidityChanged", {number(from), number(to)});
    });
    QObject::connect(watcher, &FolderWatcher::summaryFetched, [](const MessageSummary &summary) {
        note("summaryFetched", {summariesText({summary})});
    });
    QObject::connect(watcher, &FolderWatcher::trashFolderFound,
                     [](const QString &trash) { note("trashFolderFound", {trash.toUtf8()}); });
    QObject::connect(watcher, &FolderWatcher::commandFailed,
                     [](quint32 uid, const ImapError &error) {
                         note("commandFailed", {number(uid), errorText(error)});
                     });
    QObject::connect(watcher, &FolderWatcher::failed,
                     [](const ImapError &error) { note("failed", {errorText(error)}); });
}

// The state an input left behind, for the digest.
void recordFinalState(const FolderWatcher &watcher, const Connection &connection,
                      const ManualClock &clock, const SeenStore &store)
{
    const MailboxState &m = watcher.mailbox();
    note("phase",
         {number(quint64(watcher.phase())), number(quint64(watcher.lastSyncMode())),
          number(watcher.queuedCommands()), number(watcher.highestModSeq())});
    note("connection", {number(quint64(connection.state())), errorText(connection.error())});
    note("mailbox",
         {number(m.exists()), number(m.uidValidity()), number(m.uidNext()), number(m.unseenCount()),
          number(m.highestModSeq())});
    for (const quint32 uid : m.knownUids())
        note("message", {number(uid), flagsText(m.flagsOf(uid).value_or(MessageFlags {}))});
    if (const auto record = store.record(u"acct"_s, u"INBOX"_s, m.uidValidity())) {
        QByteArray handled;
        for (const quint32 uid : record->handledAbove)
            handled += number(uid) + ',';
        note("store",
             {number(record->uidValidity), number(record->watermark), number(record->highestModSeq),
              handled});
    }
    for (const ManualClock::Armed &armed : clock.armedTimers())
        note("timer", {armed.name.toUtf8(), number(armed.dueInMs)});
}

// One server profile's session: logged in, selected, synchronized and idling (or polling), and
// the snapshot of all of it taken right then, which restore() puts back after each input.
struct Session
{
    ManualClock clock; // first: outlives the connection and the watcher
    SeenStore store;
    FakeTransport *transport = nullptr;
    std::unique_ptr<Connection> connection;
    std::unique_ptr<FolderWatcher> watcher;
    std::optional<ClientLines> client;
    qsizetype prefixWritten = 0; // what the client wrote during the prefix

    struct Saved
    {
        FuzzSessionState engine;
        ManualClock::Snapshot clock;
        FakeTransport::Snapshot transport;
        SeenStore store;
        ClientLines client;
    };
    std::optional<Saved> saved;

    explicit Session(uchar profile);
    ~Session()
    {
        watcher.reset();
        connection.reset();
        clock.settle(); // deleteLater of anything the engine dropped
    }
    // Back to the state right after the prefix, whatever the last input did.
    void restore();
};

Session::Session(uchar profile)
{
    const QByteArray caps = kCapabilities[profile % 8];
    const bool condstore = caps.contains("CONDSTORE");

    if (profile & 0x10) // a previous run announced up to UID 10: UID 11 is new
        store.initialize(u"acct"_s, u"INBOX"_s, kValidity, 10);
    transport = new FakeTransport;
    connection = std::make_unique<Connection>(config(), transport, &clock);
    connection->setPassword(u"s3cret"_s);
    client.emplace(transport);

    FolderWatcher::Options options;
    options.clock = &clock;
    if (!(profile & 0x08))
        options.quietDelayMs = 0;
    watcher = std::make_unique<FolderWatcher>(u"acct"_s, u"INBOX"_s, &store, options);
    if (g_recording)
        recordSignals(watcher.get());

    connection->open();
    transport->serverAccept();
    transport->serverSend("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\r\n");
    client->take();
    transport->serverSend(client->lastTag() + " OK [CAPABILITY " + caps + "] Logged in\r\n");
    clock.settle();
    watcher->start(connection.get());
    scriptedPrefix(transport, *client, caps, condstore);
    clock.settle();
    checkMailbox(watcher->mailbox());
    prefixWritten = transport->written().size();
}

void Session::restore()
{
    clock.settle(); // nothing posted may reach the next input
    if (!saved) {
        saved.emplace(Saved {FuzzSessionState::save(*connection, *watcher), clock.snapshot(),
                             transport->snapshot(), store, *client});
    }
    saved->engine.restore(*connection, *watcher, g_leaveBehind);
    transport->restore(saved->transport);
    store = saved->store;
    *client = saved->client;
    if (!clock.restore(saved->clock))
        violated("an input made or destroyed a timer: the session cannot be reused");
}

// FUZZ_FOLDERWATCHER_FRESH builds a new session for every input (the reference the determinism
// check compares against, and the old cost).
bool freshSessions()
{
    static const bool fresh = qEnvironmentVariableIsSet("FUZZ_FOLDERWATCHER_FRESH");
    return fresh;
}

// The reused session of each profile. All are built before the first input (so no input pays for
// one, and every input allocates as much as it frees, which libFuzzer's leak detection expects)
// and restored right away, so every input starts from a restored session.
std::array<std::unique_ptr<Session>, 32> &reusedSessions()
{
    static std::array<std::unique_ptr<Session>, 32> sessions;
    return sessions;
}

void buildSessions()
{
    for (uchar profile = 0; profile < reusedSessions().size(); ++profile) {
        std::unique_ptr<Session> &session = reusedSessions().at(profile);
        session = std::make_unique<Session>(profile);
        session->restore();
    }
}

void writeDigest(QByteArrayView input)
{
    static const QByteArray path = qgetenv("FUZZ_FOLDERWATCHER_DIGEST");
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::Append))
        violated("cannot write FUZZ_FOLDERWATCHER_DIGEST");
    file.write(QCryptographicHash::hash(input, QCryptographicHash::Sha1).toHex() + ' '
               + QCryptographicHash::hash(g_outcome, QCryptographicHash::Sha1).toHex() + '\n');
}

// FUZZ_FOLDERWATCHER_TIMING: the average time of each step of an input, printed at exit (for the
// figures in the header comment).
struct StepTimes
{
    enum Step { Build, Input, Restore, Teardown, Steps };
    std::array<std::chrono::nanoseconds, Steps> total {};
    std::array<qint64, Steps> count {};
    std::chrono::steady_clock::time_point started;
    bool on = false;

    void start() { started = std::chrono::steady_clock::now(); }
    void stop(Step step)
    {
        const auto now = std::chrono::steady_clock::now();
        total[step] += now - started;
        ++count[step];
        started = now;
    }
    ~StepTimes()
    {
        if (!on)
            return;
        const char *names[] = {"build", "input", "restore", "teardown"};
        for (int step = 0; step < Steps; ++step) {
            if (count[step])
                std::fprintf(stderr, "%-8s %7.1f us (%lld times)\n", names[step],
                             double(total[step].count()) / 1000.0 / double(count[step]),
                             static_cast<long long>(count[step]));
        }
    }
};
StepTimes g_times;

void run(QByteArrayView input)
{
    const QByteArrayView header = input.first(1);
    const QByteArrayView stream = input.sliced(1);
    // Byte 0: capabilities (bits 0-2), quiet delay (bit 3), a stored watermark (bit 4).
    const uchar profile = uchar(header[0]) & 0x1f;
    g_times.start();
    std::unique_ptr<Session> fresh;
    if (freshSessions()) {
        fresh = std::make_unique<Session>(profile);
        g_times.stop(StepTimes::Build);
    }
    Session &s = fresh ? *fresh : *reusedSessions().at(profile);
    ClientLines &client = *s.client;
    g_outcome.clear();

    qsizetype at = 0;
    for (int chunk = 0; chunk < kMaxChunks && at <= stream.size(); ++chunk) {
        qsizetype end = QByteArrayView(stream).sliced(at).indexOf(kSeparator);
        end = end < 0 ? stream.size() : at + end;
        QByteArray bytes = stream.sliced(at, end - at).toByteArray();
        client.take();
        if (!client.lastTag().isEmpty())
            bytes.replace("TAG", client.lastTag());
        if (!bytes.isEmpty())
            s.transport->serverSend(bytes);
        s.clock.settle();
        checkMailbox(s.watcher->mailbox());
        if (end >= stream.size())
            break;
        const uchar control = end + 2 < stream.size() ? uchar(stream[end + 2]) : 0;
        at = end + 3;
        const QList<quint32> uids = s.watcher->mailbox().knownUids();
        const quint32 uid = uids.isEmpty() ? 12 : uids.at((control >> 3) % uids.size());
        switch (control >> 3 & 7) {
        case 4:
            s.watcher->markSeen(uid);
            break;
        case 5:
            s.watcher->deleteMessage(uid);
            break;
        case 6:
            s.watcher->fetchSummary(uid);
            break;
        case 7:
            if (control & 0x80)
                s.transport->serverClose();
            break;
        default:
            break;
        }
        s.clock.advance(kAdvances[control % 8]);
        checkMailbox(s.watcher->mailbox());
    }

    const FolderWatcher::Phase phase = s.watcher->phase();
    if (phase == FolderWatcher::Phase::NotStarted)
        violated("the watcher did not start");
    if (qEnvironmentVariableIsSet("FUZZ_FOLDERWATCHER_TRACE")) // for writing seeds
        std::fprintf(stderr, "client wrote:\n%s\nphase %d, exists %u, known %d\n",
                     s.transport->written().constData(), int(phase), s.watcher->mailbox().exists(),
                     int(s.watcher->mailbox().knownUids().size()));
    g_times.stop(StepTimes::Input);
    if (g_recording) {
        s.clock.settle();
        note("client", {s.transport->written().sliced(s.prefixWritten)});
        recordFinalState(*s.watcher, *s.connection, s.clock, s.store);
        writeDigest(input);
    }
    g_times.start();
    if (fresh) {
        fresh.reset();
        g_times.stop(StepTimes::Teardown);
    } else {
        s.restore();
        g_times.stop(StepTimes::Restore);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 1;
    static char name[] = "fuzz_folderwatcher";
    static char *argv[] = {name, nullptr};
    // QHash iteration order must not depend on the process: a crash must reproduce in another.
    QHashSeed::setDeterministicGlobalSeed();
    static QCoreApplication app(argc, argv);
    qInstallMessageHandler(discardMessages);
    g_recording = qEnvironmentVariableIsSet("FUZZ_FOLDERWATCHER_DIGEST");
    g_times.on = qEnvironmentVariableIsSet("FUZZ_FOLDERWATCHER_TIMING");
    bool ok = false;
    g_leaveBehind = qEnvironmentVariableIntValue("FUZZ_FOLDERWATCHER_LEAVE_BEHIND", &ok);
    if (!ok)
        g_leaveBehind = -1;
    if (!freshSessions())
        buildSessions();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    run(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
