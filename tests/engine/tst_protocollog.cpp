// ProtocolLog: redaction of credentials and SASL exchanges, literal shortening, bounds, file sink
// (rotation at a small injected cap, a write error said once, FIFOs, devices and symlinks never
// renamed).
#include "engine/protocollog.h"
#include "manualclock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

const QByteArray password = "Pw-7f3c!secret";
// base64("\0alice\0Pw-7f3c!secret"), the SASL PLAIN blob
const QByteArray plainBlob = QByteArray("\0alice\0Pw-7f3c!secret", 21).toBase64();
const QByteArray token = "ya29.TOKEN-abc123";
const QByteArray oauthBlob = QByteArray("n,a=alice,\1auth=Bearer ya29.TOKEN-abc123\1\1").toBase64();

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A log with a small file cap whose warnings are counted instead of printed.
struct CappedLog
{
    explicit CappedLog(qint64 cap)
        : log(ProtocolLog::Limits {2000, 1 << 20, 2048, 256, cap})
    {
        log.setClock(&clock);
        log.setWarningSink([this](const QString &warning) { warnings.append(warning); });
    }
    ManualClock clock;
    ProtocolLog log;
    QStringList warnings;
};

// "A<i> NOOP" lines: 28 + 2..4 + 6 bytes each in the file ("2024-...Z [1] C: A1 NOOP\n").
void writeNoops(ProtocolLog &log, int from, int to)
{
    for (int i = from; i < to; ++i)
        log.recordSent(1, QByteArray("A" + QByteArray::number(i) + " NOOP\r\n"));
}

} // namespace

class Tst_protocollog : public QObject
{
    Q_OBJECT
private slots:
    void redactClientLine_data();
    void redactClientLine();
    void saslExchangesNeverLogged_data();
    void saslExchangesNeverLogged();
    void literalsAndEscaping_data();
    void literalsAndEscaping();
    void boundedByLinesAndBytes();
    void fileRotatesAtTheCap();
    void credentialsStayRedactedAcrossRotation();
    void writeErrorIsReportedOnce();
    void unopenablePathIsAnError_data();
    void unopenablePathIsAnError();
    void fifoIsWrittenNeverRotated();
    void symlinkIsWrittenNeverRotated();
    void oldFileThatIsNotRegularIsNeverReplaced();
};

void Tst_protocollog::redactClientLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("login-atoms") << QByteArray("A1 LOGIN alice Pw-7f3c!secret\r\n")
                                 << QByteArray("A1 LOGIN alice ***");
    QTest::newRow("login-quoted") << QByteArray("a2 login \"al ice\" \"Pw-7f3c!\\\"secret\"\r\n")
                                  << QByteArray("a2 login \"al ice\" ***");
    QTest::newRow("login-literal-plus")
        << QByteArray("A3 LOGIN {5+}\r\nalice {14+}\r\nPw-7f3c!secret\r\n")
        << QByteArray("A3 LOGIN {5+}\r\nalice ***");
    QTest::newRow("login-already-redacted")
        << QByteArray("A4 LOGIN alice ***") << QByteArray("A4 LOGIN alice ***");
    QTest::newRow("login-malformed-user")
        << QByteArray("A5 LOGIN \"alice Pw-7f3c!secret") << QByteArray("A5 LOGIN ***");
    QTest::newRow("rfc4959-authenticate-sasl-ir")
        << QByteArray("A6 AUTHENTICATE PLAIN " + plainBlob + "\r\n")
        << QByteArray("A6 AUTHENTICATE PLAIN ***");
    QTest::newRow("authenticate-no-ir")
        << QByteArray("A7 AUTHENTICATE XOAUTH2\r\n") << QByteArray("A7 AUTHENTICATE XOAUTH2");
    QTest::newRow("other-command-untouched")
        << QByteArray("A8 SELECT INBOX\r\n") << QByteArray("A8 SELECT INBOX\r\n");
}

void Tst_protocollog::redactClientLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, expected);
    QCOMPARE(ProtocolLog::redactClientLine(line), expected);
}

