// Seeded, reproducible random input through framer + parser (imapcore's answer to imapflow's
// fuzzing in the test suite): random bytes and mutations of valid responses from real servers.
// Nothing may crash; every unit must give a Response or a ParseError with an offset inside the
// unit and a reason; the framer's memory must stay bounded. Seeds are fixed; a failure or crash
// prints the seed. Rerun one case with MAILBELL_RANDOM_SEED=<seed>.
#include "protocol/limits.h"
#include "protocol/responseframer.h"
#include "protocol/responseparser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

struct Sample
{
    const char *name;
    QByteArrayView bytes;
};

// Valid responses of every kind in response.h, flavoured after Dovecot, Gmail, Exchange, Yahoo
// and Cyrus. The fuzz corpus (tests/fuzz/corpus/fuzz_responseparser) holds the same ones.
const Sample samples[] = {
    {"greeting-dovecot",
     QByteArrayView("* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ "
                    "STARTTLS AUTH=PLAIN] Dovecot (Debian) ready.\r\n"
                    "",
                    121)},
    {"greeting-gmail",
     QByteArrayView("* OK Gimap ready for requests from 203.0.113.7 e7mb12345abc\r\n"
                    "",
                    61)},
    {"greeting-exchange",
     QByteArrayView("* OK The Microsoft Exchange IMAP4 service is ready. "
                    "[TQBOADIAUABSADAAMQBDAEEAMAAwADEANAAuAG4AYQBtAHAAcgBkADAAMQAuAHAAcgBvAGQA]\r\n"
                    "",
                    128)},
    {"greeting-preauth",
     QByteArrayView("* PREAUTH [CAPABILITY IMAP4rev2] IMAP4rev2 server logged in as Smith\r\n"
                    "",
                    70)},
    {"bye",
     QByteArrayView("* BYE Autologout; idle for too long\r\n"
                    "",
                    37)},
    {"tagged-ok-readwrite",
     QByteArrayView("A142 OK [READ-WRITE] SELECT completed\r\n"
                    "",
                    39)},
    {"tagged-no-authfailed",
     QByteArrayView("a001 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)\r\n"
                    "",
                    62)},
    {"tagged-bad",
     QByteArrayView("A3 BAD Error in IMAP command received by server.\r\n"
                    "",
                    50)},
    {"tagged-ok-appenduid",
     QByteArrayView("A003 OK [APPENDUID 38505 3955] APPEND completed\r\n"
                    "",
                    49)},
    {"tagged-ok-copyuid",
     QByteArrayView("A004 OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n"
                    "",
                    52)},
    {"untagged-ok-codes",
     QByteArrayView("* OK [UIDVALIDITY 3857529045] UIDs valid\r\n"
                    "* OK [UIDNEXT 4392] Predicted next UID\r\n"
                    "* OK [HIGHESTMODSEQ 715194045007] Highest\r\n"
                    "* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r\n"
                    "* NO [ALERT] System shutdown in 10 minutes\r\n"
                    "* OK [X-GM-UNKNOWN foo (bar)] odd code\r\n"
                    "",
                    260)},
    {"continuation",
     QByteArrayView("+ idling\r\n"
                    "+ \r\n"
                    "+ PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+\r\n"
                    "",
                    74)},
    {"capability",
     QByteArrayView(
         "* CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 XYZZY "
         "SASL-IR AUTH=XOAUTH2 AUTH=PLAIN AUTH=PLAIN-CLIENTTOKEN AUTH=OAUTHBEARER\r\n"
         "",
         161)},
    {"enabled",
     QByteArrayView("* ENABLED CONDSTORE QRESYNC\r\n"
                    "",
                    29)},
    {"flags",
     QByteArrayView("* FLAGS (\\Answered \\Flagged \\Draft \\Deleted \\Seen $Forwarded $MDNSent "
                    "$NotPhishing $Phishing)\r\n"
                    "",
                    95)},
    {"list",
     QByteArrayView("* LIST (\\HasNoChildren) \"/\" \"INBOX\"\r\n"
                    "* LIST (\\HasChildren \\Noselect) \"/\" \"[Gmail]\"\r\n"
                    "* LIST (\\HasNoChildren \\Sent) \"/\" \"[Gmail]/Sent Mail\"\r\n"
                    "* LIST (\\Noselect) NIL \"\"\r\n"
                    "* LSUB () \".\" \"#news.comp.mail.misc\"\r\n"
                    "",
                    204)},
    {"list-extended",
     QByteArrayView(
         "* LIST (\\Subscribed) \"/\" \"Fruit/Banana\" (\"CHILDINFO\" (\"SUBSCRIBED\"))\r\n"
         "* LIST () \"/\" \"Newname\" (\"OLDNAME\" (\"Oldname\"))\r\n"
         "* LIST () \"/\" {16}\r\n"
         "Entw&APw-rfe {x}\r\n"
         "",
         157)},
    {"status",
     QByteArrayView("* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292 UIDVALIDITY 1 UNSEEN 3 "
                    "DELETED 0 SIZE 1234567 HIGHESTMODSEQ 7011231777)\r\n"
                    "",
                    122)},
    {"status-literal-name",
     QByteArrayView("* STATUS {9}\r\n"
                    "Gel\303\266scht (MESSAGES 2 UNSEEN 0)\r\n"
                    "",
                    47)},
    {"search",
     QByteArrayView("* SEARCH 2 3 6 (MODSEQ 917162500)\r\n"
                    "* SEARCH\r\n"
                    "",
                    45)},
    {"esearch",
     QByteArrayView("* ESEARCH (TAG \"A282\") UID MIN 2 MAX 47 COUNT 3 ALL 2,10:11 MODSEQ 12345\r\n"
                    "* ESEARCH (TAG \"A283\")\r\n"
                    "",
                    98)},
    {"exists-recent-expunge",
     QByteArrayView("* 23 EXISTS\r\n"
                    "* 5 RECENT\r\n"
                    "* 44 EXPUNGE\r\n"
                    "",
                    39)},
    {"vanished",
     QByteArrayView("* VANISHED (EARLIER) 300:310,405,411\r\n"
                    "* VANISHED 1:3,5\r\n"
                    "",
                    56)},
    {"fetch-flags-uid",
     QByteArrayView("* 12 FETCH (FLAGS (\\Seen $Label1) UID 4827313 MODSEQ (12121231000))\r\n"
                    "",
                    69)},
    {"fetch-envelope",
     QByteArrayView(
         "* 12 FETCH (UID 99 RFC822.SIZE 44827 INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" "
         "ENVELOPE (\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" \"IMAP4rev1 WG mtg summary and "
         "minutes\" ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) ((\"Terry Gray\" NIL "
         "\"gray\" \"cac.washington.edu\")) ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
         "((NIL NIL \"imap\" \"cac.washington.edu\")) ((NIL NIL \"minutes\" "
         "\"CNRI.Reston.VA.US\")(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\")) NIL NIL "
         "\"<B27397-0100000@cac.washington.edu>\"))\r\n"
         "",
         486)},
    {"fetch-envelope-encoded",
     QByteArrayView(
         "* 3 FETCH (UID 7 ENVELOPE (\"Thu, 17 Jul 2026 02:44:25 -0700\" "
         "\"=?UTF-8?B?w5xiZXJ3ZWlzdW5nIGVyaGFsdGVu?=\" ((\"=?ISO-8859-1?Q?J=F6rg_M=FCller?=\" NIL "
         "\"joerg\" \"example.de\")) NIL NIL ((\"undisclosed-recipients\" NIL NIL NIL)(NIL NIL "
         "\"undisclosed-recipients\" NIL)(NIL NIL NIL NIL)) NIL NIL \"<abc@x>\" "
         "\"<CAF=\\\"q\\\"@mail.gmail.com>\"))\r\n"
         "",
         322)},
    {"fetch-gmail-subject-literal",
     QByteArrayView("* 1 FETCH (X-GM-THRID 1771234567890123456 X-GM-MSGID 1771234567890123457 "
                    "X-GM-LABELS (\\Important \"\\\\Inbox\" Work) UID 12 FLAGS () ENVELOPE (\"Thu, "
                    "17 Jul 2026 02:44:25 -0700\" {37}\r\n"
                    "Gr\303\274\303\237e aus K\303\266ln \342\200\223 \"Sommer\" {2026} ((\"Bob\" "
                    "NIL \"bob\" \"gmail.com\")) ((\"Bob\" NIL \"bob\" \"gmail.com\")) ((\"Bob\" "
                    "NIL \"bob\" \"gmail.com\")) ((NIL NIL \"me\" \"gmail.com\")) NIL NIL NIL "
                    "\"<CAF=abc@mail.gmail.com>\"))\r\n"
                    "",
                    384)},
    {"fetch-body-literal",
     QByteArrayView("* 1 FETCH (BODY[] {39}\r\n"
                    "From: a@b.c\r\n"
                    "Subject: hi {5}\r\n"
                    "\r\n"
                    "hello\r\n"
                    " UID 1)\r\n"
                    "",
                    72)},
    {"fetch-body-sections",
     QByteArrayView("* 2 FETCH (BODY[HEADER.FIELDS (FROM SUBJECT)] {13}\r\n"
                    "From: x@y\r\n"
                    "\r\n"
                    " BODY[1]<0> {0}\r\n"
                    " BODY[2] NIL BINARY[1] ~{3}\r\n"
                    "\000\001\002 BINARY.SIZE[1] 3 PREVIEW \"Hi there\" EMAILID (M6d99ac3275bb4e) "
                    "THREADID (T64b478a75b7ea9))\r\n"
                    "",
                    206)},
    {"fetch-bodystructure-simple",
     QByteArrayView("* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL "
                    "NIL \"7BIT\" 3028 92))\r\n"
                    "",
                    90)},
    {"fetch-bodystructure-multipart",
     QByteArrayView("* 1 FETCH (UID 42 BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" \"utf-8\") "
                    "NIL NIL \"quoted-printable\" 1234 40 NIL NIL NIL NIL)(\"text\" \"html\" "
                    "(\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" 5678 100 NIL NIL NIL "
                    "NIL) \"alternative\" (\"boundary\" \"_000_DM6PR\") NIL \"en-US\"))\r\n"
                    "",
                    263)},
    {"fetch-bodystructure-rfc822",
     QByteArrayView(
         "* 5 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"UTF-8\") NIL NIL \"7BIT\" "
         "12 1 NIL NIL NIL)(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 500 (NIL \"inner\" ((NIL "
         "NIL \"a\" \"b\")) NIL NIL NIL NIL NIL NIL NIL) (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" "
         "10 1) 20 NIL (\"attachment\" (\"filename\" \"fwd.eml\")) NIL)(\"APPLICATION\" \"PDF\" "
         "(\"NAME\" \"a.pdf\") NIL NIL \"BASE64\" 4096 NIL (\"attachment\" (\"filename*\" "
         "\"utf-8''r%C3%A9sum%C3%A9.pdf\")) NIL NIL) \"MIXED\" (\"BOUNDARY\" \"b1\") NIL NIL "
         "NIL))\r\n"
         "",
         462)},
    {"fetch-body-nonext",
     QByteArrayView("* 9 FETCH (BODY (\"text\" \"plain\" NIL NIL NIL \"7bit\" 0 0))\r\n"
                    "",
                    58)},
    {"id",
     QByteArrayView("* ID (\"name\" \"Dovecot\" \"version\" NIL \"vendor\" \"Yahoo\")\r\n"
                    "* ID NIL\r\n"
                    "",
                    66)},
    {"namespace",
     QByteArrayView("* NAMESPACE ((\"\" \"/\")) ((\"~\" \"/\")) ((\"#shared/\" \"/\")(\"#public/\" "
                    "\"/\")(\"#ftp/\" \"/\")(\"#news.\" \".\"))\r\n"
                    "* NAMESPACE ((\"INBOX.\" \".\")) NIL NIL\r\n"
                    "",
                    136)},
    {"idle-session",
     QByteArrayView("+ idling\r\n"
                    "* 4 EXISTS\r\n"
                    "* 2 EXPUNGE\r\n"
                    "* 3 FETCH (FLAGS (\\Seen))\r\n"
                    "* OK Still here\r\n"
                    "A9 OK IDLE terminated\r\n"
                    "",
                    102)},
    {"select-dovecot",
     QByteArrayView("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded)\r\n"
                    "* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft "
                    "$Forwarded \\*)] Flags permitted.\r\n"
                    "* 3 EXISTS\r\n"
                    "* 0 RECENT\r\n"
                    "* OK [UIDVALIDITY 1721203465] UIDs valid\r\n"
                    "* OK [UIDNEXT 4] Predicted next UID\r\n"
                    "* OK [HIGHESTMODSEQ 7] Highest\r\n"
                    "A3 OK [READ-WRITE] Select completed (0.001 + 0.000 secs).\r\n"
                    "",
                    354)},
    {"qresync-select",
     QByteArrayView("* OK [CLOSED] Previous mailbox closed.\r\n"
                    "* VANISHED (EARLIER) 41,43:116,118,120:211,214:540\r\n"
                    "* 49 FETCH (UID 117 FLAGS (\\Seen \\Answered) MODSEQ (90060115194045001))\r\n"
                    "* OK [NOMODSEQ] Sorry, this mailbox format doesn't support modsequences\r\n"
                    "A02 OK [READ-ONLY] Done\r\n"
                    "",
                    263)},
    {"yahoo-fetch",
     QByteArrayView("* 1 FETCH (UID 35 RFC822.SIZE 1024 FLAGS (\\Recent) INTERNALDATE "
                    "\"01-Jan-2026 00:00:00 +0000\")\r\n"
                    "",
                    95)},
    {"cyrus-quirks",
     QByteArrayView("* OK [MODIFIED 7,9] Conditional STORE failed\r\n"
                    "* 1 FETCH (UID 1 BODY[HEADER.FIELDS (\"Subject\")] {14}\r\n"
                    "Subject: x\r\n"
                    "\r\n"
                    ")\r\n"
                    "* OK [URLMECH INTERNAL] done\r\n"
                    "",
                    148)},
    {"exchange-quirks",
     QByteArrayView("* 1 FETCH (UID 5 FLAGS (\\Seen) BODYSTRUCTURE (\"text\" \"plain\" "
                    "(\"charset\" \"us-ascii\") NIL NIL \"7bit\" 3 1 NIL NIL NIL NIL))\r\n"
                    "* BYE Connection closed. 14\r\n"
                    "",
                    151)},
    {"bare-lf",
     QByteArrayView("* 1 EXISTS\n"
                    "* OK done\n"
                    "",
                    21)},
};

