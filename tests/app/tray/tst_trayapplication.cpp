// The whole tray app, offscreen, against a real Dovecot and a fake notification server on a
// private session bus: new mail reaches the recent list, the badge and one notification; the
// notification's default action opens the summary window and "Mark as read" makes the message
// \Seen on the server, which the list and badge then show; the recent list survives a restart;
// first run without accounts opens the account setup, whose account then logs in; an account
// with no saved password asks for it.
#include "accounteditordialog.h"
#include "accountspage.h"
#include "certificatetrustdialog.h"
#include "dovecotfixture.h"
#include "fakenotifications.h"
#include "maildirseeder.h"
#include "notify/notificationcenter.h"
#include "passworddialog.h"
#include "privatebus.h"
#include "settingsdialog.h"
#include "tray/trayapplication.h"
#include "ui/markallreaddialog.h"
#include "ui/messagesummarywindow.h"
#include "ui/recentmessagesmodel.h"
#include "ui/recentmessageswindow.h"
#include "ui/systemtraymonitor.h"
#include "ui/trayicon.h"

#include <QApplication>
#include <QComboBox>
#include <QDBusConnection>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ImapCore::AccountStatus;
using ImapCore::ErrorKind;
using ImapCore::MailEngine;
using ImapCore::MessageRef;

namespace {

constexpr int kWaitMs = 30'000;
const QString kPassword = u"tray-pw"_s;

template<typename T>
T *topLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

QByteArray message(const QByteArray &subject)
{
    return "From: Ada Lovelace <ada@example.org>\r\n"
           "To: tray@example.org\r\n"
           "Subject: "
        + subject
        + "\r\n"
          "Date: Thu, 26 Nov 2026 10:00:00 +0000\r\n"
          "Message-ID: <"
        + subject.toHex() + "@example.org>\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\n\r\nThe engine is ready.\r\n";
}

// The tray menu's "Mark all as read", as the user would choose it (nothing when disabled).
void chooseMarkAllRead(TrayApplication &app)
{
    for (QAction *action : app.trayIcon()->menu()->actions()) {
        if (action->text() == QCoreApplication::translate("TrayIcon", "&Mark all as read"))
            action->trigger();
    }
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(MAILBELL_TRAY_SCREENSHOTS));
    const QString path = QStringLiteral(MAILBELL_TRAY_SCREENSHOTS) + u'/' + name + u".png"_s;
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

} // namespace

class Tst_TrayApplication : public QObject
{
    Q_OBJECT

private:
    TrayApplication::Paths pathsFor(const QString &name) const;
    QString accountSection(const QString &id, const QString &user) const;
    bool writeFile(const QString &path, const QString &text) const;
    // The accounts file of paths with one account, id and user `user`, whose password comes
    // from a password command (so nothing asks).
    bool writeAccountWithPassword(const TrayApplication::Paths &paths, const QString &user) const;
    bool isSeen(const QString &user, quint32 uid);
    // On the first run's settings dialog, by keyboard: the new account's fields (security: the
    // editor's combo index, 0 = TLS, 2 = none), Return in the editor, then OK. Fails the test
    // (check QTest::currentTestFailed()) when a step does not happen.
    void addFirstAccount(const QString &name, int security, quint16 port, const QString &user,
                         bool trustCertificate = false);

    DovecotFixture m_server;
    QTemporaryDir m_dir;
    PrivateBus m_bus;
    std::unique_ptr<FakeNotifications> m_notifications;

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void newMailNotifiesOpensAndMarksRead();
    void deleteInRecentWindowWaitsForUndoThenTrashes();
    void recentListSurvivesRestart();
    void firstRunOpensAccountSetup();
    void cancelledFirstRunSaysNoAccountYet();
    void missingPasswordIsAsked();
    void accountAddedInTheDialogAsksNothing();
    void mutedFolderRecordsAndSettingsReload();
    void changedCertificateIsReportedLoudlyOnce();
    void noTrayIsNotADeadEnd();
    void checkNowShowsCheckingThenResult();
    void unreadBacklogIsListedAndMarkAllReadAsksFirst();
    void markAllReadOfFewAsksNothing();
};

