// Framer + parser throughput on a realistic FETCH stream: 100,000 messages with UID, FLAGS,
// INTERNALDATE, RFC822.SIZE and an ENVELOPE whose headers look like real mail (RFC 2047 encoded
// words in UTF-8 B/Q and ISO-8859-1, escaped quotes, several recipients, subjects sent as
// literals the way Gmail sends long or 8-bit ones). Fed in 16 KiB chunks, as from a socket.
// A third pass also turns every FETCH into a MessageSummary (SummaryFetcher::fromFetch), which is
// the client's whole per-message work in bench_envelopefetch apart from TLS and the event loop.
// Prints figures; asserts nothing about speed. Besides wall-clock MB/s it prints MB/s per second
// of the process's CPU time, which a machine shared with other work disturbs far less.
//
// Usage: bench_responseparser [stream file [runs]]: parse a captured stream instead (for instance
// the real Dovecot stream that bench_envelopefetch writes with MAILBELL_BENCH_CAPTURE=file); "-"
// for the file keeps the generated stream; a third argument (frame, parse, summary) runs that
// pass only, for a profiler: bench_responseparser - 3 parse.
#include "engine/summaryfetcher.h"
#include "protocol/responseframer.h"
#include "protocol/responseparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <vector>

using namespace ImapCore;