constexpr quint32 randomBytesSeedBase = 0x4d420000;
constexpr quint32 mutationSeedBase = 0x4d4d0000;
constexpr int randomBytesIterations = 60000;
constexpr int mutationIterations = 140000;
constexpr qint64 budgetMs = 2500; // per test function; Debug and ASan builds stop early

volatile std::sig_atomic_t g_seed = -1;
struct sigaction g_previous[32];

void onCrash(int sig)
{
    char text[64] = "tst_parserrandominput: crashed at seed ";
    size_t n = sizeof("tst_parserrandominput: crashed at seed ") - 1;
    char digits[16];
    int d = 0;
    for (unsigned long v = static_cast<unsigned long>(g_seed); d == 0 || v; v /= 10)
        digits[d++] = char('0' + v % 10);
    while (d)
        text[n++] = digits[--d];
    text[n++] = '\n';
    [[maybe_unused]] auto written = ::write(2, text, n);
    sigaction(sig, &g_previous[sig], nullptr);
    raise(sig);
}

QByteArray hex(QByteArrayView bytes)
{
    return bytes.first(qMin<qsizetype>(bytes.size(), 400)).toByteArray().toHex(' ');
}

// Feeds `input` in random chunks and checks the invariants; returns an empty string or what broke.
QString check(const QByteArray &input, QRandomGenerator &rng)
{
    ResponseFramer framer;
    const QByteArrayView view(input);
    qint64 fed = 0;
    qint64 returned = 0;
    bool failed = false;
    const int maxChunk = 1 + int(rng.bounded(quint32(input.size() + 1)));
    while (!failed) {
        if (fed < input.size()) {
            const qsizetype n = qMin<qsizetype>(1 + rng.bounded(maxChunk), input.size() - fed);
            framer.feed(view.sliced(fed, n));
            fed += n;
        }
        for (;;) {
            FramerResult r = framer.next();
            if (std::holds_alternative<NeedMoreData>(r))
                break;
            if (auto *e = std::get_if<FramingError>(&r)) {
                if (e->offset < returned || e->offset > fed)
                    return u"framing error offset %1 outside [%2, %3]"_s.arg(e->offset)
                        .arg(returned)
                        .arg(fed);
                if (e->reason.isEmpty())
                    return u"framing error without a reason"_s;
                if (!framer.hasFailed())
                    return u"framing error but hasFailed() is false"_s;
                failed = true;
                break;
            }
            const ResponseUnit &unit = std::get<ResponseUnit>(r);
            if (unit.streamOffset != returned || unit.bytes.isEmpty()
                || QByteArrayView(unit.bytes) != view.sliced(returned, unit.bytes.size()))
                return u"unit at %1 does not continue the stream at %2"_s.arg(unit.streamOffset)
                    .arg(returned);
            returned += unit.bytes.size();
            const ParseResult parsed = ResponseParser::parse(unit);
            if (auto *pe = std::get_if<ParseError>(&parsed)) {
                if (pe->offset < 0 || pe->offset > unit.bytes.size())
                    return u"parse error offset %1 outside the %2-byte unit at %3"_s.arg(pe->offset)
                        .arg(unit.bytes.size())
                        .arg(unit.streamOffset);
                if (pe->reason.isEmpty())
                    return u"parse error without a reason for the unit at %1"_s.arg(
                        unit.streamOffset);
            }
        }
        if (!failed && framer.bufferedBytes() != fed - returned)
            return u"bufferedBytes() %1, expected %2"_s.arg(framer.bufferedBytes())
                .arg(fed - returned);
        if (framer.bufferCapacity() > 2 * fed + 4096
            || framer.bufferedBytes() > Limits::maxLineLength + input.size())
            return u"framer holds %1 bytes after %2 fed"_s.arg(framer.bufferCapacity()).arg(fed);
        if (fed == input.size())
            break;
    }
    return {};
}

