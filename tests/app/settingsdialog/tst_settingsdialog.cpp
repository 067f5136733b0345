// The settings dialog end to end, offscreen, by keyboard and mouse: accounts added, edited,
// enabled/disabled and removed through the dialog are read back from the accounts file with the
// settings facade; a typed password goes to the CredentialStore (here without a Secret Service:
// DBUS_SESSION_BUS_ADDRESS=disabled:, so the keyring says so and the password serves this run
// only) and never into a file; the Notifications and General tabs round-trip every field;
// validation blocks OK; Cancel keeps the files as they were; the Tab order of each tab; no Alt
// letter twice on a tab, in any language.
#include "accounteditordialog.h"
#include "accountspage.h"
#include "credentialstore.h"
#include "generalpage.h"
#include "mnemonics.h"
#include "notificationspage.h"
#include "oauthsigninwidget.h"
#include "settings/settingsstore.h"
#include "settingsdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

using ImapCore::AccountConfig;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 10'000;
const QString kPassword = u"Pw-7f3c-never-in-a-file"_s;

template<typename T>
T *field(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("no field %s", qPrintable(name));
    return widget;
}

QPushButton *defaultButton(QWidget *dialog)
{
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->isDefault() && button->window() == dialog)
            return button;
    }
    return nullptr;
}

void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus(Qt::TabFocusReason);
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(widget, Qt::Key_Backspace);
    // Line by line: keyClicks has no key for '\n'.
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines[i]);
    }
}

QByteArray fileText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The first field that differs, empty when none. By hand: Qt 6.4's QList<int>::operator==
// passes memcmp a null pointer for two empty lists, which UBSan rejects.
QString difference(const NotificationSettings &a, const NotificationSettings &b)
{
    const QuietHours &qa = a.quietHours;
    const QuietHours &qb = b.quietHours;
    const bool sameDays = qa.weekdays.size() == qb.weekdays.size()
        && std::equal(qa.weekdays.cbegin(), qa.weekdays.cend(), qb.weekdays.cbegin());
    const QList<std::pair<const char *, bool>> fields {
        {"enabled", a.enabled == b.enabled},
        {"sound", a.sound == b.sound},
        {"showPreview", a.showPreview == b.showPreview},
        {"deleteAction", a.deleteAction == b.deleteAction},
        {"burstThreshold", a.burstThreshold == b.burstThreshold},
        {"burstWindowMs", a.burstWindowMs == b.burstWindowMs},
        {"quietHours.enabled", qa.enabled == qb.enabled},
        {"quietHours.start", qa.start == qb.start},
        {"quietHours.end", qa.end == qb.end},
        {"quietHours.weekdays", sameDays},
        {"quietHours.showSilently", qa.showSilently == qb.showSilently},
        {"vipSenders", a.vipSenders == b.vipSenders},
        {"mutedFolders", a.mutedFolders == b.mutedFolders}};
    for (const auto &[name, same] : fields) {
        if (!same)
            return QString::fromLatin1(name);
    }
    return {};
}

AccountsFile::Account account(const QString &id, const QString &host)
{
    AccountsFile::Account account;
    account.spec.id = id;
    account.spec.displayName = id + u" mail"_s;
    account.spec.connection.host = host;
    account.spec.connection.user = id;
    return account;
}

} // namespace

class Tst_SettingsDialog : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        QString accounts;
        QString settings;
        QString autostart;
    };
    Setup paths(const QString &name) const;

    QTemporaryDir m_dir;

private slots:
    void initTestCase();
    void addAccountByKeyboard();
    void unsavedAccountIsListedNotSaved();
    void editAccountKeepsTheRest();
    void oauthSignInReachesTheApp();
    void enableDisableAndRemove();
    void editorOpensOnAnAccount();
    void cancelKeepsFiles();
    void returnPressesOkEverywhere();
    void notificationsRoundTrip();
    void invalidNotificationBlocksOk();
    void generalRoundTrip();
    void tabOrderOfEachTab();
    void mnemonicsUniqueInEveryLanguage_data();
    void mnemonicsUniqueInEveryLanguage();
    void screenshots();
};

void Tst_SettingsDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // No Secret Service: the keyring answers Unavailable, at once and for certain.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"xdg"_s).toUtf8());
}

Tst_SettingsDialog::Setup Tst_SettingsDialog::paths(const QString &name) const
{
    const QString folder = m_dir.filePath(name);
    QDir().mkpath(folder);
    return {folder + u"/accounts.conf"_s, folder + u"/settings.conf"_s,
            folder + u"/autostart/org.mailbell.Mailbell.desktop"_s};
}

