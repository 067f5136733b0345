// The tray app of `mailbell demo` (DemoTray), offscreen, against the real demo server and a
// second Dovecot standing in for the user's own mail server, with HOME and XDG_CONFIG_HOME in a
// temporary folder: Settings lists the watched demo account as such (not editable), an account
// added there is saved to the user's real accounts file (not the demo's temporary folder, and
// without the demo account) and is watched at once beside the demo; a normal start reads that
// same file.
#include "accounteditordialog.h"
#include "accountspage.h"
#include "demo/demoserver.h"
#include "demo/demotray.h"
#include "dovecotfixture.h"
#include "settings/accountsfile.h"
#include "settingsdialog.h"
#include "ui/trayicon.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using ImapCore::AccountStatus;
using ImapCore::MailEngine;

namespace {

constexpr int kWaitMs = 30'000;
const QString kPassword = u"mine-pw"_s;

QFileDevice::Permissions traversable()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::ExeOther;
}

} // namespace

class Tst_DemoTray : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void realAccountAddedBesideTheDemo();

private:
    QTemporaryDir m_tmp;
    QTemporaryDir m_home;
    DovecotFixture m_ownServer;
};

void Tst_DemoTray::initTestCase()
{
    QVERIFY(m_tmp.isValid() && m_home.isValid());
    // Traversable, or as root the fixture would rightly avoid it.
    QVERIFY(QFile::setPermissions(m_tmp.path(), traversable()));
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
    qputenv("XDG_STATE_HOME", QFile::encodeName(m_home.filePath(u"state"_s)));
    // No Secret Service: the typed password serves this run.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    QVERIFY2(m_ownServer.start(), qPrintable(m_ownServer.errorString()));
    QVERIFY(m_ownServer.createUser(u"mine"_s, kPassword));
}

void Tst_DemoTray::realAccountAddedBesideTheDemo()
{
    const QString accountsFile = m_home.filePath(u"config/mailbell/accounts.conf"_s);
    QCOMPARE(AccountsFile::defaultPath(), accountsFile);
    DemoServer server;
    server.setDripPaused(true);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    DemoTray demo(server);
    TrayApplication &tray = demo.tray();
    QHash<QString, AccountStatus::State> states;
    connect(
        tray.engine(), &MailEngine::accountStatusChanged, this,
        [&states](const AccountStatus &status) { states.insert(status.accountId, status.state); });
    tray.start();
    QTRY_COMPARE_WITH_TIMEOUT(states.value(u"demo"_s), AccountStatus::State::Online, kWaitMs);

    Q_EMIT tray.trayIcon()->settingsRequested();
    SettingsDialog *settings = tray.settingsDialog();
    QVERIFY(settings && settings->isVisible());
    settings->showPage(SettingsDialog::Page::Accounts);
    auto *list = settings->findChild<QTreeWidget *>(u"accounts"_s);
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), u"Demo (sample server, not saved)"_s);
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(!settings->findChild<QPushButton *>(u"edit"_s)->isEnabled());
    QVERIFY(!settings->findChild<QPushButton *>(u"remove"_s)->isEnabled());
    QVERIFY(!settings->findChild<QPushButton *>(u"edit"_s)->toolTip().isEmpty());

    // Add...; plain IMAP on loopback (the editor has no CA field).
    QTest::mouseClick(settings->findChild<QPushButton *>(u"add"_s), Qt::LeftButton);
    AccountEditorDialog *editor = nullptr;
    QTRY_VERIFY((editor = settings->accountsPage()->editor()) && editor->isVisible());
    const auto type = [editor](const QString &field, const QString &text) {
        QWidget *widget = editor->findChild<QWidget *>(field);
        QVERIFY(widget);
        widget->setFocus();
        QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(widget, text);
    };
    type(u"name"_s, u"Mine"_s);
    type(u"host"_s, m_ownServer.host());
    editor->findChild<QComboBox *>(u"security"_s)->setCurrentIndex(2); // none
    type(u"port"_s, QString::number(m_ownServer.imapPort()));
    type(u"user"_s, u"mine"_s);
    type(u"password"_s, kPassword);
    // Continue tests the connection, then Return adds the account.
    QTest::keyClick(editor->findChild<QWidget *>(u"password"_s), Qt::Key_Return);
    auto *ok = editor->findChild<QPushButton *>(u"ok"_s);
    QTRY_COMPARE_WITH_TIMEOUT(ok->text().remove(u'&'), u"Add Account"_s, kWaitMs);
    QTest::keyClick(editor->findChild<QWidget *>(u"password"_s), Qt::Key_Return);
    QTRY_VERIFY(!settings->accountsPage()->editor());
    for (QPushButton *button : settings->findChildren<QPushButton *>()) {
        if (button->isDefault() && button->window() == settings)
            QTest::mouseClick(button, Qt::LeftButton); // OK
    }
    QTRY_VERIFY(!settings->isVisible());

    // Saved where a normal start reads it, alone: the demo account is never written.
    QVERIFY(QFile::exists(accountsFile));
    QCOMPARE(TrayApplication::Paths::defaults().accountsFile, accountsFile);
    const AccountsFile::Result stored = AccountsFile::load(accountsFile);
    QVERIFY2(stored.errors.isEmpty(), qPrintable(stored.errors.join(u'\n')));
    QCOMPARE(stored.accounts.size(), 1);
    QCOMPARE(stored.accounts[0].spec.id, u"mine"_s);
    QFile file(accountsFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(!text.contains("[demo]") && !text.contains(server.password().toUtf8())
                 && !text.contains(kPassword.toUtf8()),
             text.constData());

    // Watched at once, beside the demo.
    QTRY_COMPARE_WITH_TIMEOUT(states.value(u"mine"_s), AccountStatus::State::Online, kWaitMs);
    QCOMPARE(states.value(u"demo"_s), AccountStatus::State::Online);
}

QTEST_MAIN(Tst_DemoTray)
#include "tst_demotray.moc"
