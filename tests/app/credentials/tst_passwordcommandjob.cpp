// PasswordCommandJob: the password command's rules row by row (no shell, first line of standard
// output, bounded output, errors in words), through the asynchronous job the broker runs; no
// answer ever comes from inside start().
#include "passwordcommandjob.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Runs the command to its end; the result, or an error naming the missing answer.
PasswordCommand::Result run(const QString &command,
                            int timeoutMs = PasswordCommand::defaultTimeoutMs)
{
    auto *job = new PasswordCommandJob(command, timeoutMs);
    std::optional<PasswordCommand::Result> answer;
    QObject::connect(job, &PasswordCommandJob::finished, job,
                     [&answer](const PasswordCommand::Result &result) { answer = result; });
    job->start();
    if (answer)
        return {{}, u"finished() came from inside start()"_s};
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, timeoutMs + 5'000))
        return {{}, u"no answer"_s};
    return *answer;
}

} // namespace

class Tst_PasswordCommandJob : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void runsNoShell();
    void timesOut();
};

void Tst_PasswordCommandJob::rules_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("error"); // substring; empty for success

    QTest::newRow("echo") << u"/bin/echo hunter2"_s << u"hunter2"_s << QString();
    QTest::newRow("first-line-only")
        << u"/usr/bin/printf \"one\\ntwo\\n\""_s << u"one"_s << QString();
    QTest::newRow("crlf-stripped") << u"/usr/bin/printf \"pw\\r\\n\""_s << u"pw"_s << QString();
    QTest::newRow("no-newline") << u"/usr/bin/printf pw"_s << u"pw"_s << QString();
    QTest::newRow("double-quotes-group-words")
        << u"/bin/echo \"two words\""_s << u"two words"_s << QString();
    QTest::newRow("double-quotes-keep-spaces")
        << u"/usr/bin/printf %s \"a  b\""_s << u"a  b"_s << QString();
    QTest::newRow("no-variable-expansion")
        << u"/bin/echo \"$HOME; rm x\""_s << u"$HOME; rm x"_s << QString();
    QTest::newRow("single-quotes-are-plain-characters")
        << u"/bin/echo 'pw'"_s << u"'pw'"_s << QString();
    QTest::newRow("metacharacters-are-arguments")
        << u"/bin/echo $HOME; rm x"_s << u"$HOME; rm x"_s << QString();
    QTest::newRow("utf8") << u"/bin/echo pässwörd"_s << u"pässwörd"_s << QString();

    QTest::newRow("neg-nonzero-exit") << u"/bin/false"_s << QString() << u"exit code 1"_s;
    QTest::newRow("neg-exit-code-named")
        << u"/bin/sh -c \"echo pw; exit 3\""_s << QString() << u"exit code 3"_s;
    QTest::newRow("neg-not-found")
        << u"/nonexistent/pass show"_s << QString() << u"could not be started"_s;
    QTest::newRow("neg-endless-output-bounded")
        << u"/usr/bin/yes"_s << QString() << u"printed more than 65536 bytes"_s;
    QTest::newRow("neg-one-huge-line-then-exit")
        << u"/usr/bin/head -c 70000 /dev/zero"_s << QString() << u"printed more than"_s;
    QTest::newRow("neg-killed-by-signal")
        << u"/bin/sh -c \"kill -9 $$\""_s << QString() << u"crashed"_s;
    QTest::newRow("neg-empty-command") << u"   "_s << QString() << u"empty"_s;
    QTest::newRow("neg-empty-output") << u"/bin/true"_s << QString() << u"printed no password"_s;
    QTest::newRow("neg-empty-first-line")
        << u"/usr/bin/printf \"\\npw\\n\""_s << QString() << u"printed no password"_s;
}

void Tst_PasswordCommandJob::rules()
{
    QFETCH(QString, command);
    QFETCH(QString, password);
    QFETCH(QString, error);
    const PasswordCommand::Result result = run(command);
    if (!error.isEmpty()) {
        QVERIFY2(!result.isOk(), qPrintable(result.password));
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        QVERIFY(result.password.isEmpty());
        return;
    }
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.password, password);
}

void Tst_PasswordCommandJob::runsNoShell()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString marker = dir.filePath(u"shell-ran"_s);
    const PasswordCommand::Result result =
        run(u"/bin/echo pw; touch "_s + marker + u" && touch "_s + marker);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.password, u"pw; touch "_s + marker + u" && touch "_s + marker);
    QVERIFY(!QFile::exists(marker));
}

void Tst_PasswordCommandJob::timesOut()
{
    const PasswordCommand::Result timedOut = run(u"/bin/sleep 10"_s, 300);
    QVERIFY(!timedOut.isOk());
    QVERIFY2(timedOut.error.contains(u"did not finish within 1 second"_s),
             qPrintable(timedOut.error));
}

QTEST_GUILESS_MAIN(Tst_PasswordCommandJob)
#include "tst_passwordcommandjob.moc"