QByteArray randomBytes(QRandomGenerator &rng)
{
    static const QByteArray alphabet =
        " ()[]{}<>\"\\~*+%0123456789\r\n\r\nNILOKFETCHBODYUIDabc."_ba;
    const int length = int(rng.bounded(600));
    QByteArray out(length, Qt::Uninitialized);
    const bool imapish = rng.bounded(2) == 0;
    for (char &c : out)
        c = imapish && rng.bounded(4) != 0 ? alphabet.at(rng.bounded(int(alphabet.size())))
                                           : char(rng.bounded(256));
    return out;
}

QByteArray mutate(QRandomGenerator &rng)
{
    const int sampleCount = int(std::size(samples));
    QByteArray out = samples[rng.bounded(sampleCount)].bytes.toByteArray();
    const int rounds = 1 + int(rng.bounded(3));
    for (int round = 0; round < rounds; ++round) {
        const qsizetype size = out.size();
        const auto pos = [&] {
            return qsizetype(rng.bounded(quint32(size + 1)));
        };
        switch (rng.bounded(7)) {
        case 0: // bit flips
            for (int i = 0, n = 1 + int(rng.bounded(8)); i < n && size; ++i)
                out[rng.bounded(int(size))] ^= char(1 << rng.bounded(8));
            break;
        case 1: // truncation
            out.truncate(pos());
            break;
        case 2: { // insertion of a token or random bytes
            static const QByteArrayView tokens[] = {
                "{",  "}",  "(",          ")", "\"",      "\\",       "\r\n",
                "\n", "\r", "NIL",        " ", "{5}\r\n", "~{3}\r\n", "\0",
                "[",  "]",  "4294967296", "*", "+ ",      "BODY[]",   "(("};
            if (rng.bounded(2)) {
                const QByteArrayView t = tokens[rng.bounded(int(std::size(tokens)))];
                out.insert(pos(), t.isEmpty() ? QByteArrayView("\0", 1) : t);
            } else {
                QByteArray junk(1 + int(rng.bounded(16)), Qt::Uninitialized);
                for (char &c : junk)
                    c = char(rng.bounded(256));
                out.insert(pos(), junk);
            }
            break;
        }
        case 3: { // deletion
            const qsizetype at = pos();
            out.remove(at, qsizetype(rng.bounded(quint32(size - at + 1))));
            break;
        }
        case 4: { // splice with another sample
            const QByteArrayView other = samples[rng.bounded(sampleCount)].bytes;
            const qsizetype from = qsizetype(rng.bounded(quint32(other.size() + 1)));
            out = out.left(pos()) + other.sliced(from).toByteArray();
            break;
        }
        case 5: { // digit inflation inside a literal marker, or of any number
            qsizetype brace = out.indexOf('{', rng.bounded(int(size + 1)));
            if (brace < 0)
                brace = out.indexOf('{');
            qsizetype at = brace >= 0 ? brace + 1 : pos();
            static const QByteArrayView numbers[] = {
                "9",          "99999999999",          "33554433",
                "4294967295", "18446744073709551616", "0000000000000000000001",
                "67108864"};
            out.insert(at, numbers[rng.bounded(int(std::size(numbers)))]);
            break;
        }
        default: { // duplicate a range (nesting, long lists)
            const qsizetype at = pos();
            const QByteArray piece = out.mid(at, qsizetype(rng.bounded(64)));
            for (int i = 0, n = 1 + int(rng.bounded(40)); i < n; ++i)
                out.insert(at, piece);
            break;
        }
        }
    }
    return out;
}

