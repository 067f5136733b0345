// A crash during a save never leaves a damaged file: a writer process killed at each step of
// AtomicFile::write (ImapCore::AtomicWrite, between write and rename included), and at random
// moments of a write loop, leaves the complete old or the complete new file; its temporary file
// is ignored by the readers and removed by the next save.
#include "accountsfile.h"
#include "atomicfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// A valid accounts file of about size bytes whose every account names the version.
QByteArray accountsText(const QByteArray &version, int size)
{
    QByteArray text = "# version " + version + "\n";
    for (int i = 0; text.size() < size; ++i)
        text += "[" + version + "-" + QByteArray::number(i) + "]\nhost = imap"
            + QByteArray::number(i) + ".example.org\nuser = " + version + "\n\n";
    return text;
}

QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList({u".accounts.conf.tmp-*"_s}, QDir::Files | QDir::Hidden);
}

} // namespace

class Tst_CrashDuringSave : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_old;
    QByteArray m_new;

private slots:
    void initTestCase();
    void init();
    void killedAtEachStep_data();
    void killedAtEachStep();
    void killedAtRandomMoments();
};

void Tst_CrashDuringSave::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_old = accountsText("old", 300 * 1024);
    m_new = accountsText("new", 400 * 1024);
    QVERIFY(writeAll(m_dir.filePath(u"old.txt"_s), m_old));
    QVERIFY(writeAll(m_dir.filePath(u"new.txt"_s), m_new));
}

void Tst_CrashDuringSave::init()
{
    m_path = m_dir.filePath(u"config/accounts.conf"_s);
    QDir(m_dir.filePath(u"config"_s)).removeRecursively();
    QCOMPARE(AtomicFile::write(m_path, m_old), QString());
}

void Tst_CrashDuringSave::killedAtEachStep_data()
{
    QTest::addColumn<QByteArray>("step");
    QTest::addColumn<bool>("renamed");
    QTest::addColumn<bool>("leftover");
    QTest::newRow("temp-created") << QByteArray("temp-created") << false << true;
    QTest::newRow("between write and fsync") << QByteArray("temp-written") << false << true;
    QTest::newRow("between write and rename") << QByteArray("temp-synced") << false << true;
    QTest::newRow("after rename") << QByteArray("renamed") << true << false;
    QTest::newRow("after folder sync") << QByteArray("folder-synced") << true << false;
    QCOMPARE(std::size(ImapCore::AtomicWrite::steps), size_t(5)); // a new step needs a row
}

void Tst_CrashDuringSave::killedAtEachStep()
{
    QFETCH(QByteArray, step);
    QFETCH(bool, renamed);
    QFETCH(bool, leftover);
    QProcess writer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"MAILBELL_CRASH_AT"_s, QString::fromLatin1(step));
    writer.setProcessEnvironment(environment);
    writer.start(QStringLiteral(ATOMIC_WRITE_HELPER),
                 {u"once"_s, m_path, m_dir.filePath(u"new.txt"_s)});
    QVERIFY2(writer.waitForFinished(60'000), qPrintable(writer.errorString()));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    QCOMPARE(readAll(m_path) == m_new, renamed);
    QCOMPARE(readAll(m_path) == m_old, !renamed);
    const QString folder = m_dir.filePath(u"config"_s);
    QCOMPARE(leftovers(folder).size(), leftover ? 1 : 0);

    // The reader never looks at the temporary file: the accounts are the complete version.
    const AccountsFile::Result loaded = AccountsFile::load(m_path);
    QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(u'\n')));
    QCOMPARE(loaded.accounts.constFirst().spec.connection.user, renamed ? u"new"_s : u"old"_s);
    // The next save removes what the crash left.
    QCOMPARE(AtomicFile::write(m_path, m_old), QString());
    QCOMPARE(leftovers(folder), QStringList());
    QCOMPARE(readAll(m_path), m_old);
}

void Tst_CrashDuringSave::killedAtRandomMoments()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    int newSeen = 0;
    int oldSeen = 0;
    for (int round = 0; round < 25; ++round) {
        QProcess writer;
        writer.start(
            QStringLiteral(ATOMIC_WRITE_HELPER),
            {u"loop"_s, m_path, m_dir.filePath(u"old.txt"_s), m_dir.filePath(u"new.txt"_s)});
        QVERIFY2(writer.waitForStarted(60'000), qPrintable(writer.errorString()));
        QVERIFY2(writer.waitForReadyRead(60'000), "the writer never finished a first write");
        // Let it write for a random while (each write takes milliseconds), then kill it wherever
        // it is: inside write(), between fsync and rename, during the rename...
        QTest::qWait(int(random.bounded(1, 60)));
        writer.kill();
        QVERIFY(writer.waitForFinished(60'000));

        const QByteArray text = readAll(m_path);
        QVERIFY2(
            text == m_old || text == m_new,
            qPrintable(u"round %1 (seed %2): %3 bytes, neither version"_s.arg(round).arg(seed).arg(
                text.size())));
        (text == m_new ? newSeen : oldSeen)++;
        QVERIFY(leftovers(m_dir.filePath(u"config"_s)).size() <= 1);
        const AccountsFile::Result loaded = AccountsFile::load(m_path);
        QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(u'\n')));
    }
    qInfo("killed 25 writers: %d left the old file, %d the new one", oldSeen, newSeen);
}

QTEST_GUILESS_MAIN(Tst_CrashDuringSave)
#include "tst_crashduringsave.moc"