void Tst_SettingsDialog::addAccountByKeyboard()
{
    const Setup files = paths(u"add"_s);
    SettingsStore store(files.accounts, files.settings, files.autostart);
    CredentialStore credentials;
    SettingsDialog dialog(&store, &credentials);
    QSignalSpy saved(&dialog, &SettingsDialog::accountsSaved);
    QSignalSpy entered(&dialog, &SettingsDialog::passwordEntered);
    QSignalSpy keyring(&dialog, &SettingsDialog::keyringProblem);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Alt+A: Add...
    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
    AccountEditorDialog *editor = nullptr;
    QTRY_VERIFY((editor = dialog.accountsPage()->editor()) && editor->isVisible());
    // The address first; the name under Advanced.
    QTRY_VERIFY(field<QLineEdit>(editor, u"email"_s)->hasFocus());
    typeInto(field<QLineEdit>(editor, u"host"_s), u"imap.example.org"_s);
    QTest::keyClick(editor, Qt::Key_V, Qt::AltModifier); // Advanced
    QTRY_VERIFY(field<QLineEdit>(editor, u"name"_s)->isVisible());
    typeInto(field<QLineEdit>(editor, u"name"_s), u"Work"_s);
    typeInto(field<QLineEdit>(editor, u"user"_s), u"jane"_s);
    typeInto(field<QLineEdit>(editor, u"password"_s), kPassword);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog.accountsPage()->editor());
    auto *list = field<QTreeWidget>(&dialog, u"accounts"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), u"Work"_s);
    QVERIFY(!QFile::exists(files.accounts)); // nothing stored before OK

    QTest::mouseClick(defaultButton(&dialog), Qt::LeftButton); // OK
    QVERIFY(!dialog.isVisible());
    QCOMPARE(saved.count(), 1);
    const AccountsFile::Result stored = AccountsFile::load(files.accounts);
    QVERIFY2(stored.errors.isEmpty(), qPrintable(stored.errors.join(u'\n')));
    QCOMPARE(stored.accounts.size(), 1);
    const AccountsFile::Account &work = stored.accounts.first();
    QCOMPARE(work.spec.id, u"work"_s);
    QCOMPARE(work.spec.displayName, u"Work"_s);
    QCOMPARE(work.spec.connection.host, u"imap.example.org"_s);
    QCOMPARE(work.spec.connection.port, quint16(993));
    QCOMPARE(work.spec.connection.security, AccountConfig::Security::Tls);
    QCOMPARE(work.spec.connection.user, u"jane"_s);
    QCOMPARE(work.passwordStore, AccountsFile::Account::PasswordStore::Keyring);
    QCOMPARE(work.spec.folders, QStringList {u"INBOX"_s});
    // The password went to the keyring (which is not there: said so) and to the running app,
    // never into a file.
    QCOMPARE(entered.count(), 1);
    QCOMPARE(entered.first().at(0).toString(), u"work"_s);
    QCOMPARE(entered.first().at(1).toString(), kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(keyring.count(), 1, kWaitMs);
    QCOMPARE(keyring.first().at(0).toString(), u"work"_s);
    QVERIFY(!keyring.first().at(1).toString().contains(kPassword));
    for (const QString &path : {files.accounts, files.settings})
        QVERIFY(!fileText(path).contains(kPassword.toUtf8()));
}

