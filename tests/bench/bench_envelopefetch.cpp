// Fetching the whole envelope of every message of a large mailbox over TLS from the private
// Dovecot ("UID FETCH 1:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE)"): how much slower
// Mailbell's Connection (ResponseFramer + ResponseParser) turning every FETCH into a
// MessageSummary (SummaryFetcher::fromFetch) is than a minimal reader that only counts the bytes
// until the tagged OK. This is not the product's initial sync (that fetches UID FLAGS, then
// summaries of new mail only: bench_watchlargefolder measures it); it is the worst case of the
// summary path, and its target is mailbell/raw <= 1.2 and <= 10 us of client CPU a message.
//
// Each client runs in a process of its own (this binary started again with --client), so neither
// inherits the other's heap or caches, and the order alternates from run to run (raw first in odd
// runs, Mailbell first in even ones) so that neither always meets Dovecot's caches warmer. The
// headline is the median of the per-run ratios (each run's pair measured back to back), not a
// ratio of two separately sorted medians. CPU is the client process's user + sys over its whole
// life (startup, TLS, login included: the same for both, so their difference is the summary work).
// The messages are written straight into the user's Maildir (MaildirSeeder) before the first
// login; one warm-up round of each lets Dovecot build its index and cache. Prints figures;
// asserts nothing about speed.
//
// Usage: bench_envelopefetch [messages (100000)] [runs (6)]
// Environment, for iterating on the client side:
//   MAILBELL_BENCH_MAILDIR=dir   seed the messages into dir once and reuse it in later runs (the
//                                user's Maildir becomes a symlink to it; Dovecot's index stays
//                                there too, so seeding and most of the warm-up are skipped)
//   MAILBELL_BENCH_CAPTURE=file  write the raw reader's FETCH stream (as received, after TLS) to
//                                file, for bench_responseparser and profiling without a server
#include "benchfigures.h"
#include "dovecotfixture.h"
#include "maildirseeder.h"

#include "engine/connection.h"
#include "engine/ssltransport.h"
#include "engine/summaryfetcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

const QString kUser = u"bench"_s;
const QString kPassword = u"bench pw"_s;
const QByteArray kItems = "(UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE)";
constexpr int kTimeoutMs = 600'000;

// Where a client process connects: the parent's Dovecot, handed over on the command line.
struct Endpoint
{
    QString host;
    quint16 port = 0;
    QList<QSslCertificate> ca;
};

struct Run
{
    bool ok = false;
    qint64 fetchNs = 0; // from sending UID FETCH to the tagged OK (Mailbell: all summaries built)
    qint64 totalNs = 0; // from connecting
    qint64 bytes = 0;
    qsizetype summaries = 0;
    double cpuMs = 0; // the client process, user + sys, over its whole life
    QString error;
};

// Blocking: reads until a line starting with tag + " ", returns bytes read or -1.
qint64 readUntilTagged(QSslSocket &socket, const QByteArray &tag, QByteArray *status,
                       QFile *capture = nullptr)
{
    const QByteArray needle = "\r\n" + tag + ' ';
    static char buffer[256 * 1024];
    QByteArray tail = "\r\n";
    qint64 total = 0;
    for (;;) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(kTimeoutMs))
            return -1;
        for (;;) {
            const qint64 n = socket.read(buffer, sizeof buffer);
            if (n <= 0)
                break;
            total += n;
            if (capture)
                capture->write(buffer, n);
            const QByteArray window = tail + QByteArray::fromRawData(buffer, qsizetype(n));
            const qsizetype at = window.indexOf(needle);
            if (at >= 0) {
                if (status) {
                    const qsizetype end = window.indexOf("\r\n", at + needle.size());
                    *status =
                        window.mid(at + needle.size(), end < 0 ? 20 : end - at - needle.size());
                }
                return total;
            }
            tail = window.right(needle.size() - 1);
        }
    }
}

