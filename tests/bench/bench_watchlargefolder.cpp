// What the product does on a large folder: `mailbell watch --json` (the real binary, a fresh
// state file, so a first run) on an INBOX of many messages in the private Dovecot, from start to
// its "ready" event (SELECT, the initial UID FETCH 1:* (UID FLAGS), IDLE), then SIGTERM. Prints
// per run and as medians: the time to ready, the process's peak RSS (VmHWM), the bytes on the
// wire each way until ready (counted by a proxy in front of Dovecot's TLS port, so TLS
// included) and the client's CPU time (user + sys) until ready. Asserts nothing.
//
// Usage: bench_watchlargefolder [--compress on|off|both] [--restart] [messages (100000)]
//                               [runs (3)] [other mailbell binaries...]
// --compress (default both): COMPRESS=DEFLATE (RFC 4978, offered by the fixture when Dovecot's
// imap_zlib plugin is installed) on, off ("compress = off" in the accounts file), or both.
// Other binaries (an older build, say) and the two settings run in the same session on the same
// mailbox, the order rotated per run, so before/after figures share the machine's noise.
// --restart (issue 12 section 2): every run is a cold start (no state: seen store and mailbox
// mirrors removed), then 10 changes made from outside while stopped (3 expunged, 2 marked
// unread, 2 flagged, 3 new: makeChanges()), then a restart on the state the cold start left; it
// prints both, the restart's bytes until ready and until its new mail was announced too, and
// the load average. The seeded messages are all \Seen then (--seen-percent to change it), so
// the unseen backlog fetched after every start does not drown the sync in the figures.
#include "benchfigures.h"
#include "dovecotfixture.h"
#include "faultproxy.h"
#include "maildirseeder.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

const QString kUser = u"large"_s;
const QString kPassword = u"s3cret-large"_s;
constexpr int kReadyTimeoutMs = 10 * 60 * 1000;

// One binary with COMPRESS=DEFLATE allowed or not.
struct Variant
{
    QString binary;
    bool compress = true;
    QString label() const
    {
        return binary + (compress ? u" [compress on]"_s : u" [compress off]"_s);
    }
};

struct Sample
{
    bool ok = false;
    double readyMs = 0;
    double announcedKiB = 0; // --restart: wire in until the new mail was announced
    double peakRssMb = 0;
    double wireInKiB = 0; // server to client, TLS included
    double wireOutKiB = 0;
    double cpuMs = 0;
    QString error;
};

// The account, reached through the proxy; "compress = off" only when off (an older binary that
// does not know the key warns and ignores it).
bool writeAccounts(const QString &path, const Variant &variant, const FaultProxy &proxy,
                   const DovecotFixture &server)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray text = "[large]\nhost = imap.test\nconnect-address = " + proxy.host().toUtf8()
        + "\nport = " + QByteArray::number(proxy.port())
        + "\ncafile = " + server.caCertificatePath().toUtf8() + "\nuser = " + kUser.toUtf8()
        + "\npassword-command = /bin/echo " + kPassword.toUtf8() + "\n";
    if (!variant.compress)
        text += "compress = off\n";
    return file.write(text) == text.size();
}

// Forgets everything a run left: the seen store and the mailbox mirrors beside it.
void removeState(const QString &state)
{
    QFile::remove(state);
    QDir(QFileInfo(state).dir().filePath(QFileInfo(state).completeBaseName() + u"-mailboxes"_s))
        .removeRecursively();
}

// The bytes on disk of the mailbox mirrors beside the seen store.
qint64 mirrorBytes(const QString &state)
{
    qint64 total = 0;
    const QDir dir(
        QFileInfo(state).dir().filePath(QFileInfo(state).completeBaseName() + u"-mailboxes"_s));
    for (const QFileInfo &file : dir.entryInfoList(QDir::Files))
        total += file.size();
    return total;
}

