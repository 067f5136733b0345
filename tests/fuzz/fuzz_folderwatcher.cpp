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
// Speed: each input builds a whole session, so its floor is the scripted prefix, not the
// input. Measured under the asan-ubsan preset (December 2026, libFuzzer -runs=5000 on a one-byte
// input, i.e. without libFuzzer's feature bookkeeping): about 430 us an input, of which setup 44,
// login 64, SELECT + initial sync + IDLE 226, teardown 21 us; about a third of it is ASan's
// allocator (stack depot, quarantine, fresh pages), since the engine allocates per field.
// Fuzzing adds libFuzzer's per-run feature bookkeeping: 1,000-1,600 exec/s in all.
#include "engine/connection.h"
#include "engine/folderwatcher.h"
#include "engine/mailboxstate.h"
#include "engine/seenstore.h"
#include "faketransport.h"
#include "manualclock.h"

#include <QCoreApplication>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

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
    // Sequence numbers and UIDs agree both ways (bounded: the first and last slots).
    const quint32 stored = m.exists() - m.unstoredCount();
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

struct Session
{
    ManualClock clock; // first: outlives the connection and the watcher
    SeenStore store;
    FakeTransport *transport = nullptr;
    std::unique_ptr<Connection> connection;
    std::unique_ptr<FolderWatcher> watcher;
};

void run(QByteArrayView header, QByteArrayView stream)
{
    const uchar mode = header.isEmpty() ? 0 : uchar(header[0]);
    const QByteArray caps = kCapabilities[mode % 8];
    const bool condstore = caps.contains("CONDSTORE");

    Session s;
    if (mode & 0x10) // a previous run announced up to UID 10: UID 11 is new
        s.store.initialize(u"acct"_s, u"INBOX"_s, kValidity, 10);
    s.transport = new FakeTransport;
    s.connection = std::make_unique<Connection>(config(), s.transport, &s.clock);
    s.connection->setPassword(u"s3cret"_s);
    ClientLines client(s.transport);

    FolderWatcher::Options options;
    options.clock = &s.clock;
    if (!(mode & 0x08))
        options.quietDelayMs = 0;
    s.watcher = std::make_unique<FolderWatcher>(u"acct"_s, u"INBOX"_s, &s.store, options);

    s.connection->open();
    s.transport->serverAccept();
    s.transport->serverSend("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\r\n");
    client.take();
    s.transport->serverSend(client.lastTag() + " OK [CAPABILITY " + caps + "] Logged in\r\n");
    s.clock.settle();
    s.watcher->start(s.connection.get());
    scriptedPrefix(s.transport, client, caps, condstore);
    s.clock.settle();
    checkMailbox(s.watcher->mailbox());

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
    s.watcher.reset();
    s.connection.reset();
    s.clock.settle(); // deleteLater of anything the engine dropped
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 1;
    static char name[] = "fuzz_folderwatcher";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    qInstallMessageHandler(discardMessages);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArrayView all(reinterpret_cast<const char *>(data), qsizetype(size));
    run(all.first(1), all.sliced(1));
    return 0;
}