namespace {

constexpr int messageCount = 100000;
constexpr qsizetype chunkSize = 16 * 1024;
int runs = 7;

QByteArray quoted(QByteArrayView text)
{
    QByteArray out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

QByteArray bEncoded(const QByteArray &utf8)
{
    return "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

QByteArray qEncoded(QByteArrayView charset, const QByteArray &bytes)
{
    QByteArray out = "=?" + charset.toByteArray() + "?Q?";
    for (unsigned char c : bytes) {
        if (c == ' ')
            out += '_';
        else if (c < 0x80 && c != '=' && c != '?' && c != '_' && c > 0x20)
            out += char(c);
        else
            out += '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
    }
    return out + "?=";
}

struct Generator
{
    QRandomGenerator rng {20260717};

    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[rng.bounded(int(N))];
    }

    // A header text in one of the forms servers relay; literal when it has 8-bit bytes or is long.
    QByteArray text(const QByteArray &utf8, bool allowLiteral)
    {
        QByteArray encoded;
        switch (rng.bounded(6)) {
        case 0:
            encoded = bEncoded(utf8);
            break;
        case 1:
            encoded = qEncoded("UTF-8", utf8);
            break;
        case 2:
            encoded = qEncoded("ISO-8859-1", QString::fromUtf8(utf8).toLatin1());
            break;
        case 3:
            if (allowLiteral) {
                encoded = utf8 + " [" + QByteArray::number(rng.bounded(100000)) + "]";
                return "{" + QByteArray::number(encoded.size()) + "}\r\n" + encoded;
            }
            encoded = utf8;
            break;
        default:
            encoded = QString::fromUtf8(utf8).toLatin1(); // plain ASCII-ish text
            break;
        }
        return quoted(encoded);
    }

    QByteArray address()
    {
        static const char *const names[] = {"Jörg Müller",  "Alice \"Al\" Example", "Bob Smith",
                                            "Zoë Ångström", "François Lefèvre",     "María José",
                                            "Support Team", "Nguyễn Văn A",         "O'Brien, Pat"};
        static const char *const mailboxes[] = {
            "joerg", "alice", "bob.smith", "zoe", "francois", "mj", "support", "nva", "pat.obrien"};
        static const char *const hosts[] = {"example.org", "mail.example.com", "gmail.com",
                                            "outlook.com", "lists.debian.org", "example.de"};
        const QByteArray name = rng.bounded(5) == 0 ? QByteArray("NIL") : text(pick(names), false);
        return "(" + name + " NIL " + quoted(pick(mailboxes)) + " " + quoted(pick(hosts)) + ")";
    }

    QByteArray addressList(int min, int max)
    {
        const int n = min + int(rng.bounded(max - min + 1));
        if (n == 0)
            return "NIL";
        QByteArray out = "(";
        for (int i = 0; i < n; ++i)
            out += address();
        return out + ")";
    }

    QByteArray message(int sequence)
    {
        static const char *const subjects[] = {
            "Re: Quarterly report – numbers for Q3",
            "Grüße aus Köln",
            "Your order #12345 has shipped",
            "[debian-devel] Re: Bug#1034567: \"important\" regression in 6.1",
            "Réunion demain à 10h",
            "Fwd: Fw: AW: Einladung zum Sommerfest 🎉",
            "Invoice 2026-07 \\ March",
            "こんにちは",
            "Weekly digest: 42 new messages in 7 topics, with a rather long subject line that goes "
            "on"};
        static const char *const flags[] = {"(\\Seen)",
                                            "()",
                                            "(\\Seen $Label1)",
                                            "(\\Answered \\Seen)",
                                            "($Forwarded \\Flagged)",
                                            "(\\Seen NonJunk $MDNSent)"};
        const QByteArray uid = QByteArray::number(1000 + sequence * 3);
        const QByteArray messageId = "\"<" + QByteArray::number(rng.generate64(), 36) + "."
            + QByteArray::number(sequence) + "@mail.example.com>\"";
        const QByteArray inReplyTo = rng.bounded(3) == 0 ? messageId : QByteArray("NIL");
        const QByteArray from = addressList(1, 1);
        return "* " + QByteArray::number(sequence) + " FETCH (UID " + uid + " FLAGS " + pick(flags)
            + " INTERNALDATE \"17-Jul-2026 02:44:" + QByteArray::number(10 + sequence % 50)
            + " -0700\" RFC822.SIZE " + QByteArray::number(2000 + rng.bounded(200000))
            + " ENVELOPE (\"Fri, 17 Jul 2026 02:44:25 -0700\" " + text(pick(subjects), true) + " "
            + from + " " + from + " " + (rng.bounded(4) == 0 ? addressList(1, 1) : from) + " "
            + addressList(1, 5) + " " + addressList(0, 3) + " NIL " + inReplyTo + " " + messageId
            + "))\r\n";
    }
};

struct Figures
{
    double seconds;
    double cpuSeconds;
    qint64 units;
    qint64 failures;
};

double processCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

enum class Work { Frame, Parse, Summarise };

Figures runOnce(const QByteArray &stream, Work work, bool report)
{
    const bool parse = work != Work::Frame;
    QList<MessageSummary> summaries;
    ResponseFramer framer;
    qint64 units = 0;
    qint64 failures = 0;
    QElapsedTimer timer;
    const double cpuStart = processCpuSeconds();
    timer.start();
    for (qsizetype pos = 0; pos < stream.size(); pos += chunkSize) {
        framer.feed(QByteArrayView(stream).sliced(pos, qMin(chunkSize, stream.size() - pos)));
        for (;;) {
            FramerResult r = framer.next();
            if (auto *unit = std::get_if<ResponseUnit>(&r)) {
                ++units;
                if (parse) {
                    const ParseResult parsed = ResponseParser::parse(*unit);
                    const Response *response = std::get_if<Response>(&parsed);
                    const bool tagged = !unit->bytes.startsWith('*');
                    if (work == Work::Summarise && response) {
                        if (const auto *fetch = std::get_if<FetchResponse>(response))
                            summaries.append(SummaryFetcher::fromFetch(*fetch, 200));
                    }
                    if (!response
                        || (tagged ? !std::holds_alternative<StatusResponse>(*response)
                                   : !std::holds_alternative<FetchResponse>(*response)
                                    && !std::holds_alternative<StatusResponse>(*response))) {
                        ++failures;
                        if (report && failures <= 3) {
                            const ParseError *e = std::get_if<ParseError>(&parsed);
                            std::printf(
                                "  parse failure at unit %lld, offset %lld: %s\n    %.300s\n",
                                units, e ? qint64(e->offset) : -1LL,
                                e ? qPrintable(e->reason) : "wrong response type",
                                unit->bytes.constData());
                        }
                    }
                }
                continue;
            }
            if (auto *e = std::get_if<FramingError>(&r)) {
                std::printf("framing error at %lld: %s\n", e->offset, qPrintable(e->reason));
                return {double(timer.nsecsElapsed()) / 1e9, processCpuSeconds() - cpuStart, units,
                        failures};
            }
            break;
        }
    }
    return {double(timer.nsecsElapsed()) / 1e9, processCpuSeconds() - cpuStart, units, failures};
}

void measure(const char *title, const QByteArray &stream, Work work)
{
    std::vector<double> mbps;
    std::vector<double> rps;
    std::vector<double> cpuMbps;
    Figures last {};
    for (int i = 0; i < runs; ++i) {
        last = runOnce(stream, work, i == 0);
        mbps.push_back(double(stream.size()) / 1e6 / last.seconds);
        rps.push_back(double(last.units) / last.seconds);
        cpuMbps.push_back(double(stream.size()) / 1e6 / last.cpuSeconds);
    }
    std::sort(mbps.begin(), mbps.end());
    std::sort(rps.begin(), rps.end());
    std::sort(cpuMbps.begin(), cpuMbps.end());
    std::printf(
        "%-24s MB/s median %8.1f  min %8.1f  max %8.1f | responses/s median %10.0f  min %10.0f  "
        "max %10.0f | %.2f us/response | %lld units, %lld parse failures | CPU-time MB/s median "
        "%8.1f  min %8.1f  max %8.1f\n",
        title, mbps[runs / 2], mbps.front(), mbps.back(), rps[runs / 2], rps.front(), rps.back(),
        1e6 / rps[runs / 2], last.units, last.failures, cpuMbps[runs / 2], cpuMbps.front(),
        cpuMbps.back());
}

} // namespace

int main(int argc, char **argv)
{
    QByteArray stream;
    if (argc > 2)
        runs = std::max(1, atoi(argv[2]));
    if (argc > 1 && std::strcmp(argv[1], "-") != 0) {
        QFile file(QString::fromLocal8Bit(argv[1]));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", argv[1]);
            return 1;
        }
        stream = file.readAll();
        std::printf("stream: %s, %.1f MB, fed in %lld-byte chunks, %d runs each\n", argv[1],
                    double(stream.size()) / 1e6, qint64(chunkSize), runs);
    } else {
        Generator generator;
        stream.reserve(80 * 1024 * 1024);
        for (int i = 1; i <= messageCount; ++i)
            stream += generator.message(i);
        stream += "A7 OK Fetch completed (0.183 + 0.000 + 0.182 secs).\r\n";
        std::printf("stream: %d FETCH responses, %.1f MB, fed in %lld-byte chunks, %d runs each\n",
                    messageCount, double(stream.size()) / 1e6, qint64(chunkSize), runs);
    }
    std::printf("sample: %.600s\n", stream.constData());
    // A third argument (frame, parse or summary) runs one pass only, for a profiler.
    const QByteArray only = argc > 3 ? QByteArray(argv[3]) : QByteArray();
    if (only.isEmpty() || only == "frame")
        measure("framer", stream, Work::Frame);
    if (only.isEmpty() || only == "parse")
        measure("framer+parser", stream, Work::Parse);
    if (only.isEmpty() || only == "summary")
        measure("framer+parser+summary", stream, Work::Summarise);
    return 0;
}