// Waits for ready, and then for announcedWanted "new" events (0: none).
Sample watchUntilReady(const Variant &variant, const FaultProxy &proxy,
                       const DovecotFixture &server, const QString &state, int announcedWanted = 0)
{
    Sample sample;
    int announced = 0;
    bool done = false;
    const QString accounts = state + u".accounts.conf"_s;
    if (!writeAccounts(accounts, variant, proxy, server)) {
        sample.error = u"cannot write %1"_s.arg(accounts);
        return sample;
    }
    using Direction = FaultProxy::Direction;
    const qint64 inBefore = proxy.bytesForwarded(Direction::ServerToClient);
    const qint64 outBefore = proxy.bytesForwarded(Direction::ClientToServer);
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(variant.binary,
                  {u"watch"_s, u"--json"_s, u"--state"_s, state, u"--config"_s, accounts});
    if (!process.waitForStarted()) {
        sample.error = u"cannot start %1"_s.arg(variant.binary);
        return sample;
    }
    QByteArray buffer;
    const QDeadlineTimer deadline(kReadyTimeoutMs);
    while (!done && !deadline.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        buffer += process.readAllStandardOutput();
        qsizetype end;
        while ((end = buffer.indexOf('\n')) >= 0) {
            const QJsonObject event = QJsonDocument::fromJson(buffer.left(end)).object();
            buffer.remove(0, end + 1);
            if (event.value(u"event"_s) == u"ready"_s && !sample.ok) {
                sample.readyMs = double(timer.nsecsElapsed()) / 1e6;
                sample.cpuMs = BenchFigures::processCpuMs(process.processId());
                sample.wireInKiB =
                    double(proxy.bytesForwarded(Direction::ServerToClient) - inBefore) / 1024;
                sample.wireOutKiB =
                    double(proxy.bytesForwarded(Direction::ClientToServer) - outBefore) / 1024;
                sample.ok = true;
            }
            if (event.value(u"event"_s) == u"new"_s)
                ++announced;
            if (sample.ok && announced >= announcedWanted && !done) {
                sample.announcedKiB =
                    double(proxy.bytesForwarded(Direction::ServerToClient) - inBefore) / 1024;
                done = true;
            }
        }
    }
    sample.peakRssMb = BenchFigures::peakRssMb(process.processId());
    if (!sample.ok || !done)
        sample.error = u"no ready event or too few new ones: %1"_s.arg(
            QString::fromLocal8Bit(process.readAllStandardError().right(400)));
    sample.ok = sample.ok && done;
    ::kill(pid_t(process.processId()), SIGTERM);
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
    }
    return sample;
}

void printSample(const char *prefix, const QString &label, const Sample &s)
{
    std::printf("%s %-58s ready %7.0f ms  peak RSS %6.1f MiB  wire in %8.1f KiB  out %6.1f KiB  "
                "CPU %6.0f ms\n",
                prefix, qPrintable(label), s.readyMs, s.peakRssMb, s.wireInKiB, s.wireOutKiB,
                s.cpuMs);
}

// Ten changes from outside while Mailbell is stopped, at UIDs of their own per run, in a folder
// seeded all \Seen: 3 expunged, 2 marked unread, 2 flagged, 3 new (one of them already read).
// Returns the number of new unseen messages (to be announced), -1 on failure.
int makeChanges(DovecotFixture &server, int run, int count)
{
    const auto at = [&](int i) {
        return quint32(1 + (run * 37 + i * 997) % (count - 10));
    };
    bool ok = server.expunge(kUser, u"INBOX"_s, {at(0), at(1), at(2)});
    for (int i = 3; i < 5; ++i)
        ok = ok && server.removeFlags(kUser, u"INBOX"_s, at(i), {u"\\Seen"_s});
    for (int i = 5; i < 7; ++i)
        ok = ok && server.addFlags(kUser, u"INBOX"_s, at(i), {u"\\Flagged"_s});
    const QByteArray message = "From: Bob <bob@example.org>\r\nTo: large@example.org\r\n"
                               "Subject: while stopped\r\n\r\nHello.\r\n";
    ok = ok && server.appendMessage(kUser, u"INBOX"_s, message).has_value();
    ok = ok && server.appendMessage(kUser, u"INBOX"_s, message).has_value();
    ok = ok && server.appendMessage(kUser, u"INBOX"_s, message, {u"\\Seen"_s}).has_value();
    if (!ok)
        std::fprintf(stderr, "changes: %s\n", qPrintable(server.errorString()));
    return ok ? 2 : -1;
}

