// ExecRunner (`mailbell watch --exec`): the exact MAILBELL_* variables, values that look like
// shell syntax reaching the program verbatim without running anything, the command line split
// without a shell, failures reported (missing program, exit code, timeout kill) without stopping
// the runner, and the concurrency bound measured from the children's own start and end times.
#include "execrunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

const QString kEnvDump = QStringLiteral(ENVDUMP_BINARY);

MessageSummary summary(quint32 uid, const QString &subject)
{
    MessageSummary m;
    m.accountId = u"work"_s;
    m.folder = u"Lists/Qt"_s;
    m.uid = uid;
    m.uidValidity = 1700000000;
    m.from = {MailAddress {u"Alice Ä"_s, u"alice@example.org"_s, {}}};
    m.date = QDateTime(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC);
    m.subject = subject;
    m.preview = u"first words"_s;
    m.messageId = u"id@example.org"_s;
    return m;
}

// The records envdump wrote: one map of NAME=value per run.
QList<QMap<QString, QString>> records(const QString &path)
{
    QFile file(path);
    QList<QMap<QString, QString>> result;
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString &line : text.split(u'\n')) {
        if (line == "BEGIN"_L1) {
            result.append(QMap<QString, QString>());
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0 && !result.isEmpty())
            result.last().insert(line.left(equals), line.mid(equals + 1));
    }
    return result;
}

bool waitIdle(ExecRunner &runner, int timeoutMs = 20000)
{
    if (runner.runningCount() == 0 && runner.queuedCount() == 0)
        return true;
    QSignalSpy idle(&runner, &ExecRunner::idle);
    return idle.wait(timeoutMs);
}

} // namespace

class Tst_ExecRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void environmentExact();
    void noShellInjection_data();
    void noShellInjection();
    void commandLineSplitWithoutShell();
    void failuresReported_data();
    void failuresReported();
    void timeoutKills();
    void concurrencyBound();
    void emptyCommand();

private:
    QTemporaryDir m_dir;
};

void Tst_ExecRunner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(kEnvDump));
}

void Tst_ExecRunner::environmentExact()
{
    QProcessEnvironment base;
    base.insert(u"PATH"_s, u"/usr/bin"_s);
    MessageSummary m = summary(77, u"Grüße 🎉"_s);
    m.subject += QChar(u'\0');
    const QProcessEnvironment environment = ExecRunner::environmentFor(m, base);
    QCOMPARE(environment.value(u"PATH"_s), u"/usr/bin"_s);
    QCOMPARE(environment.value(u"MAILBELL_ACCOUNT"_s), u"work"_s);
    QCOMPARE(environment.value(u"MAILBELL_FOLDER"_s), u"Lists/Qt"_s);
    QCOMPARE(environment.value(u"MAILBELL_UID"_s), u"77"_s);
    QCOMPARE(environment.value(u"MAILBELL_UIDVALIDITY"_s), u"1700000000"_s);
    QCOMPARE(environment.value(u"MAILBELL_FROM"_s), u"Alice Ä <alice@example.org>"_s);
    QCOMPARE(environment.value(u"MAILBELL_FROM_ADDRESS"_s), u"alice@example.org"_s);
    QCOMPARE(environment.value(u"MAILBELL_SUBJECT"_s), u"Grüße 🎉"_s);
    QCOMPARE(environment.value(u"MAILBELL_PREVIEW"_s), u"first words"_s);
    QCOMPARE(environment.value(u"MAILBELL_DATE"_s), u"2024-01-01T10:00:00Z"_s);
    QCOMPARE(environment.value(u"MAILBELL_MESSAGE_ID"_s), u"id@example.org"_s);
    QCOMPARE(environment.keys().size(), 11);

    MessageSummary huge = summary(1, QString(100000, u'x'));
    QCOMPARE(ExecRunner::environmentFor(huge, base).value(u"MAILBELL_SUBJECT"_s).size(),
             ExecRunner::maxValueChars);

    // Through a real child: the same values arrive.
    const QString out = m_dir.filePath(u"exact.txt"_s);
    ExecRunner runner(u"\""_s + kEnvDump + u"\" \""_s + out + u'"');
    runner.run(summary(77, u"Grüße 🎉"_s));
    QVERIFY(waitIdle(runner));
    const auto runs = records(out);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.at(0).value(u"MAILBELL_SUBJECT"_s), u"Grüße 🎉"_s);
    QCOMPARE(runs.at(0).value(u"MAILBELL_UID"_s), u"77"_s);
    QCOMPARE(runs.at(0).value(u"MAILBELL_FROM"_s), u"Alice Ä <alice@example.org>"_s);
    QCOMPARE(runs.at(0).value(u"ARGV1"_s), out);
    QVERIFY(!runs.at(0).contains(u"ARGV2"_s));
}

void Tst_ExecRunner::noShellInjection_data()
{
    QTest::addColumn<QString>("subject");
    const QString marker = m_dir.filePath(u"pwned"_s);
    QTest::newRow("dollar-paren") << u"$(touch "_s + marker + u")"_s;
    QTest::newRow("backticks") << u"`touch "_s + marker + u"`"_s;
    QTest::newRow("semicolon") << u"; touch "_s + marker + u"; rm -rf /nonexistent"_s;
    QTest::newRow("pipe-and-redirect") << u"| touch "_s + marker + u" > "_s + marker;
    QTest::newRow("quotes-and-ampersand") << u"'\"; touch "_s + marker + u" & \""_s;
}

