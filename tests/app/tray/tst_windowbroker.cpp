// WindowBroker: one window of each kind. The first request makes it with the factory, a second
// brings the same window to the front (no second window); a summary window per message, made
// again once closed; the settings dialog reloaded from the files when it opens again; a password
// and a sign-in dialog per account, raised with the new reason when asked again; one "Mark all
// as read" confirmation with the latest count; the dialogs still open go with the broker.
#include "tray/windowbroker.h"

#include "accountinfo.h"
#include "credentialstore.h"
#include "oauthsignindialog.h"
#include "settings/settingsstore.h"
#include "settingsdialog/settingsdialog.h"
#include "tray/passworddialog.h"
#include "ui/markallreaddialog.h"
#include "ui/messagesummarywindow.h"
#include "ui/recentmessagesmodel.h"
#include "ui/recentmessageswindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using ImapCore::MessageSummary;

namespace {

MessageSummary summaryOf(quint32 uid, const QString &subject)
{
    MessageSummary summary;
    summary.accountId = u"work"_s;
    summary.folder = u"INBOX"_s;
    summary.uidValidity = 7;
    summary.uid = uid;
    summary.subject = subject;
    summary.from = {ImapCore::MailAddress {u"Ann"_s, u"ann@example.org"_s, {}}};
    summary.date = QDateTime::currentDateTime();
    return summary;
}

AccountInfo work()
{
    AccountInfo account;
    account.id = u"work"_s;
    account.displayName = u"Work"_s;
    return account;
}

OAuthProvider provider()
{
    OAuthProvider google = *OAuthProvider::preset(u"google"_s);
    google.clientId = u"test-client"_s;
    return google;
}

// The dialog's text shows reason (PasswordDialog and OAuthSignInDialog show it in a label).
bool showsReason(const QWidget *dialog, const QString &reason)
{
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->text() == reason)
            return true;
    }
    return false;
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

} // namespace