double loadAverage()
{
    double load[1] = {0};
    return ::getloadavg(load, 1) == 1 ? load[0] : -1;
}

int benchRestart(DovecotFixture &server, const FaultProxy &proxy, const Variant &variant,
                 const QString &state, int count, int runs)
{
    std::vector<std::vector<double>> figures(5); // cold ready, cold in, restart ready, in, new
    for (int run = 0; run < runs; ++run) {
        removeState(state);
        const Sample cold = watchUntilReady(variant, proxy, server, state);
        const int fresh = cold.ok ? makeChanges(server, run, count) : -1;
        const Sample warm =
            fresh >= 0 ? watchUntilReady(variant, proxy, server, state, fresh) : Sample {};
        if (!cold.ok || !warm.ok) {
            std::fprintf(stderr, "run %d: %s%s\n", run + 1, qPrintable(cold.error),
                         qPrintable(warm.error));
            return 1;
        }
        std::printf("run %d  cold start: ready %7.0f ms, wire in %8.1f KiB, peak RSS %5.1f MiB | "
                    "restart after 10 changes: ready %6.0f ms, wire in %6.1f KiB until ready, "
                    "%6.1f KiB until its %d new messages were announced, peak RSS %5.1f MiB | "
                    "mirror on disk %lld bytes | load %.2f\n",
                    run + 1, cold.readyMs, cold.wireInKiB, cold.peakRssMb, warm.readyMs,
                    warm.wireInKiB, warm.announcedKiB, fresh, warm.peakRssMb,
                    qlonglong(mirrorBytes(state)), loadAverage());
        size_t i = 0;
        for (const double value :
             {cold.readyMs, cold.wireInKiB, warm.readyMs, warm.wireInKiB, warm.announcedKiB})
            figures[i++].push_back(value);
    }
    std::printf("medians over %d runs, %d messages, %s: cold start ready %.0f ms, wire in %.1f "
                "KiB; restart ready %.0f ms, wire in %.1f KiB until ready, %.1f KiB until the "
                "new mail was announced\n",
                runs, count, qPrintable(variant.label()), BenchFigures::median(figures[0]),
                BenchFigures::median(figures[1]), BenchFigures::median(figures[2]),
                BenchFigures::median(figures[3]), BenchFigures::median(figures[4]));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QList<bool> modes {true, false};
    QStringList positional;
    bool restart = false;
    int seenPercent = -1; // the seeder's default; --restart: 100
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--restart") == 0) {
            restart = true;
            continue;
        }
        if (std::strcmp(argv[i], "--seen-percent") == 0 && i + 1 < argc) {
            seenPercent = std::clamp(std::atoi(argv[++i]), 0, 100);
            continue;
        }
        if (std::strcmp(argv[i], "--compress") == 0 && i + 1 < argc) {
            const QByteArray mode = argv[++i];
            if (mode == "on")
                modes = {true};
            else if (mode == "off")
                modes = {false};
            else if (mode != "both") {
                std::fprintf(stderr, "--compress takes on, off or both\n");
                return 2;
            }
            continue;
        }
        positional.append(QString::fromLocal8Bit(argv[i]));
    }
    const int count = positional.size() > 0 ? std::max(1, positional.at(0).toInt()) : 100000;
    const int runs = positional.size() > 1 ? std::max(1, positional.at(1).toInt()) : 3;
    QStringList binaries {QStringLiteral(MAILBELL_BINARY)};
    binaries.append(positional.mid(2));
    QList<Variant> variants;
    for (const QString &binary : std::as_const(binaries)) {
        for (const bool compress : std::as_const(modes))
            variants.append({binary, compress});
    }

    DovecotFixture server;
    if (!server.start() || !server.createUser(kUser, kPassword)) {
        std::fprintf(stderr, "Dovecot fixture: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    if (!DovecotFixture::offersCompression())
        std::printf("Dovecot's imap_zlib plugin is missing: nothing is compressed\n");
    FaultProxy proxy;
    if (!proxy.listen(server.host(), server.imapsPort())) {
        std::fprintf(stderr, "proxy: %s\n", qPrintable(proxy.errorString()));
        return 1;
    }
    const QString home = QDir(server.directory()).filePath(u"home"_s);
    struct stat owner
    { };
    if (::stat(QFile::encodeName(home).constData(), &owner) != 0) {
        std::fprintf(stderr, "cannot stat %s\n", qPrintable(home));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    MaildirSeeder::Options seed;
    seed.count = count;
    if (seenPercent >= 0 || restart)
        seed.seenPercent = seenPercent >= 0 ? seenPercent : 100;
    QString error;
    if (!MaildirSeeder::seed(home + u"/"_s + kUser + u"/Maildir"_s, seed, owner.st_uid,
                             owner.st_gid, &error)) {
        std::fprintf(stderr, "seeding: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("bench_watchlargefolder: %d messages written in %.1f s; %d runs per variant\n",
                count, double(timer.elapsed()) / 1000, runs);

    QTemporaryDir dir;
    const QString state = dir.filePath(u"state.json"_s);
    timer.restart();
    removeState(state);
    const Sample warm = watchUntilReady(variants.first(), proxy, server, state);
    std::printf("warm-up (Dovecot indexes the folder): %.1f s%s\n", double(timer.elapsed()) / 1000,
                warm.ok ? "" : qPrintable(u" FAILED: "_s + warm.error));
    if (!warm.ok)
        return 1;
    if (restart) {
        for (const Variant &variant : std::as_const(variants)) {
            if (benchRestart(server, proxy, variant, state, count, runs) != 0)
                return 1;
        }
        return 0;
    }

    // Per variant, one list per figure: ready, peak RSS, wire in, wire out, CPU.
    std::vector<std::vector<std::vector<double>>> figures(size_t(variants.size()),
                                                          std::vector<std::vector<double>>(5));
    for (int run = 0; run < runs; ++run) {
        for (qsizetype k = 0; k < variants.size(); ++k) {
            const qsizetype v = (k + run) % variants.size(); // rotate the order
            removeState(state);
            const Sample s = watchUntilReady(variants.at(v), proxy, server, state);
            if (!s.ok) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(variants.at(v).label()),
                             qPrintable(s.error));
                return 1;
            }
            printSample(qPrintable(u"run %1"_s.arg(run + 1)), variants.at(v).label(), s);
            auto &f = figures[size_t(v)];
            for (size_t i = 0;
                 const double value : {s.readyMs, s.peakRssMb, s.wireInKiB, s.wireOutKiB, s.cpuMs})
                f[i++].push_back(value);
        }
    }
    std::printf("medians over %d runs, %d messages:\n", runs, count);
    for (qsizetype v = 0; v < variants.size(); ++v) {
        const auto &f = figures[size_t(v)];
        Sample median;
        median.readyMs = BenchFigures::median(f[0]);
        median.peakRssMb = BenchFigures::median(f[1]);
        median.wireInKiB = BenchFigures::median(f[2]);
        median.wireOutKiB = BenchFigures::median(f[3]);
        median.cpuMs = BenchFigures::median(f[4]);
        printSample(" ", variants.at(v).label(), median);
    }
    return 0;
}
