// ProtocolLog: redaction of credentials and SASL exchanges, literal shortening, bounds, file sink.
#include "engine/protocollog.h"
#include "manualclock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ImapCore;

namespace {

const QByteArray password = "Pw-7f3c!secret";
// base64("\0alice\0Pw-7f3c!secret"), the SASL PLAIN blob
const QByteArray plainBlob = QByteArray("\0alice\0Pw-7f3c!secret", 21).toBase64();
const QByteArray token = "ya29.TOKEN-abc123";
const QByteArray oauthBlob = QByteArray("n,a=alice,\1auth=Bearer ya29.TOKEN-abc123\1\1").toBase64();

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

QTEST_GUILESS_MAIN(Tst_protocollog)
#include "tst_protocollog.moc"
