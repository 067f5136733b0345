// AccountEditorDialog by keyboard, offscreen: a password account typed in full, inline
// validation that blocks OK (and Enter), the plaintext warning, the port following the security,
// autodetection from the built-in provider table, the other sign-in choices, fields the editor
// does not show kept as they were, the Tab order through every control, and no Alt letter twice
// in any state of the guided set-up, in every language.
#include "accounteditordialog.h"
#include "autodetector.h"
#include "foldertreemodel.h"
#include "mailengine.h"
#include "mnemonics.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using ImapCore::AccountConfig;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 10'000;

template<typename T>
T *field(QWidget *dialog, const QString &name)
{
    T *widget = dialog->findChild<T *>(name);
    if (!widget)
        qWarning("no field %s", qPrintable(name));
    return widget;
}

QPushButton *okButton(QWidget *dialog)
{
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->isDefault())
            return button;
    }
    return nullptr;
}

// Types text into a field as the user would: focus it, select all, type.
void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus(Qt::TabFocusReason);
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(widget, Qt::Key_Backspace);
    else
        QTest::keyClicks(widget, text);
}

} // namespace

class Tst_AccountEditor : public QObject
{
    Q_OBJECT

private slots:
    void typedPasswordAccount();
    void validationBlocksOk();
    void plaintextWarnsAndPortFollows();
    void detectsFromProviderTable();
    void typedServerNotOverwritten();
    void localAddressIsAccepted();
    void firstStartOffersTheDemo();
    void signInChoices();
    void editKeepsWhatItDoesNotShow();
    void foldersByKeyboard();
    void colourChosen();
    void escapeCancels();
    void tabOrderReachesEveryControl();
    void mnemonicsUniqueInEveryLanguage_data();
    void mnemonicsUniqueInEveryLanguage();
};