void Tst_protocollog::saslExchangesNeverLogged_data()
{
    // Each step: "C:" / "C!" (sent, flagged sensitive) / "S:" / "begin" / "end".
    QTest::addColumn<QList<QByteArray>>("steps");
    QTest::addColumn<QByteArray>("expectedLast");

    QTest::newRow("login-literal-sent-in-chunks")
        << QList<QByteArray> {"C:A1 LOGIN {5}\r\n", "S:+ Ready\r\n",          "C:alice {14}\r\n",
                              "S:+ Ready\r\n",      "C:" + password + "\r\n", "S:A1 OK done\r\n",
                              "C:A2 NOOP\r\n"}
        << QByteArray("C: A2 NOOP");
    QTest::newRow("authenticate-plain-no-ir")
        << QList<QByteArray> {"C:A1 AUTHENTICATE PLAIN\r\n", "S:+ \r\n", "C:" + plainBlob + "\r\n",
                              "S:A1 NO [AUTHENTICATIONFAILED] bad\r\n"}
        << QByteArray("S: A1 NO [AUTHENTICATIONFAILED] bad");
    QTest::newRow("xoauth2-error-challenge") << QList<
        QByteArray> {"C:A1 AUTHENTICATE XOAUTH2 " + oauthBlob + "\r\n",
                     "S:+ eyJzdGF0dXMiOiI0MDEiLCJzY29wZSI6Imh0dHBzOi8vbWFpbC5nb29nbGUuY29tLyJ9\r\n",
                     "C:\r\n", "S:A1 NO SASL authentication failed\r\n"}
                                             << QByteArray("S: A1 NO SASL authentication failed");
    QTest::newRow("caller-marked-exchange")
        << QList<QByteArray> {"begin", "C:" + oauthBlob + "\r\n", "S:+ " + token + "\r\n", "end",
                              "C:A9 NOOP\r\n"}
        << QByteArray("C: A9 NOOP");
    QTest::newRow("line-flagged-sensitive")
        << QList<QByteArray> {"C!" + token + "\r\n"} << QByteArray("C: ***");
}

void Tst_protocollog::saslExchangesNeverLogged()
{
    QFETCH(QList<QByteArray>, steps);
    QFETCH(QByteArray, expectedLast);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("protocol.log"));
    ProtocolLog log;
    const ManualClock clock(QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC));
    log.setClock(&clock);
    QCOMPARE(log.openFile(path), std::nullopt);
    for (const QByteArray &step : steps) {
        if (step == "begin")
            log.beginSensitive(3);
        else if (step == "end")
            log.endSensitive(3);
        else if (step.startsWith("C:"))
            log.recordSent(3, step.mid(2));
        else if (step.startsWith("C!"))
            log.recordSent(3, step.mid(2), true);
        else
            log.recordReceived(3, step.mid(2));
    }
    log.closeFile();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray fileText = file.readAll();
    const QByteArray ringText = log.toText();
    QCOMPARE(fileText, ringText);
    for (const QByteArray &secret : {password, plainBlob, token, oauthBlob,
                                     QByteArray("eyJzdGF0dXMiOiI0MDEi"), token.toBase64()}) {
        QVERIFY2(!ringText.contains(secret), secret.constData());
        QVERIFY2(!fileText.contains(secret), secret.constData());
    }
    QVERIFY(ringText.endsWith(QByteArray(" [3] " + expectedLast + '\n')));
    QVERIFY(ringText.startsWith("2023-11-14T22:13:20.000Z [3] "));
}

void Tst_protocollog::literalsAndEscaping_data()
{
    QTest::addColumn<QByteArray>("received");
    QTest::addColumn<QByteArray>("shown");

    QTest::newRow("small-literal-inline")
        << QByteArray("* 1 FETCH (BODY[HEADER.FIELDS (SUBJECT)] {13}\r\nSubject: hi\r\n)\r\n")
        << QByteArray("* 1 FETCH (BODY[HEADER.FIELDS (SUBJECT)] {13}\\r\\nSubject: hi\\r\\n)");
    QTest::newRow("large-literal-summarised")
        << QByteArray("* 2 FETCH (BODY[] {300}\r\n" + QByteArray(300, 'x') + " UID 9)\r\n")
        << QByteArray("* 2 FETCH (BODY[] {300} {300 bytes} UID 9)");
    QTest::newRow("literal8-summarised")
        << QByteArray("* 2 FETCH (BINARY[1] ~{1000}\r\n" + QByteArray(1000, '\0') + ")\r\n")
        << QByteArray("* 2 FETCH (BINARY[1] ~{1000} {1000 bytes})");
    QTest::newRow("claimed-literal-longer-than-data")
        << QByteArray("* 3 FETCH (BODY[] {4294967296}\r\nabc")
        << QByteArray("* 3 FETCH (BODY[] {4294967296} {4294967296 bytes}");
    QTest::newRow("control-bytes-escaped") << QByteArray("* OK [ALERT] a\x1b[31mred\x7f\r\n")
                                           << QByteArray("* OK [ALERT] a\\x1b[31mred\\x7f");
    QTest::newRow("long-line-truncated")
        << QByteArray("* OK " + QByteArray(3000, 'y') + "\r\n")
        << QByteArray("* OK " + QByteArray(2043, 'y') + "...[truncated, 957 more bytes]");
}

