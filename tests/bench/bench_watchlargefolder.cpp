// What the product does on a large folder: `mailbell watch --json` (the real binary, a fresh
// state file, so a first run) on an INBOX of many messages in the private Dovecot, from start to
// its "ready" event (SELECT, the initial UID FETCH 1:* (UID FLAGS), IDLE), then SIGTERM. Prints
// per run and as medians: the time to ready, the process's peak RSS (VmHWM), the bytes on the
// wire each way until ready (counted by a proxy in front of Dovecot's TLS port, so TLS
// included) and the client's CPU time (user + sys) until ready. Asserts nothing.
//
// Usage: bench_watchlargefolder [--compress on|off|both] [messages (100000)] [runs (3)]
//                               [other mailbell binaries...]
// --compress (default both): COMPRESS=DEFLATE (RFC 4978, offered by the fixture when Dovecot's
// imap_zlib plugin is installed) on, off ("compress = off" in the accounts file), or both.
// Other binaries (an older build, say) and the two settings run in the same session on the same
// mailbox, the order rotated per run, so before/after figures share the machine's noise.
#include "benchfigures.h"
#include "dovecotfixture.h"
#include "faultproxy.h"
#include "maildirseeder.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <csignal>
#include <cstdio>
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

Sample watchUntilReady(const Variant &variant, const FaultProxy &proxy,
                       const DovecotFixture &server, const QString &state)
{
    Sample sample;
    QFile::remove(state);
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
    while (!sample.ok && !deadline.hasExpired() && process.state() == QProcess::Running) {
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
        }
    }
    sample.peakRssMb = BenchFigures::peakRssMb(process.processId());
    if (!sample.ok)
        sample.error = u"no ready event: %1"_s.arg(
            QString::fromLocal8Bit(process.readAllStandardError().right(400)));
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QList<bool> modes {true, false};
    QStringList positional;
    for (int i = 1; i < argc; ++i) {
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
    const Sample warm = watchUntilReady(variants.first(), proxy, server, state);
    std::printf("warm-up (Dovecot indexes the folder): %.1f s%s\n", double(timer.elapsed()) / 1000,
                warm.ok ? "" : qPrintable(u" FAILED: "_s + warm.error));
    if (!warm.ok)
        return 1;

    // Per variant, one list per figure: ready, peak RSS, wire in, wire out, CPU.
    std::vector<std::vector<std::vector<double>>> figures(size_t(variants.size()),
                                                          std::vector<std::vector<double>>(5));
    for (int run = 0; run < runs; ++run) {
        for (qsizetype k = 0; k < variants.size(); ++k) {
            const qsizetype v = (k + run) % variants.size(); // rotate the order
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