void Tst_ExecRunner::noShellInjection()
{
    QFETCH(QString, subject);
    const QString marker = m_dir.filePath(u"pwned"_s);
    const QString out =
        m_dir.filePath(u"inject-%1.txt"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    ExecRunner runner(u"\""_s + kEnvDump + u"\" \""_s + out + u'"');
    MessageSummary m = summary(5, subject);
    m.preview = subject;
    m.from = {MailAddress {subject, u"x@example.org"_s, {}}};
    runner.run(m);
    QVERIFY(waitIdle(runner));
    const auto runs = records(out);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.at(0).value(u"MAILBELL_SUBJECT"_s), subject);
    QCOMPARE(runs.at(0).value(u"MAILBELL_PREVIEW"_s), subject);
    QCOMPARE(runs.at(0).value(u"ARGV1"_s), out);
    QVERIFY(!runs.at(0).contains(u"ARGV2"_s));
    QVERIFY(!QFile::exists(marker));
}

void Tst_ExecRunner::commandLineSplitWithoutShell()
{
    // A $HOME and a ; in the command line itself stay plain words: no expansion, no second
    // command.
    const QString out = m_dir.filePath(u"split out.txt"_s);
    ExecRunner runner(u"\""_s + kEnvDump + u"\" \""_s + out + u"\" 0 $HOME ; touch "_s
                      + m_dir.filePath(u"split-pwned"_s));
    runner.run(summary(1, u"s"_s));
    QVERIFY(waitIdle(runner));
    const auto runs = records(out);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.at(0).value(u"ARGV1"_s), out);
    QCOMPARE(runs.at(0).value(u"ARGV3"_s), u"$HOME"_s);
    QCOMPARE(runs.at(0).value(u"ARGV4"_s), u";"_s);
    QCOMPARE(runs.at(0).value(u"ARGV5"_s), u"touch"_s);
    QVERIFY(!QFile::exists(m_dir.filePath(u"split-pwned"_s)));
}

void Tst_ExecRunner::failuresReported_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("error");
    QTest::newRow("missing-program") << u"/nonexistent/notify-me"_s
                                     << u"\"/nonexistent/notify-me\" could not be started for "
                                        "message 9 in Lists/Qt"_s;
    QTest::newRow("exit-code-3") << u"/bin/sh -c \"exit 3\""_s
                                 << u"\"/bin/sh\" failed with exit code 3 for message 9"_s;
    QTest::newRow("crash") << u"/bin/sh -c \"kill -SEGV $$\""_s << u"\"/bin/sh\" crashed"_s;
    QTest::newRow("envdump-no-args") << kEnvDump << u"failed with exit code 64"_s;
}

void Tst_ExecRunner::failuresReported()
{
    QFETCH(QString, command);
    QFETCH(QString, error);
    ExecRunner runner(command);
    QSignalSpy failed(&runner, &ExecRunner::failed);
    runner.run(summary(9, u"s"_s));
    QVERIFY(waitIdle(runner));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), u"work"_s);
    QVERIFY2(failed.at(0).at(1).toString().contains(error),
             qPrintable(failed.at(0).at(1).toString()));
    // The runner keeps working after a failure.
    runner.run(summary(10, u"s"_s));
    QVERIFY(waitIdle(runner));
    QCOMPARE(failed.size(), 2);
}

void Tst_ExecRunner::timeoutKills()
{
    ExecRunner runner(u"/bin/sleep 30"_s);
    runner.setTimeoutMs(300);
    QSignalSpy failed(&runner, &ExecRunner::failed);
    QElapsedTimer timer;
    timer.start();
    runner.run(summary(1, u"s"_s));
    QVERIFY(waitIdle(runner, 10000));
    QVERIFY(timer.elapsed() < 10000);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(1).toString().contains(u"was killed after 1 second(s)"_s),
             qPrintable(failed.at(0).at(1).toString()));
}

void Tst_ExecRunner::concurrencyBound()
{
    const QString out = m_dir.filePath(u"concurrency.txt"_s);
    ExecRunner runner(u"\""_s + kEnvDump + u"\" \""_s + out + u"\" 400"_s);
    runner.setMaxRunning(2);
    QSignalSpy failed(&runner, &ExecRunner::failed);
    for (quint32 uid = 1; uid <= 6; ++uid)
        runner.run(summary(uid, u"s"_s));
    QCOMPARE(runner.runningCount(), 2);
    QCOMPARE(runner.queuedCount(), 4);
    QVERIFY(waitIdle(runner));
    QCOMPARE(failed.size(), 0);
    const auto runs = records(out);
    QCOMPARE(runs.size(), 6);
    // Largest number of children alive at one moment, from their own clocks.
    QList<std::pair<qint64, int>> edges;
    QSet<QString> uids;
    for (const auto &run : runs) {
        edges.append({run.value(u"START"_s).toLongLong(), +1});
        edges.append({run.value(u"END"_s).toLongLong(), -1});
        uids.insert(run.value(u"MAILBELL_UID"_s));
    }
    std::sort(edges.begin(), edges.end()); // an end sorts before a start at the same ms
    int alive = 0;
    int most = 0;
    for (const auto &[time, delta] : edges) {
        alive += delta;
        most = qMax(most, alive);
    }
    QCOMPARE(most, 2);
    QCOMPARE(uids.size(), 6);
}

void Tst_ExecRunner::emptyCommand()
{
    ExecRunner runner(u"  "_s);
    QVERIFY(!runner.validate().isEmpty());
    runner.run(summary(1, u"s"_s));
    QCOMPARE(runner.runningCount(), 0);
    QVERIFY(ExecRunner(u"/bin/true"_s).validate().isEmpty());
}

QTEST_GUILESS_MAIN(Tst_ExecRunner)
#include "tst_execrunner.moc"