Run rawReader(const Endpoint &server, QFile *capture)
{
    Run run;
    QElapsedTimer total;
    total.start();
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(server.ca);
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(server.host, server.port, u"imap.test"_s);
    if (!socket.waitForEncrypted(30000)) {
        run.error = u"TLS: "_s + socket.errorString();
        return run;
    }
    QByteArray status;
    if (readUntilTagged(socket, "*", nullptr) < 0) {
        run.error = u"no greeting"_s;
        return run;
    }
    socket.write("r1 LOGIN " + kUser.toUtf8() + " \"" + kPassword.toUtf8() + "\"\r\n");
    if (readUntilTagged(socket, "r1", &status) < 0 || !status.startsWith("OK")) {
        run.error = u"LOGIN: "_s + QString::fromLatin1(status);
        return run;
    }
    socket.write("r2 SELECT INBOX\r\n");
    if (readUntilTagged(socket, "r2", &status) < 0 || !status.startsWith("OK")) {
        run.error = u"SELECT: "_s + QString::fromLatin1(status);
        return run;
    }
    QElapsedTimer fetch;
    fetch.start();
    socket.write("r3 UID FETCH 1:* " + kItems + "\r\n");
    run.bytes = readUntilTagged(socket, "r3", &status, capture);
    run.fetchNs = fetch.nsecsElapsed();
    run.totalNs = total.nsecsElapsed();
    run.ok = run.bytes > 0 && status.startsWith("OK");
    if (!run.ok)
        run.error = u"FETCH: "_s + QString::fromLatin1(status);
    socket.write("r4 LOGOUT\r\n");
    socket.waitForBytesWritten(1000);
    socket.disconnectFromHost();
    return run;
}

Run mailbell(const Endpoint &server)
{
    Run run;
    QElapsedTimer total;
    total.start();
    AccountConfig config;
    config.host = u"imap.test"_s;
    config.connectAddress = server.host;
    config.port = server.port;
    config.security = AccountConfig::Security::Tls;
    config.user = kUser;
    config.caCertificates = server.ca;
    config.greetingTimeoutMs = 30000;
    config.commandTimeoutMs = kTimeoutMs;
    Connection connection(config, new SslTransport);
    connection.setPassword(kPassword);
    QEventLoop loop;
    QElapsedTimer fetch;
    QList<MessageSummary> summaries;
    QObject::connect(&connection, &Connection::failed, &loop, [&](const ImapError &error) {
        run.error = error.message + u" "_s + error.detail;
        loop.quit();
    });
    QObject::connect(&connection, &Connection::ready, &loop, [&] {
        connection.send(
            connection.commandBuilder().select(u"INBOX"_s), [&](const Connection::Reply &selected) {
                if (!selected.isOk()) {
                    run.error = u"SELECT failed"_s;
                    loop.quit();
                    return;
                }
                fetch.start();
                const CommandResult command = connection.commandBuilder().command(
                    {CommandArgument::atom("UID"), CommandArgument::atom("FETCH"),
                     CommandArgument::raw("1:*"),
                     CommandArgument::rawList(
                         {"UID", "FLAGS", "ENVELOPE", "INTERNALDATE", "RFC822.SIZE"})});
                // As SummaryFetcher does: each FETCH becomes a summary as it arrives.
                const auto sink = [&summaries](const Response &response) {
                    if (const auto *f = std::get_if<FetchResponse>(&response))
                        summaries.append(SummaryFetcher::fromFetch(*f, 200));
                };
                const auto completion = [&](const Connection::Reply &reply) {
                    run.fetchNs = fetch.nsecsElapsed();
                    run.totalNs = total.nsecsElapsed();
                    run.summaries = summaries.size();
                    run.ok = reply.isOk();
                    if (!run.ok)
                        run.error = u"FETCH: "_s + reply.error.message;
                    if (!summaries.isEmpty()) {
                        const MessageSummary &sample =
                            summaries.at(std::min<qsizetype>(2, summaries.size() - 1));
                        std::printf("sample summary: uid %u, from \"%s\", %lld To, %lld Cc, "
                                    "subject \"%s\", size %llu\n",
                                    sample.uid,
                                    sample.from.isEmpty() ? ""
                                                          : qPrintable(sample.from.first().name),
                                    qlonglong(sample.to.size()), qlonglong(sample.cc.size()),
                                    qPrintable(sample.subject), qulonglong(sample.size));
                    }
                    loop.quit();
                };
                connection.send(command, completion, sink);
            });
    });
    connection.open();
    loop.exec();
    if (connection.state() != Connection::State::Failed) {
        connection.logout();
        QEventLoop out;
        QObject::connect(&connection, &Connection::loggedOut, &out, &QEventLoop::quit);
        QTimer::singleShot(2000, &out, &QEventLoop::quit);
        out.exec();
    }
    return run;
}