std::optional<quint32> seedFromEnvironment()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("MAILBELL_RANDOM_SEED").toUInt(&ok, 0);
    return ok ? std::optional<quint32>(seed) : std::nullopt;
}

} // namespace

class Tst_parserrandominput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void samplesAreValid();
    void randomBytes();
    void mutatedResponses();

private:
    void runSeeds(quint32 base, int iterations, QByteArray (*make)(QRandomGenerator &));
};

void Tst_parserrandominput::initTestCase()
{
    struct sigaction action = {};
    action.sa_handler = onCrash;
    for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL})
        sigaction(sig, &action, &g_previous[sig]);
}

void Tst_parserrandominput::samplesAreValid()
{
    // Every sample must frame and parse cleanly, so mutations start from valid input.
    for (const Sample &sample : samples) {
        ResponseFramer framer;
        framer.feed(sample.bytes);
        qsizetype total = 0;
        for (FramerResult r = framer.next(); std::holds_alternative<ResponseUnit>(r);
             r = framer.next()) {
            const ResponseUnit &unit = std::get<ResponseUnit>(r);
            total += unit.bytes.size();
            const ParseResult parsed = ResponseParser::parse(unit);
            if (auto *e = std::get_if<ParseError>(&parsed)) {
                QFAIL(qPrintable(QString::fromLatin1(sample.name) + u" at "_s
                                 + QString::number(e->offset) + u": "_s + e->reason));
            }
        }
        QVERIFY2(!framer.hasFailed() && total == sample.bytes.size(), sample.name);
    }
}

