// DemoServer with a real MailEngine: the demo account connects over TLS with the per-run CA, the
// seeded older mail is there but not announced, every topic of the drip sequence (plus one more, a
// sentinel, from another sender) is announced exactly once with its subject decoded as a client
// must show it (the hostile one verbatim) and its preview phrase, with a fresh Date and a unique
// Message-ID; the password file holds only the password; the drips do not repeat early; stop()
// leaves no process of the instance and no folder.
#include "demoserver.h"
#include "mailengine.h"
#include "samplemessages.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 60000;

// Processes whose command line mentions path (the fixture's folder is under it).
QList<qint64> processesMentioning(const QString &path)
{
    QList<qint64> pids;
    const QByteArray needle = QFile::encodeName(path);
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == QCoreApplication::applicationPid())
            continue;
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(needle))
            pids << pid;
    }
    return pids;
}

} // namespace

class Tst_DemoServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void accountAndPassword();
    void seededMailIsThereButNotAnnounced();
    void everySampleAnnouncedOnce();
    void dripsDoNotRepeat();
    void stopLeavesNothingBehind();

private:
    QTemporaryDir m_tmp;
    QTemporaryDir m_state;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<MailEngine> m_engine;
    QList<MessageSummary> m_arrivals;
    QHash<QString, FolderStatus> m_folders;
    int m_ready = 0;
    QStringList m_dripped;
    QStringList m_dripErrors;
};

void Tst_DemoServer::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // Traversable, or as root the fixture would rightly avoid it (Dovecot's accounts must reach
    // its folder).
    QVERIFY(QFile::setPermissions(m_tmp.path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                      | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                      | QFileDevice::ExeOther));
    // The fixture's folder goes under our own temporary folder, so we can look for leftovers.
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    m_server = std::make_unique<DemoServer>();
    m_server->setDripPaused(true);
    m_server->setDripInterval(250);
    connect(m_server.get(), &DemoServer::messageDripped, this,
            [this](const QString &folder, const QString &subject) {
                m_dripped << folder + u": "_s + subject;
                // The whole cycle and no more: the sentinel comes from dripNow().
                if (m_dripped.size() == SampleMessages::dripTopicCount())
                    m_server->setDripPaused(true);
            });
    connect(m_server.get(), &DemoServer::dripFailed, this,
            [this](const QString &error) { m_dripErrors << error; });
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY(m_server->isRunning());
}

void Tst_DemoServer::accountAndPassword()
{
    const AccountSpec spec = m_server->accountSpec();
    QCOMPARE(spec.id, u"demo"_s);
    QCOMPARE(spec.displayName, u"Demo"_s);
    QCOMPARE(spec.folders, (QStringList {u"INBOX"_s, u"Work"_s}));
    QCOMPARE(spec.connection.host, u"127.0.0.1"_s);
    QCOMPARE(spec.connection.security, AccountConfig::Security::Tls);
    QCOMPARE(spec.connection.port, m_server->imapsPort());
    QVERIFY(spec.connection.port != 0);
    QCOMPARE(spec.connection.caCertificates.size(), 1);
    QVERIFY(!spec.connection.caCertificates.first().isNull());

    const QString password = m_server->password();
    QVERIFY(password.size() >= 16);
    QFile file(m_server->passwordFilePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), password.toUtf8() + '\n');
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    // Another server gets another password.
    DemoServer other;
    other.setDripPaused(true);
    QVERIFY2(other.start(), qPrintable(other.errorString()));
    QVERIFY(other.password() != password);
    QVERIFY(other.imapsPort() != m_server->imapsPort());
}

void Tst_DemoServer::seededMailIsThereButNotAnnounced()
{
    m_engine = std::make_unique<MailEngine>();
    connect(m_engine.get(), &MailEngine::messagesArrived, this,
            [this](const QList<MessageSummary> &list) { m_arrivals.append(list); });
    connect(m_engine.get(), &MailEngine::folderStatusChanged, this,
            [this](const FolderStatus &status) { m_folders.insert(status.folder, status); });
    connect(m_engine.get(), &MailEngine::ready, this, [this] { ++m_ready; });
    const AccountSpec spec = m_server->accountSpec();
    m_engine->setPassword(spec.id, m_server->password());
    m_engine->start({spec}, m_state.filePath(u"seen.json"_s));
    QVERIFY(QTest::qWaitFor([this] { return m_ready > 0; }, kWaitMs));

    // Five older messages, two of them unread: one in each folder.
    QTRY_COMPARE_WITH_TIMEOUT(m_folders.value(u"INBOX"_s).messages, 3u, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_folders.value(u"INBOX"_s).unseen, 1u, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_folders.value(u"Work"_s).messages, 2u, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_folders.value(u"Work"_s).unseen, 1u, kWaitMs);
    QVERIFY(m_arrivals.isEmpty());
}