// Issue 9, point 5: the demo's account is listed (it is watched), cannot be edited or removed
// (the buttons say why), and a real account added beside it is saved alone, under another id.
void Tst_SettingsDialog::unsavedAccountIsListedNotSaved()
{
    const Setup files = paths(u"unsaved"_s);
    SettingsStore store(files.accounts, files.settings, files.autostart);
    CredentialStore credentials;
    SettingsDialog dialog(&store, &credentials);
    const QString why = u"Lives only while mailbell demo runs"_s;
    dialog.accountsPage()->setUnsavedAccounts(
        {{u"demo"_s, u"Demo (sample server, not saved)"_s, u"demo@127.0.0.1"_s, why}});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = field<QTreeWidget>(&dialog, u"accounts"_s);
    auto *edit = field<QPushButton>(&dialog, u"edit"_s);
    auto *remove = field<QPushButton>(&dialog, u"remove"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), u"Demo (sample server, not saved)"_s);
    QVERIFY(!(list->topLevelItem(0)->flags() & Qt::ItemIsUserCheckable));
    QCOMPARE(list->topLevelItem(0)->toolTip(0), why);
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());
    QCOMPARE(edit->toolTip(), why);
    QCOMPARE(remove->toolTip(), why);
    // Neither activating the row (Return, double click: editCurrent) nor the slots open
    // anything for it.
    dialog.accountsPage()->editCurrent();
    dialog.accountsPage()->editAccount(u"demo"_s);
    dialog.accountsPage()->removeCurrent();
    QVERIFY(!dialog.accountsPage()->editor());
    QVERIFY(!dialog.accountsPage()->removeConfirmation());

    // A real account named like the demo one gets an id of its own.
    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
    AccountEditorDialog *editor = nullptr;
    QTRY_VERIFY((editor = dialog.accountsPage()->editor()) && editor->isVisible());
    typeInto(field<QLineEdit>(editor, u"name"_s), u"Demo"_s);
    typeInto(field<QLineEdit>(editor, u"host"_s), u"imap.example.org"_s);
    typeInto(field<QLineEdit>(editor, u"user"_s), u"jane"_s);
    typeInto(field<QLineEdit>(editor, u"password"_s), kPassword);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog.accountsPage()->editor());
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), u"Demo"_s); // the new one, selected and editable
    QCOMPARE(list->currentItem(), list->topLevelItem(0));
    QVERIFY(edit->isEnabled());
    QVERIFY(edit->toolTip().isEmpty());
    QCOMPARE(list->topLevelItem(1)->text(0), u"Demo (sample server, not saved)"_s);
    QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
    list->setCurrentItem(list->topLevelItem(1));
    QVERIFY(dialog.grab().save(QStringLiteral(SCREENSHOT_DIR "/settings-accounts-demo.png")));

    QTest::mouseClick(defaultButton(&dialog), Qt::LeftButton); // OK
    const AccountsFile::Result stored = AccountsFile::load(files.accounts);
    QVERIFY2(stored.errors.isEmpty(), qPrintable(stored.errors.join(u'\n')));
    QCOMPARE(stored.accounts.size(), 1);
    QCOMPARE(stored.accounts[0].spec.displayName, u"Demo"_s);
    QVERIFY(stored.accounts[0].spec.id != u"demo"_s);
    QVERIFY(!fileText(files.accounts).contains("127.0.0.1"));
}

void Tst_SettingsDialog::editAccountKeepsTheRest()
{
    const Setup files = paths(u"edit"_s);
    SettingsStore store(files.accounts, files.settings, files.autostart);
    AccountsFile::Account home = account(u"home"_s, u"imap.home.test"_s);
    home.spec.folders = {u"INBOX"_s, u"Lists/Qt, Dev"_s};
    home.spec.connection.pinnedSha256 = QByteArray(32, '\x21');
    home.color = QColor(u"#336699"_s);
    home.oauthClientId = QString();
    home.passwordCommand = u"pass show mail/home"_s;
    QVERIFY(store.saveAccounts({account(u"work"_s, u"imap.work.test"_s), home}).isEmpty());

    CredentialStore credentials;
    SettingsDialog dialog(&store, &credentials);
    QSignalSpy entered(&dialog, &SettingsDialog::passwordEntered);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = field<QTreeWidget>(&dialog, u"accounts"_s);
    QCOMPARE(list->topLevelItemCount(), 2);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down); // the second account
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(&dialog, Qt::Key_E, Qt::AltModifier); // Edit...
    AccountEditorDialog *editor = nullptr;
    QTRY_VERIFY((editor = dialog.accountsPage()->editor()) && editor->isVisible());
    QCOMPARE(field<QLineEdit>(editor, u"passwordCommand"_s)->text(), u"pass show mail/home"_s);
    typeInto(field<QLineEdit>(editor, u"host"_s), u"mail.home.test"_s);
    auto *security = field<QComboBox>(editor, u"security"_s);
    security->setFocus();
    QTest::keyClick(security, Qt::Key_Down); // STARTTLS: the default port follows
    QTest::keyClick(field<QLineEdit>(editor, u"host"_s), Qt::Key_Return);
    QTRY_VERIFY(!dialog.accountsPage()->editor());
    QTest::mouseClick(field<QPushButton>(&dialog, u"apply"_s), Qt::LeftButton);
    QVERIFY(dialog.isVisible()); // Apply keeps it open
    QVERIFY(!field<QPushButton>(&dialog, u"apply"_s)->isEnabled()); // nothing left to save
    QCOMPARE(entered.count(), 0); // no password typed: the command stays the source

    const SettingsStore::Snapshot snapshot = store.load();
    QCOMPARE(snapshot.accounts.size(), 2);
    QCOMPARE(snapshot.accounts[0].spec.connection.host, u"imap.work.test"_s);
    const AccountsFile::Account &edited = snapshot.accounts[1];
    QCOMPARE(edited.spec.id, u"home"_s);
    QCOMPARE(edited.spec.connection.host, u"mail.home.test"_s);
    QCOMPARE(edited.spec.connection.security, AccountConfig::Security::StartTls);
    QCOMPARE(edited.spec.connection.port, quint16(143));
    QCOMPARE(edited.spec.folders, home.spec.folders);
    QCOMPARE(edited.spec.connection.pinnedSha256, home.spec.connection.pinnedSha256);
    QCOMPARE(edited.color, home.color);
    QCOMPARE(edited.passwordCommand, home.passwordCommand);
}