void Tst_protocollog::literalsAndEscaping()
{
    QFETCH(QByteArray, received);
    QFETCH(QByteArray, shown);
    ProtocolLog log;
    log.recordReceived(1, received);
    QCOMPARE(log.entries().size(), size_t(1));
    QCOMPARE(log.entries().front().text, shown);
    QCOMPARE(log.entries().front().direction, ProtocolLog::Direction::Received);
}

void Tst_protocollog::boundedByLinesAndBytes()
{
    ProtocolLog byLines(ProtocolLog::Limits {10, 1 << 20, 2048, 256});
    for (int i = 0; i < 25; ++i)
        byLines.recordSent(1, QByteArray("A" + QByteArray::number(i) + " NOOP\r\n"));
    QCOMPARE(byLines.entries().size(), size_t(10));
    QCOMPARE(byLines.entries().front().text, QByteArray("A15 NOOP"));
    QCOMPARE(byLines.entries().back().text, QByteArray("A24 NOOP"));

    ProtocolLog byBytes; // 2,000 lines / 1 MiB
    for (int i = 0; i < 5000; ++i)
        byBytes.recordReceived(2, QByteArray("* OK " + QByteArray(4000, 'z') + "\r\n"));
    QVERIFY(byBytes.byteCount() <= 1024 * 1024);
    QVERIFY(byBytes.entries().size() < 2000);
    QVERIFY(byBytes.entries().size() > 400);
    qsizetype sum = 0;
    for (const auto &entry : byBytes.entries())
        sum += entry.text.size() + ProtocolLog::entryOverhead;
    QCOMPARE(byBytes.byteCount(), sum);
}

void Tst_protocollog::fileRotatesAtTheCap()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"protocol.log"_s);
    QFile old(path + u".1"_s);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older rotation\n");
    old.close();

    constexpr qint64 cap = 400;
    CappedLog capped(cap);
    QVERIFY(!capped.log.openFile(path));
    QVERIFY(capped.log.isFileRotated());
    writeNoops(capped.log, 0, 100); // about 3,600 bytes: rotated several times
    QVERIFY(capped.log.isFileOpen());
    QVERIFY(capped.warnings.isEmpty());

    const QByteArray current = readAll(path);
    const QByteArray previous = readAll(path + u".1"_s);
    QVERIFY(current.size() <= cap);
    QVERIFY(previous.size() <= cap);
    QVERIFY(previous.size() > cap - 50); // it was full, not rotated early
    QVERIFY(!previous.contains("an older rotation")); // replaced
    QVERIFY(!QFile::exists(path + u".2"_s)); // one old file is kept
    QVERIFY2(current.endsWith("C: A99 NOOP\n"), current.constData());
    // FILE.1 holds the lines just before FILE's first one: nothing lost at the seam.
    const QList<QByteArray> lines = QByteArray(previous + current).split('\n');
    const qsizetype firstIndex = lines.first().indexOf("C: A") + 4;
    const int first =
        lines.first().mid(firstIndex, lines.first().indexOf(' ', firstIndex) - firstIndex).toInt();
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        QVERIFY2(lines.at(i).endsWith(QByteArray("C: A" + QByteArray::number(first + i) + " NOOP")),
                 lines.at(i).constData());
    QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
}

void Tst_protocollog::credentialsStayRedactedAcrossRotation()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"protocol.log"_s);
    CappedLog capped(200);
    QVERIFY(!capped.log.openFile(path));
    writeNoops(capped.log, 0, 4);
    capped.log.recordSent(1, QByteArray("A9 LOGIN alice " + password + "\r\n"));
    capped.log.recordSent(1, QByteArray("A10 AUTHENTICATE PLAIN " + plainBlob + "\r\n"));
    writeNoops(capped.log, 11, 13);
    const QByteArray both = readAll(path + u".1"_s) + readAll(path);
    QVERIFY(both.contains("C: A9 LOGIN alice ***"));
    QVERIFY(!both.contains(password));
    QVERIFY(!both.contains(plainBlob));
}

void Tst_protocollog::writeErrorIsReportedOnce()
{
    // /dev/full: every write fails with ENOSPC, like a full disk.
    if (!QFileInfo::exists(u"/dev/full"_s))
        QSKIP("no /dev/full");
    CappedLog capped(1 << 20);
    QVERIFY(!capped.log.openFile(u"/dev/full"_s));
    QVERIFY(!capped.log.isFileRotated()); // a device is never renamed
    writeNoops(capped.log, 0, 50);
    QCOMPARE(capped.warnings.size(), 1);
    QVERIFY2(capped.warnings.first().contains(u"/dev/full"_s)
                 && capped.warnings.first().contains(u"No space left on device"_s),
             qPrintable(capped.warnings.first()));
    QCOMPARE(capped.log.fileError(), capped.warnings.first());
    QVERIFY(!capped.log.isFileOpen()); // runs on without it
    QCOMPARE(capped.log.entries().size(), size_t(50)); // the ring buffer keeps recording
    QVERIFY(QFileInfo(u"/dev/full"_s).exists());
}