void Tst_TrayApplication::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_bus.start(), qPrintable(m_bus.errorString()));
    // The app's session bus is the private one: notifications go to the fake, the keyring is
    // absent (no org.freedesktop.secrets there).
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus.address().toUtf8());
    QDBusConnection fakeConnection =
        QDBusConnection::connectToBus(m_bus.address(), u"fake-notifications"_s);
    QVERIFY(fakeConnection.isConnected());
    m_notifications = std::make_unique<FakeNotifications>(
        QStringList {u"actions"_s, u"body"_s, u"body-markup"_s});
    QVERIFY(m_notifications->registerOn(fakeConnection));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    for (const QString &user :
         {u"tray"_s, u"restart"_s, u"firstrun"_s, u"asked"_s, u"muted"_s, u"pinned"_s, u"added"_s,
          u"notray"_s, u"checked"_s, u"backlog"_s, u"fewunread"_s, u"trashed"_s})
        QVERIFY(m_server.createUser(user, kPassword));
}

// Every window the app opened goes with it: one left behind outlives the app (a leak at exit,
// and in the real app a dialog whose buttons reach a destroyed TrayApplication).
void Tst_TrayApplication::cleanup()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QStringList left;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (!qobject_cast<QMenu *>(widget))
            left.append(QString::fromLatin1(widget->metaObject()->className()) + u' '
                        + widget->windowTitle());
    }
    for (QWidget *widget : QApplication::topLevelWidgets())
        delete widget; // so one test's leftovers do not fail the next
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
}

void Tst_TrayApplication::cleanupTestCase()
{
    m_notifications.reset();
    QDBusConnection::disconnectFromBus(u"fake-notifications"_s);
}

TrayApplication::Paths Tst_TrayApplication::pathsFor(const QString &name) const
{
    return {m_dir.filePath(name + u"/accounts.conf"_s), m_dir.filePath(name + u"/seen.json"_s),
            m_dir.filePath(name + u"/recent.json"_s)};
}

QString Tst_TrayApplication::accountSection(const QString &id, const QString &user) const
{
    return u"[%1]\nname = %1 mail\nhost = imap.test\nconnect-address = %2\nport = %3\n"
           "user = %4\ncafile = %5\n"_s.arg(id, m_server.host(),
                                            QString::number(m_server.imapsPort()), user,
                                            m_server.caCertificatePath());
}

bool Tst_TrayApplication::writeAccountWithPassword(const TrayApplication::Paths &paths,
                                                   const QString &user) const
{
    return writeFile(paths.accountsFile,
                     accountSection(user, user)
                         + u"password-command = printf %1\n"_s.arg(kPassword));
}

bool Tst_TrayApplication::writeFile(const QString &path, const QString &text) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

bool Tst_TrayApplication::isSeen(const QString &user, quint32 uid)
{
    const auto out = m_server.doveadm({u"fetch"_s, u"-u"_s, user, u"flags"_s, u"mailbox"_s,
                                       u"INBOX"_s, u"uid"_s, QString::number(uid)});
    return out && out->contains("\\Seen");
}

