// Memory for a hostile preview answer: the engine asks for BODY.PEEK[1]<0.2048> of a new
// message and the server sends the whole part as one huge literal (or two in one response).
// A real Connection (framer, parser, pending commands) and SummaryFetcher over an in-memory
// transport, the server's bytes in 16 KiB reads as TLS would deliver them. Prints the process's
// peak RSS (VmHWM) before and after, and the increase against the literal's size. Asserts
// nothing.
//
// Usage: bench_largeliteral [MiB per literal (30)] [literals in the response (1)]
#include "benchfigures.h"
#include "engine/connection.h"
#include "engine/summaryfetcher.h"
#include "faketransport.h"
#include "manualclock.h"

#include <QCoreApplication>

#include <cstdio>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

// The tag of the client's last command ("A0003").
QByteArray lastTag(const FakeTransport &transport)
{
    const QByteArray written = transport.written().trimmed();
    const QByteArray line = written.mid(written.lastIndexOf('\n') + 1);
    return line.left(line.indexOf(' '));
}

void sendInReads(FakeTransport &transport, const QByteArray &bytes)
{
    constexpr qsizetype read = 16 * 1024;
    for (qsizetype at = 0; at < bytes.size(); at += read)
        transport.serverSend(bytes.mid(at, read));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qsizetype mib = argc > 1 ? std::max(1, atoi(argv[1])) : 30;
    const int literals = argc > 2 ? std::max(1, atoi(argv[2])) : 1;
    const qsizetype size = mib * 1024 * 1024;

    ManualClock clock;
    AccountConfig config;
    config.host = u"imap.example.org"_s;
    config.security = AccountConfig::Security::Tls;
    config.port = 993;
    config.user = u"alice"_s;
    auto *transport = new FakeTransport;
    Connection connection(config, transport, &clock);
    connection.setPassword(u"s3cret"_s);
    connection.open();
    transport->serverAccept();
    transport->serverSend("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\r\n");
    transport->serverSend(lastTag(*transport) + " OK [CAPABILITY IMAP4rev1] Logged in\r\n");
    if (connection.state() != Connection::State::Authenticated) {
        std::fprintf(stderr, "bench_largeliteral: the login did not complete\n");
        return 1;
    }

    SummaryFetcher fetcher(&connection, u"acct"_s, u"INBOX"_s, {});
    QString preview;
    bool done = false;
    fetcher.fetch("12", 12, 1, [&](const QList<MessageSummary> &summaries, const ImapError &) {
        preview = summaries.value(0).preview;
        done = true;
    });
    transport->serverSend(
        "* 1 FETCH (UID 12 FLAGS () ENVELOPE (NIL \"big\" NIL NIL NIL NIL NIL NIL NIL NIL) "
        "BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 2048 1 NIL NIL NIL NIL))\r\n"
        + lastTag(*transport) + " OK Fetch completed\r\n");
    const QByteArray previewTag = lastTag(*transport);

    const double before = BenchFigures::peakRssMb();
    // Built in place, in one allocation: no temporary copy inflates the peak measured next.
    QByteArray response;
    response.reserve(literals * (size + 64) + 64);
    response += "* 1 FETCH (UID 12";
    for (int i = 1; i <= literals; ++i) {
        response +=
            " BODY[" + QByteArray::number(i) + "]<0> {" + QByteArray::number(size) + "}\r\n";
        response.append(size, 'x');
    }
    response += ")\r\n" + previewTag + " OK Fetch completed\r\n";
    const double built =
        BenchFigures::peakRssMb(); // the server's copy of the bytes, not the client's
    sendInReads(*transport, response);
    response.clear();
    QCoreApplication::processEvents();
    const double after = BenchFigures::peakRssMb();
    std::printf("bench_largeliteral: %d literal(s) of %lld MiB in one response: peak RSS %.1f MiB "
                "before, %.1f MiB after; the client added %.1f MiB (%.2fx the literal bytes)%s\n",
                literals, qlonglong(mib), before, after, after - built,
                (after - built) / double(mib * literals), done ? "" : "; the fetch did not end");
    std::printf("preview: %lld chars\n", qlonglong(preview.size()));
    return 0;
}