// The child: one client, one fetch; its figures go to stdout as one "result" line.
int runClient(const QStringList &args)
{
    // --client raw|mailbell host port ca-file
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: --client raw|mailbell host port ca-file\n");
        return 2;
    }
    Endpoint server;
    server.host = args.at(2);
    server.port = quint16(args.at(3).toUInt());
    server.ca = QSslCertificate::fromPath(args.at(4));
    const bool raw = args.at(1) == u"raw"_s;
    QFile capture(qEnvironmentVariable("MAILBELL_BENCH_CAPTURE"));
    if (raw && !capture.fileName().isEmpty() && !capture.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(capture.fileName()));
        return 1;
    }
    Run run = raw ? rawReader(server, capture.isOpen() ? &capture : nullptr) : mailbell(server);
    run.cpuMs = BenchFigures::processCpuMs();
    std::printf("result ok=%d fetch_ns=%lld total_ns=%lld cpu_ms=%.3f bytes=%lld summaries=%lld\n",
                run.ok ? 1 : 0, qlonglong(run.fetchNs), qlonglong(run.totalNs), run.cpuMs,
                qlonglong(run.bytes), qlonglong(run.summaries));
    if (!run.ok)
        std::fprintf(stderr, "%s\n", qPrintable(run.error));
    return run.ok ? 0 : 1;
}

// The parent: starts one client process and reads its result line. In the warm-up round the raw
// reader may capture its stream and Mailbell's sample summary is shown.
enum class Round { WarmUp, Measured };
Run runChild(const char *which, const DovecotFixture &server, Round round)
{
    Run run;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (round == Round::Measured)
        environment.remove(u"MAILBELL_BENCH_CAPTURE"_s);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--client"_s, QString::fromLatin1(which), server.host(),
                 QString::number(server.imapsPort()), server.caCertificatePath()});
    if (!child.waitForFinished(kTimeoutMs + 60'000)) {
        run.error = u"client did not finish: "_s + child.errorString();
        child.kill();
        child.waitForFinished();
        return run;
    }
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        if (!line.startsWith("result ")) {
            if (round == Round::WarmUp && line.startsWith("sample "))
                std::printf("%s\n", line.constData());
            continue;
        }
        for (const QByteArray &field : line.mid(7).split(' ')) {
            const qsizetype eq = field.indexOf('=');
            const QByteArray key = field.left(eq);
            const QByteArray value = field.mid(eq + 1);
            if (key == "ok")
                run.ok = value == "1";
            else if (key == "fetch_ns")
                run.fetchNs = value.toLongLong();
            else if (key == "total_ns")
                run.totalNs = value.toLongLong();
            else if (key == "cpu_ms")
                run.cpuMs = value.toDouble();
            else if (key == "bytes")
                run.bytes = value.toLongLong();
            else if (key == "summaries")
                run.summaries = value.toLongLong();
        }
    }
    if (!run.ok && run.error.isEmpty())
        run.error = u"client exited with %1"_s.arg(child.exitCode());
    return run;
}

void print(const char *label, const Run &run)
{
    std::printf("  %-9s fetch %8.1f ms  total %8.1f ms  client CPU %8.1f ms  %s\n", label,
                double(run.fetchNs) / 1e6, double(run.totalNs) / 1e6, run.cpuMs,
                run.ok ? "" : qPrintable(run.error));
}

} // namespace