void Tst_TrayApplication::newMailNotifiesOpensAndMarksRead()
{
    const TrayApplication::Paths paths = pathsFor(u"tray"_s);
    QVERIFY(writeAccountWithPassword(paths, u"tray"_s));
    TrayApplication app(paths);
    AccountStatus last;
    connect(app.engine(), &MailEngine::accountStatusChanged, this,
            [&last](const AccountStatus &status) { last = status; });
    app.start();
    QTRY_COMPARE_WITH_TIMEOUT(last.state, AccountStatus::State::Online, kWaitMs);
    QCOMPARE(app.trayIcon()->unreadCount(), 0);

    const qsizetype callsBefore = m_notifications->calls.size();
    const std::optional<quint32> uid =
        m_server.appendMessage(u"tray"_s, u"INBOX"_s, message("<b>x</b> & tray test"));
    QVERIFY(uid);
    QTRY_COMPARE_WITH_TIMEOUT(app.recentModel()->rowCount(), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_notifications->calls.size(), callsBefore + 1, kWaitMs);
    const FakeNotifications::Call call = m_notifications->calls.constLast();
    QVERIFY2(call.summary.contains(u"<b>x</b> & tray test"_s)
                 || call.body.contains(u"&lt;b&gt;x&lt;/b&gt; &amp; tray test"_s),
             qPrintable(call.summary + u" | "_s + call.body));
    QVERIFY(!call.body.contains(u"<b>"_s)); // never markup from mail
    QVERIFY(call.actions.contains(u"default"_s));
    QVERIFY(call.actions.contains(u"mark-read"_s));
    QTRY_COMPARE_WITH_TIMEOUT(app.trayIcon()->unreadCount(), 1, kWaitMs);

    // The notification's body click opens the summary window of exactly that message.
    const MessageRef ref = app.recentModel()->refAt(0);
    QCOMPARE(ref.uid, *uid);
    m_notifications->invoke(call.id, u"default"_s);
    QTRY_VERIFY_WITH_TIMEOUT(app.summaryWindow(ref) && app.summaryWindow(ref)->isVisible(),
                             kWaitMs);
    QVERIFY(app.summaryWindow(ref)->summaryText().contains(u"<b>x</b> & tray test"_s));

    // Answered, the notification goes.
    QTRY_VERIFY_WITH_TIMEOUT(m_notifications->closeCalls.contains(call.id), kWaitMs);

    // "Mark as read" in that window: \Seen on the server, then the list and the badge follow
    // the server.
    auto *read = app.summaryWindow(ref)->findChild<QPushButton *>(u"readButton"_s);
    QVERIFY(read);
    read->click();
    QTRY_VERIFY_WITH_TIMEOUT(isSeen(u"tray"_s, *uid), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(app.recentModel()->unreadMessages().size(), 0, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(app.trayIcon()->unreadCount(), 0, kWaitMs);
    app.summaryWindow(ref)->close();
}

// The recent window learns the account's Trash from the engine on connect; Delete there hides
// the row with Undo, touches nothing on the server until the undo period ends, then moves the
// message to the Trash, and the server's expunge removes the row for good.
void Tst_TrayApplication::deleteInRecentWindowWaitsForUndoThenTrashes()
{
    const QString user = u"trashed"_s;
    const QString trash = u"Deleted Messages"_s; // \Trash in the fixture's configuration
    QVERIFY(m_server.createMailbox(user, trash));
    const TrayApplication::Paths paths = pathsFor(user);
    QVERIFY(writeAccountWithPassword(paths, user));
    TrayApplication app(paths);
    QSignalSpy trashFound(app.engine(), &MailEngine::trashFolderFound);
    app.start();
    QTRY_VERIFY_WITH_TIMEOUT(!trashFound.isEmpty(), kWaitMs);
    QCOMPARE(trashFound.first().at(1).toString(), trash);
    const std::optional<quint32> uid =
        m_server.appendMessage(user, u"INBOX"_s, message("delete me, maybe"));
    QVERIFY(uid);
    QTRY_COMPARE_WITH_TIMEOUT(app.recentModel()->rowCount(), 1, kWaitMs);
    const MessageRef ref = app.recentModel()->refAt(0);

    RecentMessagesWindow *window = app.recentWindow();
    window->setUndoPeriod(60 * 1000);
    window->showAndActivate();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QSignalSpy sent(window, &RecentMessagesWindow::deleteRequested);
    window->deleteMessage(ref);
    QCOMPARE(window->pendingDelete(), ref); // Undo offered: the Trash was known
    window->undoDelete();
    QVERIFY(sent.isEmpty()); // no command ever left for the engine
    QCOMPARE(app.recentModel()->rowCount(), 1);

    window->setUndoPeriod(100);
    window->deleteMessage(ref);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.uidNext(user, trash).value_or(0), 2u, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(app.recentModel()->rowCount(), 0, kWaitMs);
    window->hide();
}

void Tst_TrayApplication::recentListSurvivesRestart()
{
    const TrayApplication::Paths paths = pathsFor(u"restart"_s);
    QVERIFY(writeAccountWithPassword(paths, u"restart"_s));
    {
        TrayApplication app(paths);
        AccountStatus last;
        connect(app.engine(), &MailEngine::accountStatusChanged, this,
                [&last](const AccountStatus &status) { last = status; });
        app.start();
        QTRY_COMPARE_WITH_TIMEOUT(last.state, AccountStatus::State::Online, kWaitMs);
        QVERIFY(m_server.appendMessage(u"restart"_s, u"INBOX"_s, message("kept across restarts")));
        QTRY_COMPARE_WITH_TIMEOUT(app.recentModel()->rowCount(), 1, kWaitMs);
    }
    QVERIFY(QFile::exists(paths.recentMessages));
    TrayApplication again(paths);
    QCOMPARE(again.recentModel()->rowCount(), 1);
    QCOMPARE(again.recentModel()
                 ->summary(again.recentModel()->refAt(0))
                 .value_or(ImapCore::MessageSummary())
                 .subject,
             u"kept across restarts"_s);
}

void Tst_TrayApplication::addFirstAccount(const QString &name, int security, quint16 port,
                                          const QString &user, bool trustCertificate)
{
    // First run: the welcome, which is the account editor alone, the address focused.
    AccountEditorDialog *editor = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((editor = topLevel<AccountEditorDialog>()) != nullptr, kWaitMs);
    QVERIFY(!topLevel<SettingsDialog>()); // nothing else to confirm behind it
    QVERIFY(editor->findChild<QWidget *>(u"welcome"_s)->isVisible());
    auto *email = editor->findChild<QLineEdit *>(u"email"_s);
    QTRY_VERIFY(email->hasFocus());
    auto type = [](QWidget *widget, const QString &text) {
        QVERIFY(widget);
        QTRY_VERIFY(widget->isVisible());
        widget->setFocus();
        QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(widget, text);
    };
    type(email, user + u"@localhost"_s);
    type(editor->findChild<QLineEdit *>(u"password"_s), kPassword);
    // Continue: a local address has nothing to detect, so the server settings open.
    QTest::keyClick(editor->findChild<QLineEdit *>(u"password"_s), Qt::Key_Return);
    auto *host = editor->findChild<QLineEdit *>(u"host"_s);
    QTRY_VERIFY(host->isVisible() && host->hasFocus());
    type(host, u"127.0.0.1"_s);
    auto *securityBox = editor->findChild<QComboBox *>(u"security"_s);
    QVERIFY(securityBox);
    securityBox->setCurrentIndex(security);
    type(editor->findChild<QWidget *>(u"port"_s), QString::number(port));
    type(editor->findChild<QWidget *>(u"user"_s), user);
    QTest::keyClick(editor, Qt::Key_V, Qt::AltModifier); // Advanced
    type(editor->findChild<QWidget *>(u"name"_s), name);
    auto *ok = editor->findChild<QPushButton *>(u"ok"_s);
    QCOMPARE(ok->text().remove(u'&'), u"Continue"_s);
    // Continue: the connection test, with the certificate step when needed, then the folders.
    QTest::keyClick(editor->findChild<QWidget *>(u"name"_s), Qt::Key_Return);
    if (trustCertificate) {
        CertificateTrustDialog *trust = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((trust = topLevel<CertificateTrustDialog>()) != nullptr, kWaitMs);
        QTRY_VERIFY(trust->refuseButton()->hasFocus());
        QTest::keyClick(trust->refuseButton(), Qt::Key_Tab);
        QTRY_VERIFY(trust->trustButton()->hasFocus());
        QTest::keyClick(trust->trustButton(), Qt::Key_Space);
    }
    QTRY_COMPARE_WITH_TIMEOUT(ok->text().remove(u'&'), u"Add Account"_s, kWaitMs);
    QVERIFY(editor->findChild<QWidget *>(u"folders"_s)->isVisible());
    QVERIFY(ok->isDefault()); // Return anywhere in the editor adds the account
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : ok, Qt::Key_Return);
    QTRY_VERIFY(!topLevel<AccountEditorDialog>());
    QVERIFY(!topLevel<SettingsDialog>());
}

void Tst_TrayApplication::firstRunOpensAccountSetup()
{
    const TrayApplication::Paths paths = pathsFor(u"firstrun"_s);
    TrayApplication app(paths);
    AccountStatus last;
    connect(app.engine(), &MailEngine::accountStatusChanged, this,
            [&last](const AccountStatus &status) { last = status; });
    app.start();
    // The fixture's certificate is for imap.test, from a CA this machine does not know: the
    // guided flow shows it, the user trusts it by keyboard, and the account is saved with that
    // pin and goes online.
    addFirstAccount(u"First"_s, 0, m_server.imapsPort(), u"firstrun"_s, true);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(QFile::exists(paths.accountsFile));
    QFile file(paths.accountsFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("host = 127.0.0.1"));
    QVERIFY(text.contains("email = firstrun@localhost"));
    QVERIFY2(text.contains(m_server.serverCertificateSha256().toHex(':').toUpper()),
             text.constData());
    QVERIFY(!text.contains(kPassword.toUtf8())); // never a password in the file
    QTRY_COMPARE_WITH_TIMEOUT(last.state, AccountStatus::State::Online, kWaitMs);
}

void Tst_TrayApplication::cancelledFirstRunSaysNoAccountYet()
{
    // Issue 9, point 2: Cancel on the welcome leaves an app that says there is no account and
    // offers to add one, not one that pretends all is well.
    const TrayApplication::Paths paths = pathsFor(u"cancelled"_s);
    TrayApplication app(paths);
    app.start();
    AccountEditorDialog *editor = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((editor = topLevel<AccountEditorDialog>()) != nullptr, kWaitMs);
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!topLevel<AccountEditorDialog>());
    QVERIFY(!topLevel<SettingsDialog>());
    QVERIFY(app.trayIcon()->hasNoAccount());
    QVERIFY(app.trayIcon()->toolTip().startsWith(u"Mailbell: no account yet"_s));
    // The recent window's empty list offers the same; its button brings the welcome back.
    RecentMessagesWindow *window = app.recentWindow();
    window->showAndActivate();
    QWidget *noAccount = window->findChild<QWidget *>(u"noAccount"_s);
    QTRY_VERIFY(noAccount && noAccount->isVisible());
    saveScreenshot(window, u"recent-no-account"_s);
    window->findChild<QPushButton *>(u"addAccount"_s)->click();
    QTRY_VERIFY((editor = topLevel<AccountEditorDialog>()) != nullptr);
    QVERIFY(editor->findChild<QWidget *>(u"welcome"_s)->isVisible());
    editor->reject();
    QTRY_VERIFY(!topLevel<AccountEditorDialog>());
    // So does the tray menu's "Add an account…".
    Q_EMIT app.trayIcon()->addAccountRequested();
    QTRY_VERIFY((editor = topLevel<AccountEditorDialog>()) != nullptr);
    QVERIFY(editor->findChild<QWidget *>(u"welcome"_s)->isVisible());
    editor->reject();
}

