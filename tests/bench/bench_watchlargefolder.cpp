// What the product does on a large folder: `mailbell watch --json` (the real binary, a fresh
// state file, so a first run) on an INBOX of many messages in the private Dovecot, from start to
// its "ready" event (SELECT, the initial UID FETCH 1:* (UID FLAGS), IDLE), then SIGTERM. Prints
// the time to ready and the process's peak RSS (VmHWM) per run and their medians. Asserts
// nothing.
//
// Usage: bench_watchlargefolder [messages (100000)] [runs (3)] [other mailbell binaries...]
// Other binaries (an older build, say) run in the same session on the same mailbox, the order
// rotated per run, so before/after figures share the machine's noise.
#include "benchfigures.h"
#include "dovecotfixture.h"
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
#include <sys/stat.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

const QString kUser = u"large"_s;
const QString kPassword = u"s3cret-large"_s;
constexpr int kReadyTimeoutMs = 10 * 60 * 1000;

struct Sample
{
    bool ok = false;
    double readyMs = 0;
    double peakRssMb = 0;
    QString error;
};

Sample watchUntilReady(const QString &binary, const DovecotFixture &server, const QString &state)
{
    Sample sample;
    QFile::remove(state);
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(binary,
                  {u"watch"_s, u"--json"_s, u"--state"_s, state, u"--host"_s, u"imap.test"_s,
                   u"--connect-address"_s, server.host(), u"--port"_s,
                   QString::number(server.imapsPort()), u"--cafile"_s, server.caCertificatePath(),
                   u"--user"_s, kUser, u"--password-command"_s, u"/bin/echo "_s + kPassword});
    if (!process.waitForStarted()) {
        sample.error = u"cannot start %1"_s.arg(binary);
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
            if (event.value(u"event"_s) == u"ready"_s) {
                sample.readyMs = double(timer.nsecsElapsed()) / 1e6;
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 100000;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    QStringList binaries {QStringLiteral(MAILBELL_BINARY)};
    for (int i = 3; i < argc; ++i)
        binaries.append(QString::fromLocal8Bit(argv[i]));

    DovecotFixture server;
    if (!server.start() || !server.createUser(kUser, kPassword)) {
        std::fprintf(stderr, "Dovecot fixture: %s\n", qPrintable(server.errorString()));
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
    std::printf("bench_watchlargefolder: %d messages written in %.1f s; %d runs per binary\n",
                count, double(timer.elapsed()) / 1000, runs);

    QTemporaryDir dir;
    const QString state = dir.filePath(u"state.json"_s);
    timer.restart();
    const Sample warm = watchUntilReady(binaries.first(), server, state);
    std::printf("warm-up (Dovecot indexes the folder): %.1f s%s\n", double(timer.elapsed()) / 1000,
                warm.ok ? "" : qPrintable(u" FAILED: "_s + warm.error));
    if (!warm.ok)
        return 1;

    std::vector<std::vector<double>> ready(size_t(binaries.size()));
    std::vector<std::vector<double>> peak(size_t(binaries.size()));
    for (int run = 0; run < runs; ++run) {
        for (qsizetype k = 0; k < binaries.size(); ++k) {
            const qsizetype b = (k + run) % binaries.size(); // rotate the order
            const Sample s = watchUntilReady(binaries.at(b), server, state);
            if (!s.ok) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(binaries.at(b)), qPrintable(s.error));
                return 1;
            }
            std::printf("run %d  %-60s ready %8.0f ms  peak RSS %6.1f MiB\n", run + 1,
                        qPrintable(binaries.at(b)), s.readyMs, s.peakRssMb);
            ready[size_t(b)].push_back(s.readyMs);
            peak[size_t(b)].push_back(s.peakRssMb);
        }
    }
    std::printf("medians over %d runs, %d messages:\n", runs, count);
    for (qsizetype b = 0; b < binaries.size(); ++b) {
        std::printf("  %-60s ready %8.0f ms  peak RSS %6.1f MiB\n", qPrintable(binaries.at(b)),
                    BenchFigures::median(ready[size_t(b)]), BenchFigures::median(peak[size_t(b)]));
    }
    return 0;
}