using BenchFigures::median;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == u"--client"_s)
        return runClient(args);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 100000;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 6;
    DovecotFixture server;
    if (!server.start() || !server.createUser(kUser, kPassword)) {
        std::fprintf(stderr, "Dovecot fixture: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    // The fixture chowns its home folder to the uid Dovecot keeps mail as.
    const QString home = QDir(server.directory()).filePath(u"home"_s);
    struct stat owner
    { };
    if (::stat(QFile::encodeName(home).constData(), &owner) != 0) {
        std::fprintf(stderr, "cannot stat %s\n", qPrintable(home));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const QString maildir = home + u"/"_s + kUser + u"/Maildir"_s;
    const QString kept = qEnvironmentVariable("MAILBELL_BENCH_MAILDIR");
    // The marker names the count, so a kept Maildir seeded with another count is not reused.
    const QString seededMarker = kept + u".seeded-"_s + QString::number(count);
    const bool reuse = !kept.isEmpty() && QFile::exists(seededMarker);
    if (!kept.isEmpty()) {
        if (!reuse) {
            const QFileInfo keptInfo(kept);
            const QStringList markers = keptInfo.dir().entryList(
                {keptInfo.fileName() + u".seeded-*"_s}, QDir::Files | QDir::Hidden);
            for (const QString &stale : markers)
                QFile::remove(keptInfo.dir().filePath(stale));
        }
        if (!reuse && QDir(kept).exists() && !QDir(kept).removeRecursively()) {
            std::fprintf(stderr, "cannot clear %s\n", qPrintable(kept));
            return 1;
        }
        // QTemporaryDir's cleanup removes the link, not the kept Maildir behind it. The home
        // above the link belongs to the mail user, as the seeder would leave it.
        const QString userHome = QFileInfo(maildir).path();
        if (!QDir().mkpath(userHome) || !QDir().mkpath(kept) || !QFile::link(kept, maildir)
            || ::chown(QFile::encodeName(userHome).constData(), owner.st_uid, owner.st_gid) != 0
            || ::chown(QFile::encodeName(kept).constData(), owner.st_uid, owner.st_gid) != 0) {
            std::fprintf(stderr, "cannot link %s to %s\n", qPrintable(maildir), qPrintable(kept));
            return 1;
        }
    }
    if (!reuse) {
        MaildirSeeder::Options seed;
        seed.count = count;
        QString error;
        if (!MaildirSeeder::seed(maildir, seed, owner.st_uid, owner.st_gid, &error)) {
            std::fprintf(stderr, "seeding: %s\n", qPrintable(error));
            return 1;
        }
        if (!kept.isEmpty()) {
            QFile marker(seededMarker);
            marker.open(QIODevice::WriteOnly);
        }
    }
    std::printf("bench_envelopefetch: %d messages %s in %.1f s; %d runs each\n", count,
                reuse ? "already in the kept Maildir" : "written to the Maildir",
                double(timer.elapsed()) / 1000, runs);

    timer.restart();
    const Run warmRaw = runChild("raw", server, Round::WarmUp);
    const double warmRawS = double(timer.elapsed()) / 1000;
    timer.restart();
    const Run warmMailbell = runChild("mailbell", server, Round::WarmUp);
    std::printf("warm-up (Dovecot indexes and caches): raw %.1f s, mailbell %.1f s\n", warmRawS,
                double(timer.elapsed()) / 1000);
    if (!warmRaw.ok || !warmMailbell.ok) {
        std::fprintf(stderr, "warm-up failed: raw %s, mailbell %s\n", qPrintable(warmRaw.error),
                     qPrintable(warmMailbell.error));
        return 1;
    }

    std::vector<double> rawMs, mbMs, rawTotal, mbTotal, rawCpu, mbCpu, ratios, cpuPerMessage;
    qint64 bytes = 0;
    qsizetype summaries = 0;
    for (int i = 0; i < runs; ++i) {
        // Odd runs start with the raw reader, even runs with Mailbell.
        const bool rawFirst = i % 2 == 0;
        Run raw, mb;
        if (rawFirst) {
            raw = runChild("raw", server, Round::Measured);
            mb = runChild("mailbell", server, Round::Measured);
        } else {
            mb = runChild("mailbell", server, Round::Measured);
            raw = runChild("raw", server, Round::Measured);
        }
        std::printf("run %d (%s first)\n", i + 1, rawFirst ? "raw" : "mailbell");
        print("raw", raw);
        print("mailbell", mb);
        if (!raw.ok || !mb.ok)
            return 1;
        rawMs.push_back(double(raw.fetchNs) / 1e6);
        mbMs.push_back(double(mb.fetchNs) / 1e6);
        ratios.push_back(double(mb.fetchNs) / double(raw.fetchNs));
        rawTotal.push_back(double(raw.totalNs) / 1e6);
        mbTotal.push_back(double(mb.totalNs) / 1e6);
        rawCpu.push_back(raw.cpuMs);
        mbCpu.push_back(mb.cpuMs);
        cpuPerMessage.push_back((mb.cpuMs - raw.cpuMs) * 1e3 / count);
        bytes = raw.bytes;
        summaries = mb.summaries;
    }
    std::printf("%lld summaries (expected %d), %.1f MB of FETCH responses over TLS\n",
                qlonglong(summaries), count, double(bytes) / 1e6);
    std::printf("fetch time, mailbell/raw, median of %d paired runs: %.2f (min %.2f, max %.2f; "
                "target <= 1.2)\n",
                runs, median(ratios), *std::min_element(ratios.begin(), ratios.end()),
                *std::max_element(ratios.begin(), ratios.end()));
    std::printf("median fetch time: raw reader %.1f ms (%.1f MB/s), mailbell %.1f ms (%.1f MB/s)\n",
                median(rawMs), double(bytes) / 1e3 / median(rawMs), median(mbMs),
                double(bytes) / 1e3 / median(mbMs));
    std::printf("median incl. process start, connect, TLS, LOGIN, SELECT: raw %.1f ms, mailbell "
                "%.1f ms\n",
                median(rawTotal), median(mbTotal));
    std::printf("median client CPU (user+sys of the client process; Dovecot not included): raw "
                "%.1f ms, mailbell %.1f ms\n",
                median(rawCpu), median(mbCpu));
    std::printf("client CPU beyond the raw reader, median of the paired runs: %.2f us per message "
                "(target <= 10)\n",
                median(cpuPerMessage));
    return summaries == count ? 0 : 1;
}