class TestWindowBroker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RecentMessagesModel m_model;
    int m_recentMade = 0;
    int m_summariesMade = 0;
    int m_settingsMade = 0;
    QStringList m_passwordDialogsMade;
    QStringList m_signInDialogsMade;
    int m_markAllReadMade = 0;
    std::unique_ptr<SettingsStore> m_store;
    std::unique_ptr<CredentialStore> m_credentials;

    WindowBroker::Factories factories()
    {
        return {
            [this] {
                ++m_recentMade;
                return std::make_unique<RecentMessagesWindow>(&m_model);
            },
            [this] {
                ++m_summariesMade;
                auto *window = new MessageSummaryWindow;
                window->setAttribute(Qt::WA_DeleteOnClose);
                return window;
            },
            [this] {
                ++m_settingsMade;
                return std::make_unique<SettingsDialog>(m_store.get(), m_credentials.get());
            },
            [this](const QString &accountId) {
                m_passwordDialogsMade.append(accountId);
                return new PasswordDialog(accountId, accountId.toUpper());
            },
            [this](const QString &accountId, const OAuthProvider &provider) {
                m_signInDialogsMade.append(accountId);
                return new OAuthSignInDialog(accountId, accountId.toUpper(), provider,
                                             u"ann@example.org"_s);
            },
            [this](int unread) {
                ++m_markAllReadMade;
                return new MarkAllReadDialog(unread);
            },
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // No Secret Service: the keyring answers Unavailable, at once and for certain.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"xdg"_s).toUtf8());
        m_store = std::make_unique<SettingsStore>(m_dir.filePath(u"accounts.conf"_s),
                                                  m_dir.filePath(u"settings.conf"_s),
                                                  m_dir.filePath(u"autostart.desktop"_s));
        m_credentials = std::make_unique<CredentialStore>();
    }

    void init()
    {
        m_recentMade = m_summariesMade = m_settingsMade = m_markAllReadMade = 0;
        m_passwordDialogsMade.clear();
        m_signInDialogsMade.clear();
    }

    void recentWindowIsMadeOnce()
    {
        WindowBroker broker(factories());
        QVERIFY(!broker.existingRecentWindow());
        RecentMessagesWindow *window = broker.recentWindow();
        QVERIFY(window);
        QCOMPARE(broker.recentWindow(), window);
        QCOMPARE(broker.existingRecentWindow(), window);
        QCOMPARE(m_recentMade, 1);
    }

    // A second request for a message's summary raises the window it has, over another one.
    void secondRequestRaisesTheExistingSummaryWindow()
    {
        WindowBroker broker(factories());
        const MessageSummary first = summaryOf(1, u"first"_s);
        const MessageSummary second = summaryOf(2, u"second"_s);
        MessageSummaryWindow *a = broker.showSummary(first, work());
        QVERIFY(QTest::qWaitForWindowActive(a));
        MessageSummaryWindow *b = broker.showSummary(second, work());
        QVERIFY(b != a);
        QVERIFY(QTest::qWaitForWindowActive(b));
        QCOMPARE(m_summariesMade, 2);

        QCOMPARE(broker.showSummary(first, work()), a);
        QCOMPARE(m_summariesMade, 2);
        QTRY_COMPARE(QApplication::activeWindow(), a);
        QCOMPARE(broker.summaryWindow(refOf(first)), a);
        QCOMPARE(broker.summaryWindows(), (QList<MessageSummaryWindow *> {a, b}));
    }

    // Closed (and so deleted), a summary window is made anew for the next request.
    void closedSummaryWindowIsMadeAgain()
    {
        WindowBroker broker(factories());
        const MessageSummary first = summaryOf(1, u"first"_s);
        QPointer<MessageSummaryWindow> a = broker.showSummary(first, work());
        QVERIFY(a->close());
        QTRY_VERIFY(!a);
        QVERIFY(!broker.summaryWindow(refOf(first)));
        QVERIFY(broker.summaryWindows().isEmpty());
        QVERIFY(broker.showSummary(first, work()));
        QCOMPARE(m_summariesMade, 2);
    }

    // The windows still open go with the broker.
    void openWindowsGoWithTheBroker()
    {
        QPointer<MessageSummaryWindow> summary;
        QPointer<RecentMessagesWindow> recent;
        {
            WindowBroker broker(factories());
            summary = broker.showSummary(summaryOf(3, u"third"_s), work());
            recent = broker.recentWindow();
        }
        QVERIFY(!summary);
        QVERIFY(!recent);
    }

    // One box per text: the same warning again raises the box that shows it; another text gets
    // its own. OK closes one; the ones still open go with the broker.
    void noticesAreOnePerTextAndGoWithTheBroker()
    {
        QPointer<QMessageBox> first;
        QPointer<QMessageBox> second;
        {
            WindowBroker broker(factories());
            first = broker.showNotice(u"Password not saved"_s, u"The keyring is locked."_s);
            QVERIFY(first && first->isVisible());
            QCOMPARE(first->textFormat(), Qt::PlainText);
            QCOMPARE(broker.showNotice(u"Password not saved"_s, u"The keyring is locked."_s),
                     first.data());
            second = broker.showNotice(u"Password not saved"_s, u"No keyring."_s);
            QVERIFY(second && second != first);
            QTest::keyClick(second, Qt::Key_Return);
            QTRY_VERIFY(!second);
            QVERIFY(broker.showNotice(u"Password not saved"_s, u"No keyring."_s));
        }
        QVERIFY(!first);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        for (QWidget *widget : QApplication::topLevelWidgets())
            QVERIFY2(!qobject_cast<QMessageBox *>(widget), "a notice outlived its broker");
    }

    // Made once; opened again while hidden, it shows what the files hold now; while open, the
    // user's unsaved edits stay.
    void settingsDialogIsMadeOnceAndReloadedWhenReopened()
    {
        WindowBroker broker(factories());
        QVERIFY(!broker.existingSettingsDialog());
        SettingsDialog *dialog = broker.showSettings();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *accounts = dialog->findChild<QTreeWidget *>(u"accounts"_s);
        QVERIFY(accounts);
        QCOMPARE(accounts->topLevelItemCount(), 0);

        QVERIFY(writeFile(m_dir.filePath(u"accounts.conf"_s),
                          "[work]\nhost = imap.example.org\nuser = ann\n"));
        QCOMPARE(broker.showSettings(), dialog); // open: not reloaded
        QCOMPARE(accounts->topLevelItemCount(), 0);
        dialog->hide();
        QCOMPARE(broker.showSettings(), dialog);
        QCOMPARE(accounts->topLevelItemCount(), 1);
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_settingsMade, 1);
    }

    // One per account: asked again, the same dialog comes to the front with the new reason, also
    // after the user closed it (it is kept hidden); another account gets its own.
    void passwordDialogIsOnePerAccountAndRaised()
    {
        WindowBroker broker(factories());
        QVERIFY(!broker.passwordDialog(u"work"_s));
        PasswordDialog *work = broker.showPasswordDialog(u"work"_s, u"First."_s, true);
        QVERIFY(QTest::qWaitForWindowActive(work));
        QCOMPARE(broker.passwordDialog(u"work"_s), work);
        QVERIFY(showsReason(work, u"First."_s));
        PasswordDialog *home = broker.showPasswordDialog(u"home"_s, u"Home."_s, true);
        QVERIFY(home != work);
        QVERIFY(QTest::qWaitForWindowActive(home));

        QCOMPARE(broker.showPasswordDialog(u"work"_s, u"Rejected."_s, false), work);
        QTRY_COMPARE(QApplication::activeWindow(), work);
        QVERIFY(showsReason(work, u"Rejected."_s));
        work->reject();
        QVERIFY(!work->isVisible());
        QCOMPARE(broker.showPasswordDialog(u"work"_s, u"Again."_s, true), work);
        QVERIFY(work->isVisible());
        QCOMPARE(m_passwordDialogsMade, (QStringList {u"work"_s, u"home"_s}));
    }

    // One per account while open; closed, it is gone and the next request makes a new one.
    void signInDialogIsOnePerAccountAndRaised()
    {
        WindowBroker broker(factories());
        QPointer<OAuthSignInDialog> work =
            broker.showSignInDialog(u"work"_s, provider(), u"Expired."_s);
        QVERIFY(QTest::qWaitForWindowActive(work));
        QVERIFY(showsReason(work, u"Expired."_s));
        OAuthSignInDialog *home = broker.showSignInDialog(u"home"_s, provider(), u"New."_s);
        QVERIFY(home != work);
        QVERIFY(QTest::qWaitForWindowActive(home));
        QCOMPARE(broker.showSignInDialog(u"work"_s, provider(), u"Revoked."_s), work.data());
        QTRY_COMPARE(QApplication::activeWindow(), work.data());
        QVERIFY(showsReason(work, u"Revoked."_s));
        QCOMPARE(broker.signInDialog(u"work"_s), work.data());

        QVERIFY(work->close());
        QTRY_VERIFY(!work);
        QVERIFY(!broker.signInDialog(u"work"_s));
        QVERIFY(broker.showSignInDialog(u"work"_s, provider(), u"Expired."_s));
        QCOMPARE(m_signInDialogsMade, (QStringList {u"work"_s, u"home"_s, u"work"_s}));
    }

    // One confirmation at a time, showing the latest count; closed, it is gone.
    void markAllReadIsOneAndShowsTheLatestCount()
    {
        WindowBroker broker(factories());
        QVERIFY(!broker.markAllReadDialog());
        QPointer<MarkAllReadDialog> dialog = broker.showMarkAllRead(30);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        const QString thirty = dialog->text();
        QCOMPARE(broker.showMarkAllRead(45), dialog.data());
        QVERIFY(dialog->text() != thirty);
        QCOMPARE(broker.markAllReadDialog(), dialog.data());
        QCOMPARE(m_markAllReadMade, 1);
        QVERIFY(dialog->close());
        QTRY_VERIFY(!dialog);
        QVERIFY(!broker.markAllReadDialog());
        QVERIFY(broker.showMarkAllRead(30));
        QCOMPARE(m_markAllReadMade, 2);
    }

    // The dialogs still there, open or hidden, go with the broker: none is left behind.
    void dialogsGoWithTheBroker()
    {
        QPointer<PasswordDialog> shown;
        QPointer<PasswordDialog> hidden;
        QPointer<OAuthSignInDialog> signIn;
        QPointer<MarkAllReadDialog> markAllRead;
        {
            WindowBroker broker(factories());
            shown = broker.showPasswordDialog(u"work"_s, u"Why."_s, true);
            hidden = broker.showPasswordDialog(u"home"_s, u"Why."_s, true);
            hidden->hide();
            signIn = broker.showSignInDialog(u"work"_s, provider(), u"Why."_s);
            markAllRead = broker.showMarkAllRead(25);
        }
        QVERIFY(!shown);
        QVERIFY(!hidden);
        QVERIFY(!signIn);
        QVERIFY(!markAllRead);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            QVERIFY2(!qobject_cast<PasswordDialog *>(widget)
                         && !qobject_cast<OAuthSignInDialog *>(widget)
                         && !qobject_cast<MarkAllReadDialog *>(widget),
                     "a dialog outlived its broker");
        }
    }
};

QTEST_MAIN(TestWindowBroker)
#include "tst_windowbroker.moc"