void Tst_SettingsDialog::oauthSignInReachesTheApp()
{
    const Setup files = paths(u"oauth"_s);
    SettingsStore store(files.accounts, files.settings, files.autostart);
    CredentialStore credentials;
    SettingsDialog dialog(&store, &credentials);
    QStringList signedIn;
    connect(&dialog, &SettingsDialog::oauthSignedIn, this,
            [&signedIn](const QString &id, const OAuthTokenResult &tokens) {
                signedIn.append(id + u' ' + tokens.accessToken);
            });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.accountsPage()->addAccount();
    AccountEditorDialog *editor = dialog.accountsPage()->editor();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    typeInto(field<QLineEdit>(editor, u"name"_s), u"Mail"_s);
    typeInto(field<QLineEdit>(editor, u"host"_s), u"imap.gmail.com"_s);
    typeInto(field<QLineEdit>(editor, u"user"_s), u"ada@gmail.com"_s);
    OAuthSignInWidget *signIn = editor->oauthSignInWidget();
    QVERIFY(!signIn->isVisible());
    field<QComboBox>(editor, u"signIn"_s)
        ->setCurrentIndex(int(AccountEditorDialog::SignIn::OAuthGoogle));
    QVERIFY(signIn->isVisible());
    QVERIFY(!field<QLineEdit>(editor, u"password"_s)->isVisible());
    typeInto(field<QLineEdit>(editor, u"clientId"_s), u"my-client.apps.example"_s);
    QTest::keyClick(field<QLineEdit>(editor, u"clientId"_s), Qt::Key_Tab);
    QVERIFY(signIn->signInButton()->isEnabled());
    QVERIFY(signIn->signInButton()->text().contains(u"Google"_s));
    // The browser part is OAuth's own test; here the widget reports a finished sign-in.
    OAuthTokenResult tokens;
    tokens.accessToken = u"access-7f3c"_s;
    tokens.refreshToken = u"refresh-7f3c"_s;
    Q_EMIT signIn->signedIn(tokens);
    QTest::keyClick(field<QLineEdit>(editor, u"host"_s), Qt::Key_Return);
    QTRY_VERIFY(!dialog.accountsPage()->editor());
    QVERIFY(signedIn.isEmpty()); // not before the account is saved
    QTest::mouseClick(defaultButton(&dialog), Qt::LeftButton);
    QCOMPARE(signedIn, QStringList {u"mail access-7f3c"_s});

    const AccountsFile::Result stored = AccountsFile::load(files.accounts);
    QCOMPARE(stored.accounts.size(), 1);
    QCOMPARE(stored.accounts[0].oauthProvider, u"google"_s);
    QCOMPARE(stored.accounts[0].oauthClientId, u"my-client.apps.example"_s);
    QCOMPARE(stored.accounts[0].spec.connection.authMethod, AccountConfig::AuthMethod::XOAuth2);
    QVERIFY(!fileText(files.accounts).contains("7f3c")); // no token in the file
}