void Tst_AccountEditor::typedPasswordAccount()
{
    AccountEditorDialog dialog(AccountsFile::Account {}, {u"work"_s});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!okButton(&dialog)->isEnabled()); // nothing typed yet
    typeInto(field<QLineEdit>(&dialog, u"name"_s), u"Work"_s);
    typeInto(field<QLineEdit>(&dialog, u"host"_s), u"imap.example.org"_s);
    typeInto(field<QLineEdit>(&dialog, u"user"_s), u"jane"_s);
    typeInto(field<QLineEdit>(&dialog, u"password"_s), u"s3cret pw"_s);
    auto *idle = field<QSpinBox>(&dialog, u"idleMinutes"_s);
    typeInto(idle, u"12"_s);
    QVERIFY(dialog.isValid());
    QVERIFY(okButton(&dialog)->isEnabled());
    // Enter in a line edit presses the default button.
    QTest::keyClick(field<QLineEdit>(&dialog, u"user"_s), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const AccountsFile::Account account = dialog.account();
    QCOMPARE(account.spec.id, u"work-2"_s); // "work" is taken
    QCOMPARE(account.spec.displayName, u"Work"_s);
    QCOMPARE(account.spec.connection.host, u"imap.example.org"_s);
    QCOMPARE(account.spec.connection.port, quint16(993));
    QCOMPARE(account.spec.connection.security, AccountConfig::Security::Tls);
    QCOMPARE(account.spec.connection.user, u"jane"_s);
    QCOMPARE(account.spec.connection.authMethod, AccountConfig::AuthMethod::Password);
    QCOMPARE(account.passwordStore, AccountsFile::Account::PasswordStore::Keyring);
    QVERIFY(account.passwordCommand.isEmpty());
    QCOMPARE(account.spec.folders, QStringList {u"INBOX"_s});
    QCOMPARE(account.spec.idleRenewalMs, 12 * 60'000);
    QCOMPARE(dialog.password(), u"s3cret pw"_s);
}

void Tst_AccountEditor::validationBlocksOk()
{
    AccountEditorDialog dialog(AccountsFile::Account {}, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *host = field<QLineEdit>(&dialog, u"host"_s);
    auto *user = field<QLineEdit>(&dialog, u"user"_s);
    typeInto(host, u"imap.example.org"_s);
    typeInto(user, u"jane"_s);
    QVERIFY(okButton(&dialog)->isEnabled());

    // A host with a space: a red hint under the field, OK disabled, Enter does nothing.
    typeInto(host, u"imap example.org"_s);
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(dialog.problems().contains(u"host"_s));
    bool hintShown = false;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text() == dialog.problems().value(u"host"_s))
            hintShown = true;
    }
    QVERIFY(hintShown);
    QTest::keyClick(host, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    // A malformed address, an empty user, no folder: each named.
    typeInto(host, u"imap.example.org"_s);
    typeInto(field<QLineEdit>(&dialog, u"email"_s), u"not an address"_s);
    typeInto(user, QString());
    dialog.folderModel()->setData(dialog.folderModel()->index(0, 0), Qt::Unchecked,
                                  Qt::CheckStateRole);
    QCOMPARE(dialog.problems().keys().size(), 3);
    QVERIFY(dialog.problems().contains(u"email"_s));
    QVERIFY(dialog.problems().contains(u"user"_s));
    QVERIFY(dialog.problems().contains(u"folders"_s));
    dialog.accept(); // refused
    QVERIFY(dialog.isVisible());
}

void Tst_AccountEditor::plaintextWarnsAndPortFollows()
{
    AccountEditorDialog dialog(AccountsFile::Account {}, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *security = field<QComboBox>(&dialog, u"security"_s);
    auto *port = field<QSpinBox>(&dialog, u"port"_s);
    auto *warning = field<QLabel>(&dialog, u"plainWarning"_s);
    QCOMPARE(security->currentIndex(), 0); // TLS by default
    QCOMPARE(port->value(), 993);
    QVERIFY(!warning->isVisible());
    security->setFocus();
    QTest::keyClick(security, Qt::Key_Down);
    QCOMPARE(security->currentIndex(), 1);
    QCOMPARE(port->value(), 143);
    QTest::keyClick(security, Qt::Key_Down);
    QCOMPARE(security->currentIndex(), 2);
    QVERIFY(warning->isVisible());
    QCOMPARE(port->value(), 143);
    // A port the user chose is not touched.
    typeInto(port, u"10143"_s);
    QTest::keyClick(security, Qt::Key_Up);
    QTest::keyClick(security, Qt::Key_Up);
    QCOMPARE(port->value(), 10143);
    QVERIFY(!warning->isVisible());
}

void Tst_AccountEditor::detectsFromProviderTable()
{
    AccountEditorDialog dialog(AccountsFile::Account {}, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *email = field<QLineEdit>(&dialog, u"email"_s);
    typeInto(email, u"ada.lovelace@gmail.com"_s);
    QTest::keyClick(email, Qt::Key_Tab); // leaving the field asks autodetection
    auto *host = field<QLineEdit>(&dialog, u"host"_s);
    QTRY_COMPARE_WITH_TIMEOUT(host->text(), u"imap.gmail.com"_s, kWaitMs);
    QCOMPARE(field<QSpinBox>(&dialog, u"port"_s)->value(), 993);
    QCOMPARE(field<QComboBox>(&dialog, u"security"_s)->currentIndex(), 0);
    QCOMPARE(field<QLineEdit>(&dialog, u"user"_s)->text(), u"ada.lovelace@gmail.com"_s);
    // No OAuth client id in this build: the app password, the path that works, is chosen, with
    // Google's steps and a link, escaped, and nothing about OAuth.
    QCOMPARE(field<QComboBox>(&dialog, u"signIn"_s)->currentIndex(),
             int(AccountEditorDialog::SignIn::KeyringPassword));
    auto *status = field<QLabel>(&dialog, u"detectStatus"_s);
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(u"app password"_s), qPrintable(status->text()));
    QVERIFY(status->text().contains(u"href=\"https://myaccount.google.com/apppasswords\""_s));
    QVERIFY(!status->text().contains(u"OAuth"_s));
    QVERIFY(field<QLineEdit>(&dialog, u"password"_s)->isVisible());
    QVERIFY(dialog.isValid());
    const AccountsFile::Account account = dialog.account();
    QVERIFY(account.oauthProvider.isEmpty());
    QCOMPARE(account.spec.connection.authMethod, AccountConfig::AuthMethod::Password);
    QCOMPARE(account.email, u"ada.lovelace@gmail.com"_s);
    QCOMPARE(account.spec.id, u"ada.lovelace@gmail.com"_s);
    QVERIFY(account.spec.idleRenewalMs < 29 * 60'000); // Gmail's shorter renewal

    // The Detect button asks again on demand; with a client id typed, Google's sign-in is
    // offered.
    typeInto(host, u""_s);
    typeInto(field<QLineEdit>(&dialog, u"clientId"_s), u"1234-desktop.apps.example"_s);
    QTest::mouseClick(field<QPushButton>(&dialog, u"detect"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(host->text(), u"imap.gmail.com"_s, kWaitMs);
    QCOMPARE(field<QComboBox>(&dialog, u"signIn"_s)->currentIndex(),
             int(AccountEditorDialog::SignIn::OAuthGoogle));
    QCOMPARE(dialog.account().oauthProvider, u"google"_s);
    QCOMPARE(dialog.account().spec.connection.authMethod, AccountConfig::AuthMethod::XOAuth2);
    QVERIFY(!field<QLineEdit>(&dialog, u"password"_s)->isVisible());
}

void Tst_AccountEditor::localAddressIsAccepted()
{
    // alice@localhost is an address; detection says at once that there is nothing to look up.
    AccountEditorDialog dialog(AccountsFile::Account {}, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *email = field<QLineEdit>(&dialog, u"email"_s);
    typeInto(email, u"alice@localhost"_s);
    QTest::keyClick(email, Qt::Key_Tab);
    QVERIFY(!dialog.problems().contains(u"email"_s));
    auto *status = field<QLabel>(&dialog, u"detectStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"local name"_s), 1000);
    QCOMPARE(field<QLineEdit>(&dialog, u"user"_s)->text(), u"alice@localhost"_s);
    typeInto(field<QLineEdit>(&dialog, u"host"_s), u"localhost"_s);
    QVERIFY(dialog.isValid());
    QCOMPARE(dialog.account().email, u"alice@localhost"_s);
    QCOMPARE(dialog.account().spec.displayName, u"alice@localhost"_s); // no name typed
}

void Tst_AccountEditor::typedServerNotOverwritten()
{
    // Leaving the address field detects only while the server is empty.
    AccountEditorDialog dialog(AccountsFile::Account {}, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *host = field<QLineEdit>(&dialog, u"host"_s);
    typeInto(host, u"imap.elsewhere.example"_s);
    auto *email = field<QLineEdit>(&dialog, u"email"_s);
    typeInto(email, u"ada.lovelace@gmail.com"_s);
    QTest::keyClick(email, Qt::Key_Tab);
    QVERIFY(!dialog.autodetector()->isRunning()); // its result is queued: none comes
    QCOMPARE(host->text(), u"imap.elsewhere.example"_s);
    QVERIFY(!field<QLabel>(&dialog, u"detectStatus"_s)->isVisible());
}

void Tst_AccountEditor::firstStartOffersTheDemo()
{
    // The first start: a welcome above the form and "Try the Demo First", which closes the
    // editor and asks for the demo; elsewhere neither shows.
    AccountEditorDialog plain(AccountsFile::Account {}, {});
    plain.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plain));
    QVERIFY(!field<QWidget>(&plain, u"welcome"_s)->isVisible());
    QVERIFY(!field<QPushButton>(&plain, u"tryDemo"_s)->isVisible());

    ImapCore::MailEngine engine; // the guided set-up: Continue, then the connection test
    AccountEditorDialog dialog(AccountsFile::Account {}, {});
    dialog.setEngine(&engine);
    dialog.setFirstStart(true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(field<QWidget>(&dialog, u"welcome"_s)->isVisible());
    QCOMPARE(dialog.windowTitle(), u"Welcome to Mailbell"_s);
    QTRY_VERIFY(field<QLineEdit>(&dialog, u"email"_s)->hasFocus());
    auto *demo = field<QPushButton>(&dialog, u"tryDemo"_s);
    QVERIFY(demo->isVisible());
    QSignalSpy requested(&dialog, &AccountEditorDialog::demoRequested);
    demo->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());

    // Without Dovecot installed there is no demo to offer.
    AccountEditorDialog noDemo(AccountsFile::Account {}, {});
    noDemo.setFirstStart(false);
    noDemo.show();
    QVERIFY(QTest::qWaitForWindowExposed(&noDemo));
    QVERIFY(!field<QPushButton>(&noDemo, u"tryDemo"_s)->isVisible());
}

void Tst_AccountEditor::signInChoices()
{
    AccountEditorDialog dialog(AccountsFile::Account {}, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(field<QLineEdit>(&dialog, u"host"_s), u"imap.example.org"_s);
    typeInto(field<QLineEdit>(&dialog, u"user"_s), u"jane"_s);
    typeInto(field<QLineEdit>(&dialog, u"password"_s), u"typed"_s);
    auto *signIn = field<QComboBox>(&dialog, u"signIn"_s);
    auto *command = field<QLineEdit>(&dialog, u"passwordCommand"_s);

    signIn->setCurrentIndex(int(AccountEditorDialog::SignIn::PasswordCommand));
    QVERIFY(command->isVisible());
    // Still there to test the connection with; never kept.
    QVERIFY(field<QLineEdit>(&dialog, u"password"_s)->isVisible());
    QVERIFY(!dialog.isValid()); // the command is missing
    QVERIFY(dialog.problems().contains(u"passwordCommand"_s));
    typeInto(command, u"pass show mail/work"_s);
    QVERIFY(dialog.isValid());
    QCOMPARE(dialog.account().passwordCommand, u"pass show mail/work"_s);
    QVERIFY(dialog.password().isEmpty()); // a typed password is not used with a command

    signIn->setCurrentIndex(int(AccountEditorDialog::SignIn::AskPassword));
    QCOMPARE(dialog.account().passwordStore, AccountsFile::Account::PasswordStore::Ask);
    QVERIFY(dialog.account().passwordCommand.isEmpty());
    QVERIFY(dialog.password().isEmpty());

    signIn->setCurrentIndex(int(AccountEditorDialog::SignIn::OAuthMicrosoft));
    typeInto(field<QLineEdit>(&dialog, u"clientId"_s), u"client-123"_s);
    const AccountsFile::Account oauth = dialog.account();
    QCOMPARE(oauth.oauthProvider, u"microsoft"_s);
    QCOMPARE(oauth.oauthClientId, u"client-123"_s);
    QCOMPARE(oauth.spec.connection.authMethod, AccountConfig::AuthMethod::XOAuth2);
}

void Tst_AccountEditor::editKeepsWhatItDoesNotShow()
{
    AccountsFile::Account original;
    original.spec.id = u"home"_s;
    original.spec.displayName = u"Home"_s;
    original.spec.connection.host = u"imap.test"_s;
    original.spec.connection.port = 10993;
    original.spec.connection.user = u"me"_s;
    original.spec.connection.connectAddress = u"127.0.0.1"_s;
    original.spec.connection.pinnedSha256 = QByteArray(32, '\x5a');
    original.spec.connection.sendId = true;
    original.spec.connection.authMethod = AccountConfig::AuthMethod::OAuthBearer;
    original.oauthProvider = u"google"_s;
    original.spec.folders = {u"INBOX"_s, u"Lists/Qt"_s};
    original.spec.idleRenewalMs = 90'000; // 1.5 min: shown as 1, kept exact while untouched
    original.spec.pollIntervalMs = 45'000;
    original.caFile = u"/etc/ssl/home-ca.pem"_s;
    original.showPreview = false;
    original.color = QColor(u"#336699"_s);
    original.openCommand = u"thunderbird -mail"_s;
    original.spec.enabled = false;

    AccountEditorDialog dialog(original, {u"work"_s});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.isValid());
    QCOMPARE(field<QLineEdit>(&dialog, u"password"_s)->placeholderText(), tr("Unchanged"));
    QCOMPARE(dialog.account().spec.id, u"home"_s);
    typeInto(field<QLineEdit>(&dialog, u"name"_s), u"Home mail"_s);

    const AccountsFile::Account edited = dialog.account();
    QCOMPARE(edited.spec.id, u"home"_s);
    QCOMPARE(edited.spec.displayName, u"Home mail"_s);
    QCOMPARE(edited.spec.connection.connectAddress, original.spec.connection.connectAddress);
    QCOMPARE(edited.spec.connection.pinnedSha256, original.spec.connection.pinnedSha256);
    QCOMPARE(edited.spec.connection.sendId, true);
    QCOMPARE(edited.spec.connection.port, quint16(10993));
    QCOMPARE(edited.spec.connection.authMethod, AccountConfig::AuthMethod::OAuthBearer);
    QCOMPARE(edited.spec.folders, original.spec.folders);
    QCOMPARE(edited.spec.idleRenewalMs, 90'000);
    QCOMPARE(edited.spec.pollIntervalMs, 45'000);
    QCOMPARE(edited.caFile, original.caFile);
    QCOMPARE(edited.showPreview, false);
    QCOMPARE(edited.color, original.color);
    QCOMPARE(edited.openCommand, original.openCommand);
    QCOMPARE(edited.spec.enabled, false);
    QVERIFY(dialog.password().isEmpty()); // no password typed: the keyring keeps the old one
}

void Tst_AccountEditor::foldersByKeyboard()
{
    AccountsFile::Account existing;
    existing.spec.id = u"lists"_s;
    existing.spec.connection.host = u"imap.example.org"_s;
    existing.spec.connection.user = u"me"_s;
    existing.spec.folders = {u"INBOX"_s, u"Lists/Qt"_s};
    AccountEditorDialog dialog(existing, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Before a listing: the configured folders, checked.
    auto *tree = field<QTreeView>(&dialog, u"folders"_s);
    QCOMPARE(tree->model()->rowCount(), 2);
    // Alt+F reaches the tree; Space unticks the current folder.
    QTest::keyClick(&dialog, Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(tree->hasFocus());
    tree->setCurrentIndex(tree->model()->index(1, 0));
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(dialog.account().spec.folders, QStringList {u"INBOX"_s});
    QTest::keyClick(tree, Qt::Key_Up);
    QTest::keyClick(tree, Qt::Key_Space);
    QVERIFY(!dialog.isValid()); // no folder left
    QVERIFY(!okButton(&dialog)->isEnabled());
    QTest::keyClick(tree, Qt::Key_Space);
    QVERIFY(dialog.isValid());
}

void Tst_AccountEditor::colourChosen()
{
    AccountEditorDialog dialog(AccountsFile::Account {}, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(field<QPushButton>(&dialog, u"colour"_s), Qt::LeftButton);
    QColorDialog *colours = nullptr;
    QTRY_VERIFY((colours = dialog.findChild<QColorDialog *>()) && colours->isVisible());
    colours->setCurrentColor(QColor(u"#aa3300"_s));
    colours->accept();
    QCOMPARE(dialog.account().color, QColor(u"#aa3300"_s));
    QTest::mouseClick(field<QPushButton>(&dialog, u"autoColour"_s), Qt::LeftButton);
    QVERIFY(!dialog.account().color.isValid());
}

void Tst_AccountEditor::escapeCancels()
{
    AccountEditorDialog dialog(AccountsFile::Account {}, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(field<QLineEdit>(&dialog, u"host"_s), u"imap.example.org"_s);
    QTest::keyClick(field<QLineEdit>(&dialog, u"host"_s), Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void Tst_AccountEditor::tabOrderReachesEveryControl()
{
    AccountEditorDialog dialog(AccountsFile::Account {}, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
    QVERIFY(dialog.grab().save(QStringLiteral(SCREENSHOT_DIR "/account-editor.png")));

    // Tab from the first field visits every visible, enabled, focusable control once, in
    // reading order, top to bottom, with the advanced options open.
    field<QToolButton>(&dialog, u"advanced"_s)->click();
    const QStringList expected {u"email"_s,       u"password"_s,    u"detect"_s, u"host"_s,
                                u"security"_s,    u"port"_s,        u"user"_s,   u"signIn"_s,
                                u"folders"_s,     u"advanced"_s,    u"name"_s,   u"idleMinutes"_s,
                                u"pollSeconds"_s, u"showPreview"_s, u"colour"_s, u"openCommand"_s};
    QWidget *start = field<QLineEdit>(&dialog, u"email"_s);
    start->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(start->hasFocus());
    QStringList visited;
    for (int i = 0; i < 40; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        // A spin box's focus is its inner line edit: name the control that owns it.
        QWidget *control = focus;
        while (control && control != &dialog && !expected.contains(control->objectName()))
            control = control->parentWidget();
        if (control && control != &dialog && !visited.contains(control->objectName()))
            visited.append(control->objectName());
        QTest::keyClick(focus, Qt::Key_Tab);
        if (QApplication::focusWidget() == start)
            break;
    }
    QCOMPARE(visited, expected);

    // No Alt letter twice among the controls shown (for each sign-in choice).
    auto *signIn = field<QComboBox>(&dialog, u"signIn"_s);
    for (int choice = 0; choice < signIn->count(); ++choice) {
        signIn->setCurrentIndex(choice);
        const QStringList duplicates = Mnemonics::duplicatesIn(&dialog);
        QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(u"; "_s)));
    }
}

void Tst_AccountEditor::mnemonicsUniqueInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Mnemonics::languages())
        QTest::newRow(language.isEmpty() ? "source" : qPrintable(language)) << language;
}

// Every state the guided set-up passes through, in each language: the first view (server
// hidden), then the server and the advanced options shown for each sign-in choice, with the
// OK button reading "Continue" and, as after a passed test, "Add Account".
void Tst_AccountEditor::mnemonicsUniqueInEveryLanguage()
{
    QFETCH(QString, language);
    const auto translator = Mnemonics::translateInto(language, QStringLiteral(TRANSLATIONS_DIR));
    QVERIFY2(translator, qPrintable(u"no translation "_s + language + u" in " TRANSLATIONS_DIR));
    ImapCore::MailEngine engine; // the guided set-up: Continue, then the connection test
    AccountEditorDialog dialog(AccountsFile::Account {}, {});
    dialog.setEngine(&engine);
    dialog.setFirstStart(true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto check = [&dialog](const QString &state) {
        const QStringList duplicates = Mnemonics::duplicatesIn(&dialog);
        if (!duplicates.isEmpty())
            qWarning("%s: %s", qPrintable(state), qPrintable(duplicates.join(u"; "_s)));
        return duplicates.isEmpty();
    };
    bool unique = check(u"first view"_s);
    field<QPushButton>(&dialog, u"manualServer"_s)->click();
    field<QToolButton>(&dialog, u"advanced"_s)->click();
    QPushButton *ok = okButton(&dialog);
    QVERIFY(ok);
    const QString continueText = ok->text();
    QCOMPARE(continueText, QCoreApplication::translate("AccountEditorDialog", "&Continue"));
    const QString addText = QCoreApplication::translate("AccountEditorDialog", "Add A&ccount");
    auto *signIn = field<QComboBox>(&dialog, u"signIn"_s);
    for (int choice = 0; choice < signIn->count(); ++choice) {
        signIn->setCurrentIndex(choice);
        for (const QString &okText : {continueText, addText}) {
            ok->setText(okText);
            unique = check(signIn->currentText() + u", "_s + okText) && unique;
        }
    }
    QVERIFY(unique);
}

QTEST_MAIN(Tst_AccountEditor)
#include "tst_accounteditor.moc"