void Tst_parserrandominput::runSeeds(quint32 base, int iterations,
                                     QByteArray (*make)(QRandomGenerator &))
{
    if (const auto only = seedFromEnvironment()) {
        if ((*only & 0xffff0000u) != base)
            QSKIP("MAILBELL_RANDOM_SEED belongs to the other test function");
        base = *only;
        iterations = 1;
    }
    QElapsedTimer timer;
    timer.start();
    int done = 0;
    for (; done < iterations; ++done) {
        if (done % 256 == 0 && timer.elapsed() > budgetMs)
            break;
        const quint32 seed = base + quint32(done);
        g_seed = std::sig_atomic_t(seed);
        QRandomGenerator rng(seed);
        const QByteArray input = make(rng);
        const QString failure = check(input, rng);
        if (!failure.isEmpty()) {
            QFAIL(qPrintable(u"seed 0x%1 (rerun with MAILBELL_RANDOM_SEED=0x%1): %2\ninput: %3"_s
                                 .arg(seed, 0, 16)
                                 .arg(failure, QString::fromLatin1(hex(input)))));
        }
    }
    g_seed = -1;
    qInfo("%d inputs in %lld ms", done, timer.elapsed());
    QVERIFY(done > 0);
}

void Tst_parserrandominput::randomBytes()
{
    runSeeds(randomBytesSeedBase, randomBytesIterations, &::randomBytes);
}

void Tst_parserrandominput::mutatedResponses()
{
    runSeeds(mutationSeedBase, mutationIterations, &mutate);
}

QTEST_GUILESS_MAIN(Tst_parserrandominput)
#include "tst_parserrandominput.moc"