void Tst_SettingsDialog::enableDisableAndRemove()
{
    const Setup files = paths(u"remove"_s);
    SettingsStore store(files.accounts, files.settings, files.autostart);
    QVERIFY(store
                .saveAccounts({account(u"one"_s, u"imap.one.test"_s),
                               account(u"two"_s, u"imap.two.test"_s),
                               account(u"three"_s, u"imap.three.test"_s)})
                .isEmpty());
    CredentialStore credentials;
    SettingsDialog dialog(&store, &credentials);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = field<QTreeWidget>(&dialog, u"accounts"_s);
    list->setFocus();
    QCOMPARE(list->currentIndex().row(), 0);
    // Space on the first account unticks it: disabled, kept.
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->topLevelItem(0)->checkState(0), Qt::Unchecked);

    // Remove the second, after saying yes; the confirmation defaults to keeping it.
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = dialog.accountsPage()->removeConfirmation()) && confirm->isVisible());
    QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::No));
    QVERIFY(confirm->text().contains(u"two mail"_s));
    QTest::keyClick(confirm, Qt::Key_Escape); // No: kept
    QTRY_VERIFY(!dialog.accountsPage()->removeConfirmation());
    QCOMPARE(list->topLevelItemCount(), 3);
    // Back in the settings window (offscreen, closing the box does not reactivate it).
    QApplication::setActiveWindow(&dialog);
    QTRY_VERIFY(dialog.isActiveWindow());
    QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY((confirm = dialog.accountsPage()->removeConfirmation()) && confirm->isVisible());
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(list->topLevelItemCount(), 2);

    QVERIFY(dialog.apply());
    const SettingsStore::Snapshot snapshot = store.load();
    QCOMPARE(snapshot.accounts.size(), 2);
    QCOMPARE(snapshot.accounts[0].spec.id, u"one"_s);
    QCOMPARE(snapshot.accounts[0].spec.enabled, false);
    QCOMPARE(snapshot.accounts[1].spec.id, u"three"_s);
    QCOMPARE(snapshot.accounts[1].spec.enabled, true);
}

void Tst_SettingsDialog::editorOpensOnAnAccount()
{
    // The password dialog's "use a password command" opens that account's editor.
    const Setup files = paths(u"open"_s);
    SettingsStore store(files.accounts, files.settings, files.autostart);
    QVERIFY(store
                .saveAccounts(
                    {account(u"one"_s, u"imap.one.test"_s), account(u"two"_s, u"imap.two.test"_s)})
                .isEmpty());
    CredentialStore credentials;
    SettingsDialog dialog(&store, &credentials);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.accountsPage()->editAccount(u"nobody"_s);
    QVERIFY(!dialog.accountsPage()->editor());
    dialog.accountsPage()->editAccount(u"two"_s);
    AccountEditorDialog *editor = dialog.accountsPage()->editor();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    QCOMPARE(field<QLineEdit>(editor, u"host"_s)->text(), u"imap.two.test"_s);
    QTest::keyClick(field<QLineEdit>(editor, u"host"_s), Qt::Key_Escape);
    QTRY_VERIFY(!dialog.accountsPage()->editor());
}

void Tst_SettingsDialog::cancelKeepsFiles()
{
    const Setup files = paths(u"cancel"_s);
    SettingsStore store(files.accounts, files.settings, files.autostart);
    QVERIFY(store.saveAccounts({account(u"kept"_s, u"imap.kept.test"_s)}).isEmpty());
    const QByteArray before = fileText(files.accounts);
    CredentialStore credentials;
    SettingsDialog dialog(&store, &credentials);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = field<QTreeWidget>(&dialog, u"accounts"_s);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Space); // disable
    dialog.showPage(SettingsDialog::Page::Notifications);
    field<QCheckBox>(dialog.notificationsPage(), u"sound"_s)->click();
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(fileText(files.accounts), before);
    QVERIFY(!QFile::exists(files.settings));
}