void Tst_protocollog::unopenablePathIsAnError_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("reason");
    QTest::newRow("directory") << u"a-directory"_s << u"Is a directory"_s;
    QTest::newRow("missing-folder") << u"missing/x.log"_s << u"No such file or directory"_s;
    QTest::newRow("fifo-without-reader") << u"fifo"_s << u"No such device or address"_s;
}

void Tst_protocollog::unopenablePathIsAnError()
{
    QFETCH(QString, relative);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"a-directory"_s));
    QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(u"fifo"_s)).constData(), 0600), 0);
    CappedLog capped(1000);
    const auto error = capped.log.openFile(dir.filePath(relative)); // never blocks
    QVERIFY(error);
    QVERIFY2(error->contains(dir.filePath(relative)) && error->contains(reason),
             qPrintable(*error));
    QVERIFY(!capped.log.isFileOpen());
    writeNoops(capped.log, 0, 3);
    QVERIFY(capped.warnings.isEmpty()); // said by the caller, once
    QVERIFY(QFileInfo(dir.filePath(u"a-directory"_s)).isDir());
}

void Tst_protocollog::fifoIsWrittenNeverRotated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"pipe"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const int reader = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    CappedLog capped(100);
    QVERIFY(!capped.log.openFile(path));
    QVERIFY(!capped.log.isFileRotated());
    writeNoops(capped.log, 0, 20); // 7 times the cap
    QVERIFY(capped.warnings.isEmpty());
    QByteArray received;
    char buffer[4096];
    ssize_t n;
    while ((n = ::read(reader, buffer, sizeof buffer)) > 0)
        received.append(buffer, n);
    ::close(reader);
    QCOMPARE(received.count('\n'), 20);
    QVERIFY(received.endsWith("C: A19 NOOP\n"));
    QVERIFY(!QFileInfo::exists(path + u".1"_s));
    struct stat st = {};
    QCOMPARE(::lstat(QFile::encodeName(path).constData(), &st), 0);
    QVERIFY(S_ISFIFO(st.st_mode));
    // The reader went away: the next write fails with EPIPE, said once, and the SIGPIPE it
    // raises does not end the program (nothing here ignores it).
    writeNoops(capped.log, 20, 30);
    QCOMPARE(capped.warnings.size(), 1);
    QVERIFY(!capped.log.isFileOpen());
}

void Tst_protocollog::symlinkIsWrittenNeverRotated()
{
    // Like /dev/stderr -> /proc/self/fd/2 -> a file: the link is not ours to rename.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(u"target.log"_s);
    const QString link = dir.filePath(u"link.log"_s);
    QVERIFY(QFile::link(target, link));
    CappedLog capped(100);
    QVERIFY(!capped.log.openFile(link));
    QVERIFY(!capped.log.isFileRotated());
    writeNoops(capped.log, 0, 10);
    QVERIFY(capped.warnings.isEmpty());
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(!QFileInfo::exists(link + u".1"_s));
    QVERIFY(!QFileInfo::exists(target + u".1"_s));
    QCOMPARE(readAll(target).count('\n'), 10);
}

void Tst_protocollog::oldFileThatIsNotRegularIsNeverReplaced()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"protocol.log"_s);
    const QString victim = dir.filePath(u"victim"_s);
    QFile file(victim);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me\n");
    file.close();
    QVERIFY(QFile::link(victim, path + u".1"_s));
    CappedLog capped(100);
    QVERIFY(!capped.log.openFile(path));
    QVERIFY(capped.log.isFileRotated());
    writeNoops(capped.log, 0, 10);
    QCOMPARE(capped.warnings.size(), 1);
    QVERIFY2(capped.warnings.first().contains(u"not a regular file"_s),
             qPrintable(capped.warnings.first()));
    QVERIFY(!capped.log.isFileOpen());
    QVERIFY(QFileInfo(path + u".1"_s).isSymLink());
    QCOMPARE(readAll(victim), QByteArray("keep me\n"));
    QVERIFY(readAll(path).size() <= 100);
}

QTEST_GUILESS_MAIN(Tst_protocollog)
#include "tst_protocollog.moc"