void Tst_TrayApplication::missingPasswordIsAsked()
{
    const TrayApplication::Paths paths = pathsFor(u"asked"_s);
    QVERIFY(writeFile(paths.accountsFile, accountSection(u"asked"_s, u"asked"_s)));
    TrayApplication app(paths);
    AccountStatus last;
    connect(app.engine(), &MailEngine::accountStatusChanged, this,
            [&last](const AccountStatus &status) { last = status; });
    app.start();
    PasswordDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = topLevel<PasswordDialog>()) != nullptr, kWaitMs);
    QCOMPARE(dialog->accountId(), u"asked"_s);
    // This bus has no keyring: the dialog says so once (its own words, with the choices), not
    // a second time as the reason it asks.
    const auto keyringTexts = [dialog] {
        int shown = 0;
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(u"No keyring"_s))
                ++shown;
        }
        return shown;
    };
    QTRY_COMPARE_WITH_TIMEOUT(keyringTexts(), 1, kWaitMs);
    QTest::qWait(200); // the keyring's own answer to the broker comes later than the probe's
    QCOMPARE(keyringTexts(), 1);
    auto *edit = dialog->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->setText(kPassword);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(last.state, AccountStatus::State::Online, kWaitMs);
}

// Issue 9, point 1: a first account added in the real settings dialog with its password logs in
// with that password; no password request (and so no "The server rejected the password"
// dialog) ever reaches the user. The dialog used to announce the typed password after the
// saved accounts had started the engine, whose new session asked for one first.
void Tst_TrayApplication::accountAddedInTheDialogAsksNothing()
{
    const TrayApplication::Paths paths = pathsFor(u"added"_s);
    TrayApplication app(paths);
    QList<AccountStatus> states;
    int passwordRequests = 0;
    connect(app.engine(), &MailEngine::accountStatusChanged, this,
            [&states](const AccountStatus &status) { states.append(status); });
    connect(app.engine(), &MailEngine::passwordRequired, this,
            [&passwordRequests] { ++passwordRequests; });
    app.start();
    // The loopback port without TLS: the editor has no CA field, and trust is not this test's
    // subject.
    addFirstAccount(u"Added"_s, 2, m_server.imapPort(), u"added"_s);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(
        !states.isEmpty() && states.constLast().state == AccountStatus::State::Online, kWaitMs);
    QTest::qWait(300); // a question queued behind the login would show now
    QCOMPARE(passwordRequests, 0);
    // This bus has no keyring: the typed password could not be saved, and the user is told so.
    QMessageBox *notice = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((notice = topLevel<QMessageBox>()) != nullptr, kWaitMs);
    QVERIFY2(notice->text().contains(u"keyring"_s), qPrintable(notice->text()));
    QVERIFY(!topLevel<PasswordDialog>());
    for (const AccountStatus &status : std::as_const(states))
        QVERIFY2(status.state != AccountStatus::State::AuthFailed,
                 qPrintable(status.error.message));
}

