#pragma once

// Shared by the MailEngine tests against Dovecot: a test message and EngineRun, one MailEngine
// with everything it emitted collected in the test's thread.
#include "dovecotfixture.h"
#include "mailengine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTest>
#include <QThread>
#include <memory>

namespace EngineTest {

using namespace ImapCore;
using namespace Qt::StringLiterals;

inline constexpr int kWaitMs = 20000;
inline const QString kPassword = u"s3cret pass"_s;
inline const QString kInbox = u"INBOX"_s;

inline QByteArray message(const QByteArray &subject)
{
    return "From: Bob Sender <bob@example.org>\r\n"
           "To: Alice <alice@example.org>\r\n"
           "Date: Wed, 25 Nov 2026 10:00:00 +0000\r\n"
           "Message-ID: <"
        + QByteArray::number(qHash(subject)) + "."
        + QByteArray::number(QDateTime::currentMSecsSinceEpoch())
        + "@example.org>\r\nSubject: " + subject
        + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nHello.\r\n";
}

// One engine and everything it emitted, collected in the test's thread.
struct EngineRun
{
    explicit EngineRun(const DovecotFixture &server, const QString &user, const QString &storePath)
        : spec(specFor(server, user))
        , storePath(storePath)
    {
        engine = std::make_unique<MailEngine>();
        engine->setReconnectLimits(200, 2000);
        QObject::connect(engine.get(), &MailEngine::messagesArrived, engine.get(),
                         [this](const QList<MessageSummary> &list) {
                             Q_ASSERT(QThread::currentThread() == qApp->thread());
                             arrivals.append(list);
                         });
        QObject::connect(engine.get(), &MailEngine::unseenBacklog, engine.get(),
                         [this](const QList<MessageSummary> &list) { backlogs.append(list); });
        QObject::connect(engine.get(), &MailEngine::accountStatusChanged, engine.get(),
                         [this](const AccountStatus &status) {
                             states.append(status.state);
                             last = status;
                         });
        QObject::connect(engine.get(), &MailEngine::ready, engine.get(), [this] { ++readyCount; });
        QObject::connect(engine.get(), &MailEngine::passwordRequired, engine.get(),
                         [this](const QString &id) { passwordRequests.append(id); });
        QObject::connect(engine.get(), &MailEngine::folderStatusChanged, engine.get(),
                         [this](const FolderStatus &status) { folders.append(status); });
        QObject::connect(engine.get(), &MailEngine::flagsChanged, engine.get(),
                         [this](const MessageRef &ref, const MessageFlags &flags) {
                             flagChanges.append({ref, flags});
                         });
        QObject::connect(engine.get(), &MailEngine::commandFailed, engine.get(),
                         [](const MessageRef &, const ImapError &error) {
                             qWarning("commandFailed: %s", qPrintable(error.message));
                         });
    }

    static AccountSpec specFor(const DovecotFixture &server, const QString &user)
    {
        AccountSpec s;
        s.id = u"acct-"_s + user;
        s.connection.host = u"imap.test"_s;
        s.connection.connectAddress = server.host();
        s.connection.port = server.imapsPort();
        s.connection.security = AccountConfig::Security::Tls;
        s.connection.user = user;
        s.connection.caCertificates = {server.caCertificate()};
        s.connection.greetingTimeoutMs = 5000;
        s.connection.commandTimeoutMs = 10000;
        return s;
    }

    void start(const QString &password = kPassword)
    {
        if (!password.isEmpty())
            engine->setPassword(spec.id, password);
        engine->start({spec}, storePath);
    }
    bool waitReady()
    {
        return QTest::qWaitFor([this] { return readyCount > 0; }, kWaitMs);
    }
    bool waitState(AccountStatus::State state, int timeoutMs = kWaitMs)
    {
        return QTest::qWaitFor([&] { return last.state == state; }, timeoutMs);
    }
    bool waitArrivals(qsizetype count)
    {
        return QTest::qWaitFor([&] { return arrivals.size() >= count; }, kWaitMs);
    }
    QStringList subjects() const
    {
        QStringList list;
        for (const MessageSummary &s : arrivals)
            list.append(s.subject);
        return list;
    }

    AccountSpec spec;
    QString storePath;
    std::unique_ptr<MailEngine> engine;
    QList<MessageSummary> arrivals;
    QList<QList<MessageSummary>> backlogs; // one entry per unseenBacklog
    QList<AccountStatus::State> states;
    AccountStatus last;
    int readyCount = 0;
    QStringList passwordRequests;
    QList<FolderStatus> folders;
    QList<std::pair<MessageRef, MessageFlags>> flagChanges;
};

} // namespace EngineTest
