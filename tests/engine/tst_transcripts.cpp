// Recorded (modelled) dialogs per server under tests/transcripts/<server>/<case>.imap, played
// by TranscriptPlayer against a real Connection + FolderWatcher over the in-memory transport:
// exact client lines and the exact sequence of watcher signals. Plus rows proving the player
// itself catches a wrong client line, a missing or extra signal, extra client bytes and an
// unfinished script.
#include "transcriptplayer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class Tst_Transcripts : public QObject
{
    Q_OBJECT

private slots:
    void transcript_data();
    void transcript();
    void coverage();
    void playerCatchesMistakes_data();
    void playerCatchesMistakes();
};

namespace {

QStringList transcriptFiles()
{
    const QDir root(QStringLiteral(MAILBELL_TRANSCRIPTS_DIR));
    QStringList files;
    QDirIterator it(root.path(), {u"*.imap"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << root.relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace

void Tst_Transcripts::transcript_data()
{
    QTest::addColumn<QString>("path");
    const QDir root(QStringLiteral(MAILBELL_TRANSCRIPTS_DIR));
    for (const QString &file : transcriptFiles()) {
        QString name = file;
        name.chop(5); // ".imap"
        QTest::newRow(qPrintable(name)) << root.filePath(file);
    }
}

void Tst_Transcripts::transcript()
{
    QFETCH(QString, path);
    TranscriptPlayer player(path);
    QVERIFY2(player.load(), qPrintable(player.error()));
    const bool played = player.play();
    const QString knownBug = player.option(u"knownBug"_s);
    if (!knownBug.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownBug), Continue);
    QVERIFY2(played, qPrintable(player.error()));
    // Whatever the dialog, the watcher never reads a body without PEEK, never sends a plain
    // EXPUNGE, and sets no flag unless the script asked for a user command.
    const QByteArray written = player.written();
    QVERIFY2(!written.contains("BODY["), written.constData());
    QVERIFY2(!written.contains(" EXPUNGE\r\n"), written.constData()); // only UID EXPUNGE
    if (!player.hasActions())
        QVERIFY2(!written.contains(" STORE "), written.constData());
}

void Tst_Transcripts::coverage()
{
    const QStringList files = transcriptFiles();
    QVERIFY2(files.size() >= 10, qPrintable(files.join(u' ')));
    for (const QString &server : {u"dovecot"_s, u"gmail"_s, u"outlook"_s, u"yahoo"_s, u"cyrus"_s})
        QVERIFY2(files.filter(QRegularExpression(u"^"_s + server + u"/"_s)).size() >= 1,
                 qPrintable(server));
}

void Tst_Transcripts::playerCatchesMistakes_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("error"); // a part of the player's message

    const QString head = u"# self-test\n"
                         "S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN IDLE] ready\n"
                         "C: TAG AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==\n"
                         "S: TAG OK [CAPABILITY IMAP4rev1 IDLE] Logged in\n"
                         "C: TAG SELECT INBOX\n"
                         "S: * 1 EXISTS\n"
                         "E: countChanged 1\n"
                         "S: * OK [UIDVALIDITY 7] UIDs valid\n"
                         "S: * OK [UIDNEXT 5] next\n"
                         "S: TAG OK [READ-WRITE] done\n"
                         "C: TAG UID FETCH 1:* (UID FLAGS)\n"
                         "S: * 1 FETCH (UID 4 FLAGS ())\n"
                         "S: TAG OK done\n"_s;

    QTest::newRow("complete-script-passes") << head + u"E: ready\nC: TAG IDLE\n"_s << QString();
    QTest::newRow("wrong-client-line")
        << head + u"E: ready\nC: TAG IDLE (x)\n"_s << u"case.imap:15: the client's line differs"_s;
    QTest::newRow("missing-signal")
        << head + u"C: TAG IDLE\nS: + idling\n"_s << u"unexpected signal ready"_s;
    QTest::newRow("wrong-signal") << head + u"E: countChanged 1\nC: TAG IDLE\n"_s
                                  << u"the watcher emitted ready"_s;
    QTest::newRow("signal-never-comes")
        << head + u"E: ready\nC: TAG IDLE\nE: messageExpunged index=1 uid=4\n"_s
        << u"no signal came"_s;
    QTest::newRow("wrong-field") << head
            + u"E: ready\nC: TAG IDLE\nS: + idling\nS: * 1 EXPUNGE\n"
              "E: messageExpunged index=1 uid=5\n"_s
                                 << u"uid is \"4\", expected \"5\""_s;
    QTest::newRow("client-writes-more-than-scripted")
        << head + u"E: ready\n"_s << u"the client wrote more than the script has: A0004 IDLE"_s;
    QTest::newRow("script-not-finished")
        << head + u"E: ready\nC: TAG IDLE\nC: DONE\n"_s << u"the client wrote nothing"_s;
    QTest::newRow("unknown-directive") << head + u"Q: what\n"_s << u"unknown directive"_s;
    // The renewal alone: the 150 s silence round is off (O: before the first S: line).
    const QString quiet =
        u"# self-test\nO: idleSilenceMs 0\n"_s + head.mid(head.indexOf(u'\n') + 1);
    QTest::newRow("renewal-after-29-minutes-passes")
        << quiet + u"E: ready\nC: TAG IDLE\nS: + idling\nT: 29m\nC: DONE\n"_s << QString();
    QTest::newRow("renewal-not-due-yet")
        << quiet + u"E: ready\nC: TAG IDLE\nS: + idling\nT: 1739999ms\nC: DONE\n"_s
        << u"the client wrote nothing; expected: DONE"_s;
    QTest::newRow("silence-round-after-150-seconds")
        << head + u"E: ready\nC: TAG IDLE\nS: + idling\nT: 150s\nC: DONE\n"_s << QString();
    QTest::newRow("client-wrote-before-time-passed") << head
            + u"E: ready\nT: 1ms\n"_s << u"before the time passed, the client wrote A0004 IDLE"_s;
    QTest::newRow("signal-before-time-passed")
        << head + u"T: 1s\n"_s << u"unexpected signal ready"_s;
    QTest::newRow("bad-duration") << head + u"E: ready\nC: TAG IDLE\nT: soon\n"_s
                                  << u"expected \"T: duration\""_s;
}

void Tst_Transcripts::playerCatchesMistakes()
{
    QFETCH(QString, script);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"case.imap"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(script.toUtf8());
    file.close();
    TranscriptPlayer player(path);
    const bool ok = player.load() && player.play();
    if (error.isEmpty()) {
        QVERIFY2(ok, qPrintable(player.error()));
    } else {
        QVERIFY(!ok);
        QVERIFY2(player.error().contains(error), qPrintable(player.error()));
    }
}

QTEST_GUILESS_MAIN(Tst_Transcripts)
#include "tst_transcripts.moc"