void Tst_TrayApplication::mutedFolderRecordsAndSettingsReload()
{
    const TrayApplication::Paths paths = pathsFor(u"muted"_s);
    QVERIFY(writeAccountWithPassword(paths, u"muted"_s));
    const QString settingsPath = m_dir.filePath(u"muted/settings.conf"_s);
    QVERIFY(writeFile(settingsPath, u"[notifications]\nmuted = muted/INBOX\n"_s));
    TrayApplication app(paths);
    app.setSettingsFile(settingsPath);
    AccountStatus last;
    connect(app.engine(), &MailEngine::accountStatusChanged, this,
            [&last](const AccountStatus &status) { last = status; });
    app.start();
    QCOMPARE(app.notifications()->settings().mutedFolders.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(last.state, AccountStatus::State::Online, kWaitMs);

    // Muted: recorded in the list and the badge, never announced.
    const qsizetype callsBefore = m_notifications->calls.size();
    QVERIFY(m_server.appendMessage(u"muted"_s, u"INBOX"_s, message("muted one")));
    QTRY_COMPARE_WITH_TIMEOUT(app.recentModel()->rowCount(), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(app.trayIcon()->unreadCount(), 1, kWaitMs);
    QCOMPARE(m_notifications->calls.size(), callsBefore);

    // The file changes on disk (an editor replaces it): applied without a restart.
    QFile::remove(settingsPath);
    QVERIFY(writeFile(settingsPath, u"[notifications]\nsound = false\n"_s));
    QTRY_VERIFY_WITH_TIMEOUT(app.notifications()->settings().mutedFolders.isEmpty(), kWaitMs);
    QCOMPARE(app.notifications()->settings().sound, false);
    QVERIFY(m_server.appendMessage(u"muted"_s, u"INBOX"_s, message("now announced")));
    QTRY_COMPARE_WITH_TIMEOUT(m_notifications->calls.size(), callsBefore + 1, kWaitMs);
    QVERIFY(m_notifications->calls.constLast().summary.contains(u"now announced"_s)
            || m_notifications->calls.constLast().body.contains(u"now announced"_s));
}

void Tst_TrayApplication::changedCertificateIsReportedLoudlyOnce()
{
    const TrayApplication::Paths paths = pathsFor(u"pinned"_s);
    const QByteArray oldPin(32, '\x5a');
    QVERIFY(writeFile(paths.accountsFile,
                      accountSection(u"pinned"_s, u"pinned"_s)
                          + u"pinned-sha256 = %1\npassword-command = printf %2\n"_s.arg(
                              QString::fromLatin1(oldPin.toHex(':')), kPassword)));
    TrayApplication app(paths);
    QList<AccountStatus> states;
    connect(app.engine(), &MailEngine::accountStatusChanged, this,
            [&states](const AccountStatus &status) { states.append(status); });
    const qsizetype callsBefore = m_notifications->calls.size();
    app.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        !states.isEmpty() && states.constLast().error.kind == ErrorKind::TlsPinMismatch, kWaitMs);
    QCOMPARE(states.constLast().state, AccountStatus::State::Error);
    QTRY_COMPARE_WITH_TIMEOUT(m_notifications->calls.size(), callsBefore + 1, kWaitMs);
    const FakeNotifications::Call call = m_notifications->calls.constLast();
    const QString text = call.summary + u' ' + call.body;
    QVERIFY2(text.contains(u"pinned mail"_s), qPrintable(text)); // the account's name
    QVERIFY2(text.contains(QString::fromLatin1(oldPin.toHex(':').toUpper())), qPrintable(text));
    QVERIFY2(
        text.contains(QString::fromLatin1(m_server.serverCertificateSha256().toHex(':').toUpper())),
        qPrintable(text));
    QCOMPARE(call.hints.value(u"urgency"_s).toInt(), 2); // critical
    QVERIFY2(app.trayIcon()->toolTip().contains(u"certificate changed"_s),
             qPrintable(app.trayIcon()->toolTip()));

    // A retry that meets the same certificate is not announced again (the engine holds the
    // account and retries only slowly: replay its report).
    // A certificate different again is. The fake server receives calls in order, so the next
    // call seen is the one for the third certificate only if the replay sent nothing.
    Q_EMIT app.engine()->accountStatusChanged(states.constLast());
    AccountStatus third = states.constLast();
    third.error.fingerprintSha256 = QByteArray(32, '\x77');
    Q_EMIT app.engine()->accountStatusChanged(third);
    QTRY_COMPARE_WITH_TIMEOUT(m_notifications->calls.size(), callsBefore + 2, kWaitMs);
    QVERIFY(m_notifications->calls.constLast().body.contains(
        QString::fromLatin1(third.error.fingerprintSha256.toHex(':').toUpper())));
}

// Issue 9, point 6: without a tray (offscreen has none) the stand-in window carries the tray
// menu's actions and says how to get a tray; a tray that appears later turns it into an
// ordinary window (closing it no longer quits), and a tray that goes away brings it back.
void Tst_TrayApplication::noTrayIsNotADeadEnd()
{
    const TrayApplication::Paths paths = pathsFor(u"notray"_s);
    QVERIFY(writeFile(paths.accountsFile, accountSection(u"notray"_s, u"notray"_s)));
    TrayApplication app(paths);
    QVERIFY(!app.hasSystemTray());
    app.start();
    RecentMessagesWindow *window = app.recentWindow();
    QTRY_VERIFY(window->isVisible());
    QVERIFY(window->windowTitle().contains(u"no system tray"_s));
    QVERIFY(window->trayHint()->isVisible());
    QVERIFY(window->menuBar());
    QMenu *menu = window->menuBar()->actions().at(0)->menu();
    for (QAction *action : app.trayIcon()->appActions())
        QVERIFY(menu->actions().contains(action));

    // Settings from the window's menu: the settings dialog opens.
    QAction *settings = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().remove(u'&').startsWith(u"Settings"_s))
            settings = action;
    }
    QVERIFY(settings);
    settings->trigger();
    QTRY_VERIFY(app.settingsDialog() && app.settingsDialog()->isVisible());
    app.settingsDialog()->reject();
    // The password dialog for the account (no password saved) is not the point here.
    if (PasswordDialog *dialog = topLevel<PasswordDialog>())
        dialog->reject();

    // A panel with a tray starts: no more hint, and closing the window keeps the app running.
    bool trayThere = true;
    app.trayMonitor()->setProbe([&trayThere] { return trayThere; });
    QVERIFY(app.hasSystemTray());
    QVERIFY(!window->trayHint()->isVisible());
    QVERIFY(!window->windowTitle().contains(u"no system tray"_s));
    QSignalSpy stopped(app.engine(), &MailEngine::stopped);
    window->close();
    QTest::qWait(50);
    QCOMPARE(stopped.size(), 0);
    QVERIFY(app.trayIcon()->systemTrayIcon()->isVisible());

    // The panel goes away: the window comes back, standing in again.
    trayThere = false;
    app.trayMonitor()->check();
    QVERIFY(!app.hasSystemTray());
    QTRY_VERIFY(window->isVisible());
    QVERIFY(window->trayHint()->isVisible());
    QVERIFY(window->windowTitle().contains(u"no system tray"_s));
}