void Tst_SettingsDialog::returnPressesOkEverywhere()
{
    // Issue 9, point 10: Return with the focus on any control of a tab (but the account list,
    // where it edits the account, and the one-entry-a-line fields) saves and closes, as OK;
    // Cancel's key is Escape, with no Alt letter to clash with a tab's.
    const Setup files = paths(u"return"_s);
    SettingsStore store(files.accounts, files.settings, files.autostart);
    QVERIFY(store.saveAccounts({account(u"kept"_s, u"imap.kept.test"_s)}).isEmpty());
    CredentialStore credentials;
    QStringList failed;
    for (const SettingsDialog::Page page :
         {SettingsDialog::Page::Accounts, SettingsDialog::Page::Notifications,
          SettingsDialog::Page::General}) {
        for (int index = 0;; ++index) {
            SettingsDialog dialog(&store, &credentials);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.showPage(page);
            QWidget *tab = page == SettingsDialog::Page::Accounts ? dialog.accountsPage()
                : page == SettingsDialog::Page::Notifications
                ? static_cast<QWidget *>(dialog.notificationsPage())
                : static_cast<QWidget *>(dialog.generalPage());
            QList<QWidget *> controls;
            for (QWidget *widget : tab->findChildren<QWidget *>()) {
                if (widget->isVisible() && widget->isEnabled()
                    && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy()
                    && widget->objectName() != "accounts"_L1
                    && !qobject_cast<QPlainTextEdit *>(widget) // one entry a line
                    && !qobject_cast<QTreeWidget *>(widget->parentWidget()))
                    controls.append(widget);
            }
            if (index >= controls.size())
                break;
            QWidget *control = controls.at(index);
            control->setFocus();
            QTest::keyClick(control, Qt::Key_Return);
            if (dialog.isVisible() || dialog.result() != QDialog::Accepted)
                failed.append(
                    u"%1 %2"_s.arg(QString::fromLatin1(control->metaObject()->className()),
                                   control->objectName()));
            if (auto *editor = dialog.accountsPage()->editor())
                editor->reject();
        }
    }
    QVERIFY2(failed.isEmpty(), qPrintable(failed.join(u", "_s)));

    SettingsDialog dialog(&store, &credentials);
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->window() == &dialog && button->text() == SettingsDialog::tr("Cancel"))
            return;
    }
    QFAIL("no Cancel button without an Alt letter");
}

void Tst_SettingsDialog::notificationsRoundTrip()
{
    const Setup files = paths(u"notifications"_s);
    SettingsStore store(files.accounts, files.settings, files.autostart);
    CredentialStore credentials;
    NotificationSettings expected;
    {
        SettingsDialog dialog(&store, &credentials);
        QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier); // the Notifications tab
        QCOMPARE(field<QTabWidget>(&dialog, u"tabs"_s)->currentIndex(), 1);
        NotificationsPage *page = dialog.notificationsPage();
        // No file: the defaults.
        QCOMPARE(difference(page->settings(), NotificationSettings {}), QString());

        field<QCheckBox>(page, u"sound"_s)->click();
        field<QCheckBox>(page, u"showPreview"_s)->click();
        field<QCheckBox>(page, u"deleteAction"_s)->click();
        typeInto(field<QSpinBox>(page, u"burstThreshold"_s), u"5"_s);
        typeInto(field<QSpinBox>(page, u"burstWindow"_s), u"7"_s);
        field<QCheckBox>(page, u"quietHours"_s)->click();
        field<QTimeEdit>(page, u"quietFrom"_s)->setTime(QTime(21, 30));
        field<QTimeEdit>(page, u"quietTo"_s)->setTime(QTime(6, 45));
        field<QCheckBox>(page, u"day6"_s)->click(); // Saturday off
        field<QCheckBox>(page, u"day7"_s)->click(); // Sunday off
        field<QCheckBox>(page, u"quietSilently"_s)->click();
        typeInto(field<QPlainTextEdit>(page, u"vipSenders"_s),
                 u"Boss@Example.org\nada@example.org"_s);
        typeInto(field<QPlainTextEdit>(page, u"mutedFolders"_s), u"work/Lists/Qt\nhome/Spam"_s);

        expected.sound = false;
        expected.showPreview = false;
        expected.deleteAction = true;
        expected.burstThreshold = 5;
        expected.burstWindowMs = 7000;
        expected.quietHours = {true, QTime(21, 30), QTime(6, 45), {1, 2, 3, 4, 5}, true};
        expected.vipSenders = {u"boss@example.org"_s, u"ada@example.org"_s};
        expected.mutedFolders = {{u"work"_s, u"Lists/Qt"_s}, {u"home"_s, u"Spam"_s}};
        QCOMPARE(difference(page->settings(), expected), QString());
        QTest::mouseClick(defaultButton(&dialog), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(saved.count(), 1);
    }
    const SettingsStore::Snapshot snapshot = store.load();
    QVERIFY2(snapshot.errors.isEmpty(), qPrintable(snapshot.errors.join(u'\n')));
    QCOMPARE(difference(snapshot.notifications, expected), QString());
    // Opened again, the dialog shows what was stored.
    SettingsDialog again(&store, &credentials);
    QCOMPARE(difference(again.notificationsPage()->settings(), expected), QString());
}