void Tst_DemoServer::everySampleAnnouncedOnce()
{
    QVERIFY(m_engine);
    const int cycle = SampleMessages::dripTopicCount();
    QVERIFY(cycle >= 9);
    const QDateTime started = QDateTime::currentDateTime();
    m_server->setDripPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(m_dripped.size(), cycle, kWaitMs);
    QVERIFY(m_server->isDripPaused());
    QTRY_COMPARE_WITH_TIMEOUT(m_arrivals.size(), cycle, kWaitMs);
    // A sentinel after the cycle: once it is announced, a duplicate of any earlier message in
    // its folder would have been announced before it.
    m_server->dripNow();
    QTRY_COMPARE_WITH_TIMEOUT(m_arrivals.size(), cycle + 1, kWaitMs);
    QCOMPARE(m_server->drippedCount(), cycle + 1);
    QVERIFY2(m_dripErrors.isEmpty(), qPrintable(m_dripErrors.join(u'\n')));

    QSet<QString> messageIds;
    QSet<QString> hostile;
    for (const MessageSummary &summary : std::as_const(m_arrivals)) {
        QVERIFY2(!messageIds.contains(summary.messageId), qPrintable(summary.messageId));
        messageIds.insert(summary.messageId);
        // Message-ID: <RUN.INDEX@mailbell.invalid>: the index names the sample it was built from.
        QVERIFY2(summary.messageId.endsWith(u"@mailbell.invalid"_s), qPrintable(summary.messageId));
        const QString local = summary.messageId.section(u'@', 0, 0);
        bool ok = false;
        const int index = local.section(u'.', -1).toInt(&ok);
        QVERIFY2(ok && index >= 0 && index <= cycle, qPrintable(summary.messageId));
        const SampleMessage expected = SampleMessages::drip(index, {}, {});

        QCOMPARE(summary.accountId, u"demo"_s);
        QCOMPARE(summary.folder, expected.folder);
        QCOMPARE(summary.subject, expected.subject);
        QVERIFY2(summary.preview.contains(expected.previewPhrase),
                 qPrintable(u"preview of %1: %2"_s.arg(summary.subject, summary.preview)));
        QVERIFY(!summary.from.isEmpty());
        QVERIFY(!summary.flags.has(MessageFlags::Seen));
        // Dated when it was dripped (the Date header has whole seconds).
        QVERIFY2(summary.date.isValid() && summary.date >= started.addSecs(-2)
                     && summary.date <= QDateTime::currentDateTime().addSecs(2),
                 qPrintable(summary.date.toString(Qt::ISODate)));
        if (summary.subject.contains(u"<img"_s))
            hostile.insert(summary.subject);
    }
    QCOMPARE(hostile, QSet<QString> {u"<b>x</b> & <img src=file:///etc/passwd>"_s});
    // The reply's preview is what Tom wrote, not the quoted draft.
    for (const MessageSummary &summary : std::as_const(m_arrivals)) {
        if (summary.subject == u"Re: Quarterly report draft"_s)
            QVERIFY2(!summary.preview.contains(u"here is the draft"_s),
                     qPrintable(summary.preview));
    }
    // The sentinel is the cycle's first topic again, from someone else and with a Message-ID
    // of its own.
    QCOMPARE(m_arrivals.last().subject, SampleMessages::drip(0, {}, {}).subject);
    for (const MessageSummary &summary : std::as_const(m_arrivals)) {
        if (summary.messageId.section(u'@', 0, 0).endsWith(u".0"_s))
            QVERIFY2(summary.from != m_arrivals.last().from, qPrintable(summary.messageId));
    }
}

// Issue 9, point 5: a long demo does not show the same message (sender, subject and body) twice
// in a row, nor twice within its first 50 drips.
void Tst_DemoServer::dripsDoNotRepeat()
{
    const QDateTime date(QDate(2026, 12, 7), QTime(9, 0));
    const int distinct = SampleMessages::dripsBeforeRepeat();
    QVERIFY2(distinct >= 50, qPrintable(QString::number(distinct)));
    QHash<QByteArray, int> seen;
    for (int index = 0; index < distinct; ++index) {
        const QByteArray bytes = SampleMessages::drip(index, date, "id").rfc822;
        QVERIFY2(!seen.contains(bytes),
                 qPrintable(u"drip %1 repeats drip %2"_s.arg(index).arg(seen.value(bytes))));
        seen.insert(bytes, index);
    }
    for (int index = 1; index < 2000; ++index) {
        QVERIFY2(SampleMessages::drip(index, date, "id").rfc822
                     != SampleMessages::drip(index - 1, date, "id").rfc822,
                 qPrintable(QString::number(index)));
    }
}

void Tst_DemoServer::stopLeavesNothingBehind()
{
    QVERIFY(m_engine);
    bool stopped = false;
    connect(m_engine.get(), &MailEngine::stopped, this, [&stopped] { stopped = true; });
    m_engine->stop();
    QVERIFY(QTest::qWaitFor([&stopped] { return stopped; }, kWaitMs));
    m_engine.reset();
    QVERIFY(!processesMentioning(m_tmp.path()).isEmpty());
    const QString password = m_server->passwordFilePath();
    m_server->stop();
    QVERIFY(!m_server->isRunning());
    QCOMPARE(processesMentioning(m_tmp.path()), QList<qint64>());
    QVERIFY(!QFile::exists(password));
    QCOMPARE(QDir(m_tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    // Stopping again is harmless.
    m_server->stop();
}

QTEST_GUILESS_MAIN(Tst_DemoServer)
#include "tst_demoserver.moc"