// Issue 9, point 10: Check now says "Checking…" while it runs, then what it found: in the
// tooltip, and, as nothing new came, in one quiet notification that the next check replaces.
void Tst_TrayApplication::checkNowShowsCheckingThenResult()
{
    const TrayApplication::Paths paths = pathsFor(u"checked"_s);
    QVERIFY(writeAccountWithPassword(paths, u"checked"_s));
    TrayApplication app(paths);
    AccountStatus last;
    connect(app.engine(), &MailEngine::accountStatusChanged, this,
            [&last](const AccountStatus &status) { last = status; });
    app.start();
    QTRY_COMPARE_WITH_TIMEOUT(last.state, AccountStatus::State::Online, kWaitMs);
    const qsizetype callsBefore = m_notifications->calls.size();
    Q_EMIT app.trayIcon()->checkNowRequested();
    QVERIFY(app.trayIcon()->isChecking());
    QVERIFY(app.trayIcon()->toolTip().contains(u"Checking for new mail…"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!app.trayIcon()->isChecking(), kWaitMs);
    QVERIFY2(app.trayIcon()->toolTip().contains(u"Checked at "_s)
                 && app.trayIcon()->toolTip().endsWith(u"No new mail"_s),
             qPrintable(app.trayIcon()->toolTip()));
    QTRY_COMPARE_WITH_TIMEOUT(m_notifications->calls.size(), callsBefore + 1, kWaitMs);
    const FakeNotifications::Call first = m_notifications->calls.constLast();
    QCOMPARE(first.summary, u"No new mail"_s);
    QCOMPARE(first.hints.value(u"urgency"_s).toInt(), 0); // low
    // The next check replaces it instead of stacking a second one.
    Q_EMIT app.trayIcon()->checkNowRequested();
    QTRY_COMPARE_WITH_TIMEOUT(m_notifications->calls.size(), callsBefore + 2, kWaitMs);
    QCOMPARE(m_notifications->calls.constLast().replacesId, first.id);
}

// Issue 9, point 4: one meaning of "unread". Mail unread before the start is in the list (not
// only what arrived while the app ran), unannounced; "Mark all as read" marks every unseen
// message of the watched folders on the server, so the badge (the server's count) reaches 0.
void Tst_TrayApplication::unreadBacklogIsListedAndMarkAllReadAsksFirst()
{
    constexpr int unread = MarkAllReadDialog::confirmAbove + 5;
    MaildirSeeder::Options seed;
    seed.count = unread;
    seed.seenPercent = 0;
    QString error;
    QVERIFY2(MaildirSeeder::seedInbox(m_server, u"backlog"_s, seed, &error), qPrintable(error));
    QVERIFY(
        m_server.appendMessage(u"backlog"_s, u"INBOX"_s, message("read before"), {u"\\Seen"_s}));

    const TrayApplication::Paths paths = pathsFor(u"backlog"_s);
    QVERIFY(writeAccountWithPassword(paths, u"backlog"_s));
    TrayApplication app(paths);
    AccountStatus last;
    connect(app.engine(), &MailEngine::accountStatusChanged, this,
            [&last](const AccountStatus &status) { last = status; });
    const qsizetype callsBefore = m_notifications->calls.size();
    app.start();
    QTRY_COMPARE_WITH_TIMEOUT(last.state, AccountStatus::State::Online, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(app.trayIcon()->unreadCount(), unread, kWaitMs);
    RecentMessagesModel *model = app.recentModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), unread, kWaitMs);
    QCOMPARE(model->unreadMessages().size(), unread);
    for (int row = 1; row < model->rowCount(); ++row) {
        QVERIFY2(model->index(row - 1).data(RecentMessagesModel::DateRole).toDateTime()
                     >= model->index(row).data(RecentMessagesModel::DateRole).toDateTime(),
                 qPrintable(u"row %1 is newer than the one above it"_s.arg(row)));
    }
    QTest::qWait(300);
    QCOMPARE(m_notifications->calls.size(), callsBefore); // listed, not announced
    RecentMessagesWindow *window = app.recentWindow();
    window->resize(480, 420);
    window->showAndActivate();
    saveScreenshot(window, u"recent-unread-backlog"_s);
    window->hide(); // not close(): without a system tray (offscreen) that quits the app

    // More than confirmAbove: the user is asked first, and Cancel changes nothing.
    chooseMarkAllRead(app);
    QTRY_VERIFY(app.markAllReadDialog() && app.markAllReadDialog()->isVisible());
    MarkAllReadDialog *dialog = app.markAllReadDialog();
    QVERIFY2(dialog->text().contains(QString::number(unread)), qPrintable(dialog->text()));
    saveScreenshot(dialog, u"mark-all-read-confirmation"_s);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!app.markAllReadDialog());
    QTest::qWait(300);
    QCOMPARE(m_server.unseenCount(u"backlog"_s, u"INBOX"_s), std::optional<quint32>(unread));

    // Confirmed by keyboard (Return: the default button): the server, the badge and the list
    // agree on zero.
    chooseMarkAllRead(app);
    QTRY_VERIFY(app.markAllReadDialog() && app.markAllReadDialog()->isVisible());
    QSignalSpy confirmed(app.markAllReadDialog(), &MarkAllReadDialog::confirmed);
    QTest::keyClick(app.markAllReadDialog(), Qt::Key_Return);
    QCOMPARE(confirmed.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.unseenCount(u"backlog"_s, u"INBOX"_s),
                              std::optional<quint32>(0), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(app.trayIcon()->unreadCount(), 0, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(model->unreadMessages().size(), 0, kWaitMs);
    QCOMPARE(model->rowCount(), unread);
}

// The demo's case: three unread messages before the start. No question for so few; afterwards
// nothing is unread anywhere.
void Tst_TrayApplication::markAllReadOfFewAsksNothing()
{
    for (const QByteArray subject : {"one", "two", "three"})
        QVERIFY(m_server.appendMessage(u"fewunread"_s, u"INBOX"_s, message(subject)));
    const TrayApplication::Paths paths = pathsFor(u"fewunread"_s);
    QVERIFY(writeAccountWithPassword(paths, u"fewunread"_s));
    TrayApplication app(paths);
    app.start();
    QTRY_COMPARE_WITH_TIMEOUT(app.trayIcon()->unreadCount(), 3, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(app.recentModel()->unreadMessages().size(), 3, kWaitMs);

    chooseMarkAllRead(app);
    QVERIFY(!app.markAllReadDialog());
    QTRY_COMPARE_WITH_TIMEOUT(m_server.unseenCount(u"fewunread"_s, u"INBOX"_s),
                              std::optional<quint32>(0), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(app.trayIcon()->unreadCount(), 0, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(app.recentModel()->unreadMessages().size(), 0, kWaitMs);
}

QTEST_MAIN(Tst_TrayApplication)
#include "tst_trayapplication.moc"