void Tst_SettingsDialog::invalidNotificationBlocksOk()
{
    const Setup files = paths(u"invalid"_s);
    SettingsStore store(files.accounts, files.settings, files.autostart);
    CredentialStore credentials;
    SettingsDialog dialog(&store, &credentials);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.showPage(SettingsDialog::Page::Notifications);
    NotificationsPage *page = dialog.notificationsPage();
    auto *vip = field<QPlainTextEdit>(page, u"vipSenders"_s);
    typeInto(vip, u"not-an-address"_s);
    QVERIFY(!page->isValid());
    QVERIFY(!defaultButton(&dialog)->isEnabled());
    QVERIFY(!field<QPushButton>(&dialog, u"apply"_s)->isEnabled());
    QVERIFY(!dialog.apply());
    QVERIFY(!QFile::exists(files.settings));
    typeInto(vip, u"fine@example.org"_s);
    QVERIFY(page->isValid());
    QVERIFY(defaultButton(&dialog)->isEnabled());

    typeInto(field<QPlainTextEdit>(page, u"mutedFolders"_s), u"no-slash"_s);
    QVERIFY(!page->isValid());
    typeInto(field<QPlainTextEdit>(page, u"mutedFolders"_s), QString());
    QVERIFY(page->isValid());
    field<QCheckBox>(page, u"quietHours"_s)->click();
    for (int day = 1; day <= 7; ++day)
        field<QCheckBox>(page, u"day%1"_s.arg(day))->click();
    QVERIFY(!page->isValid()); // quiet hours on no day
}

void Tst_SettingsDialog::generalRoundTrip()
{
    const Setup files = paths(u"general"_s);
    SettingsStore store(files.accounts, files.settings, files.autostart);
    CredentialStore credentials;
    {
        SettingsDialog dialog(&store, &credentials);
        dialog.generalPage()->setAvailableLanguages({u"de"_s, u"pt_BR"_s});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_G, Qt::AltModifier);
        QCOMPARE(field<QTabWidget>(&dialog, u"tabs"_s)->currentIndex(), 2);
        auto *language = field<QComboBox>(dialog.generalPage(), u"language"_s);
        QCOMPARE(language->currentIndex(), 0); // System default
        QCOMPARE(language->count(), 3);
        QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier); // Start at login
        // A mnemonic "clicks" with a short animation.
        QTRY_VERIFY(field<QCheckBox>(dialog.generalPage(), u"startAtLogin"_s)->isChecked());
        QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier); // Language
        QVERIFY(language->hasFocus());
        QTest::keyClick(language, Qt::Key_Down);
        QCOMPARE(dialog.generalPage()->language(), u"de"_s);
        QTest::keyClick(language, Qt::Key_Return); // Enter accepts
        QVERIFY(!dialog.isVisible());
    }
    const SettingsStore::Snapshot snapshot = store.load();
    QCOMPARE(snapshot.general.language, u"de"_s);
    QCOMPARE(snapshot.general.startAtLogin, true);
    QVERIFY(QFile::exists(files.autostart));
    // A language without a translation here stays chosen instead of turning into the default.
    QVERIFY(store.saveGeneral({u"fr"_s, false}).isEmpty());
    SettingsDialog again(&store, &credentials);
    again.generalPage()->setAvailableLanguages({u"de"_s});
    QCOMPARE(again.generalPage()->language(), u"fr"_s);
    QCOMPARE(again.generalPage()->startAtLogin(), false);
    QVERIFY(!QFile::exists(files.autostart));
}

void Tst_SettingsDialog::tabOrderOfEachTab()
{
    const Setup files = paths(u"taborder"_s);
    SettingsStore store(files.accounts, files.settings, files.autostart);
    QVERIFY(store.saveAccounts({account(u"one"_s, u"imap.one.test"_s)}).isEmpty());
    CredentialStore credentials;
    SettingsDialog dialog(&store, &credentials);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto visit = [&dialog](const QStringList &expected) {
        QStringList visited;
        QWidget *start = QApplication::focusWidget();
        for (int i = 0; i < 60; ++i) {
            QWidget *control = QApplication::focusWidget();
            while (control && control != &dialog && !expected.contains(control->objectName()))
                control = control->parentWidget();
            if (control && control != &dialog && !visited.contains(control->objectName()))
                visited.append(control->objectName());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QApplication::focusWidget() == start)
                break;
        }
        return visited;
    };
    for (int page = 0; page < 3; ++page) {
        dialog.showPage(SettingsDialog::Page(page));
        QCOMPARE(Mnemonics::duplicatesIn(&dialog), QStringList());
    }
    dialog.showPage(SettingsDialog::Page::Accounts);
    field<QTreeWidget>(&dialog, u"accounts"_s)->setFocus(Qt::TabFocusReason);
    QStringList accounts {u"accounts"_s, u"add"_s, u"edit"_s, u"remove"_s, u"apply"_s};
    // Apply is disabled until something changes, so it is not reached yet.
    accounts.removeLast();
    QCOMPARE(visit(accounts), accounts);

    dialog.showPage(SettingsDialog::Page::Notifications);
    field<QCheckBox>(dialog.notificationsPage(), u"enabled"_s)->setFocus(Qt::TabFocusReason);
    const QStringList notifications {
        u"enabled"_s,        u"sound"_s,       u"showPreview"_s, u"deleteAction"_s,
        u"burstThreshold"_s, u"burstWindow"_s, u"quietHours"_s,  u"quietFrom"_s,
        u"quietTo"_s,        u"day1"_s,        u"day2"_s,        u"day3"_s,
        u"day4"_s,           u"day5"_s,        u"day6"_s,        u"day7"_s,
        u"quietSilently"_s,  u"vipSenders"_s,  u"mutedFolders"_s};
    field<QCheckBox>(dialog.notificationsPage(), u"quietHours"_s)->click(); // details enabled
    field<QCheckBox>(dialog.notificationsPage(), u"enabled"_s)->setFocus(Qt::TabFocusReason);
    QCOMPARE(visit(notifications), notifications);

    dialog.showPage(SettingsDialog::Page::General);
    field<QCheckBox>(dialog.generalPage(), u"startAtLogin"_s)->setFocus(Qt::TabFocusReason);
    const QStringList general {u"startAtLogin"_s, u"language"_s};
    QCOMPARE(visit(general), general);
}

void Tst_SettingsDialog::mnemonicsUniqueInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Mnemonics::languages())
        QTest::newRow(language.isEmpty() ? "source" : qPrintable(language)) << language;
}

// Each tab with the dialog's buttons, and the confirmation of a removal, in each language.
void Tst_SettingsDialog::mnemonicsUniqueInEveryLanguage()
{
    QFETCH(QString, language);
    const auto translator = Mnemonics::translateInto(language, QStringLiteral(TRANSLATIONS_DIR));
    QVERIFY2(translator, qPrintable(u"no translation "_s + language + u" in " TRANSLATIONS_DIR));
    const Setup files = paths(u"mnemonics-"_s + language);
    SettingsStore store(files.accounts, files.settings, files.autostart);
    QVERIFY(store.saveAccounts({account(u"one"_s, u"imap.one.test"_s)}).isEmpty());
    CredentialStore credentials;
    SettingsDialog dialog(&store, &credentials);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (int page = 0; page < 3; ++page) {
        dialog.showPage(SettingsDialog::Page(page));
        QCOMPARE(Mnemonics::duplicatesIn(&dialog), QStringList());
    }
    dialog.showPage(SettingsDialog::Page::Accounts);
    auto *list = field<QTreeWidget>(&dialog, u"accounts"_s);
    list->setCurrentItem(list->topLevelItem(0));
    field<QPushButton>(&dialog, u"remove"_s)->click();
    auto *confirm = dialog.findChild<QMessageBox *>();
    QVERIFY(confirm);
    QTRY_VERIFY(confirm->isVisible());
    QCOMPARE(Mnemonics::duplicatesIn(confirm), QStringList());
    confirm->reject();
}

void Tst_SettingsDialog::screenshots()
{
    const Setup files = paths(u"screens"_s);
    SettingsStore store(files.accounts, files.settings, files.autostart);
    AccountsFile::Account work = account(u"work"_s, u"imap.work.test"_s);
    work.email = u"jane@work.test"_s;
    work.color = QColor(u"#2a7ab0"_s);
    AccountsFile::Account home = account(u"home"_s, u"imap.home.test"_s);
    home.color = QColor(u"#c0392b"_s);
    home.spec.enabled = false;
    QVERIFY(store.saveAccounts({work, home}).isEmpty());
    CredentialStore credentials;
    SettingsDialog dialog(&store, &credentials);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
    const QStringList names {u"accounts"_s, u"notifications"_s, u"general"_s};
    for (int page = 0; page < 3; ++page) {
        dialog.showPage(SettingsDialog::Page(page));
        const QString path =
            QStringLiteral(SCREENSHOT_DIR) + u"/settings-"_s + names[page] + u".png"_s;
        QVERIFY(dialog.grab().save(path));
    }
}

QTEST_MAIN(Tst_SettingsDialog)
#include "tst_settingsdialog.moc"
