// The password dialog without a keyring (DBUS_SESSION_BUS_ADDRESS=disabled:): it says so, never
// offers "remember", and offers "ask at each start" (the password goes to memory only and the
// account's password-store becomes "ask" in accounts.conf) or a password command (explained;
// asks for the settings). No password is ever written to the file.
#include "credentialstore.h"
#include "settings/accountsfile.h"
#include "tray/passworddialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QPushButton *okButton(PasswordDialog &dialog)
{
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->isDefault() || button->text().contains(u"Log In"_s)
            || button->text().contains(u"Settings"_s))
            return button;
    }
    return nullptr;
}

} // namespace

class Tst_PasswordDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_accounts;

private slots:
    void init();
    void noKeyringIsSaid();
    void askAtEachStart();
    void passwordCommand();
};

void Tst_PasswordDialog::init()
{
    QVERIFY(m_dir.isValid());
    m_accounts = m_dir.filePath(u"accounts.conf"_s);
    QFile file(m_accounts);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# mine\n[work]\nhost = imap.example.org\nuser = me\n");
}

void Tst_PasswordDialog::noKeyringIsSaid()
{
    QVERIFY(!CredentialStore::secretServiceAvailable());
    PasswordDialog dialog(u"work"_s, u"Work"_s);
    dialog.show();
    QVERIFY(dialog.isKeyringUnavailable());
    bool said = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        said = said || (label->isVisible() && label->text().contains(u"No keyring"_s));
    QVERIFY(said);
    QCheckBox *remember = dialog.findChild<QCheckBox *>();
    QVERIFY(remember && !remember->isVisible() && !remember->isChecked());
    const QList<QRadioButton *> choices = dialog.findChildren<QRadioButton *>();
    QCOMPARE(choices.size(), 2);
    QVERIFY(choices.at(0)->isVisible() && choices.at(0)->isChecked());
}

void Tst_PasswordDialog::askAtEachStart()
{
    PasswordDialog *dialog = new PasswordDialog(u"work"_s, u"Work"_s);
    dialog->setAccountsFile(m_accounts);
    QSignalSpy entered(dialog, &PasswordDialog::passwordEntered);
    QSignalSpy settings(dialog, &PasswordDialog::settingsRequested);
    dialog->show();
    auto *edit = dialog->findChild<QLineEdit *>();
    QVERIFY(edit);
    QVERIFY(!okButton(*dialog)->isEnabled());
    edit->setText(u"s3cret-Pässword"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(entered.size(), 1);
    QCOMPARE(entered.at(0).at(1).toString(), u"s3cret-Pässword"_s);
    QCOMPARE(entered.at(0).at(2).toBool(), false); // memory only
    QCOMPARE(settings.size(), 0);
    const QByteArray text = readAll(m_accounts);
    QCOMPARE(text, "# mine\n[work]\nhost = imap.example.org\nuser = me\npassword-store = ask\n");
    QCOMPARE(AccountsFile::load(m_accounts).accounts.constFirst().passwordStore,
             AccountsFile::Account::PasswordStore::Ask);
}

void Tst_PasswordDialog::passwordCommand()
{
    PasswordDialog *dialog = new PasswordDialog(u"work"_s, u"Work"_s);
    dialog->setAccountsFile(m_accounts);
    QSignalSpy entered(dialog, &PasswordDialog::passwordEntered);
    QSignalSpy settings(dialog, &PasswordDialog::settingsRequested);
    dialog->show();
    const QList<QRadioButton *> choices = dialog->findChildren<QRadioButton *>();
    choices.at(1)->click();
    auto *edit = dialog->findChild<QLineEdit *>();
    QVERIFY(!edit->isEnabled());
    QPushButton *ok = okButton(*dialog);
    QVERIFY(ok && ok->isEnabled());
    QVERIFY(ok->text().contains(u"Settings"_s));
    bool explained = false;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        explained =
            explained || (label->isVisible() && label->text().contains(u"prints the password"_s));
    QVERIFY(explained);
    ok->click();
    QCOMPARE(settings.size(), 1);
    QCOMPARE(settings.at(0).at(0).toString(), u"work"_s);
    QCOMPARE(entered.size(), 0);
    QCOMPARE(readAll(m_accounts), "# mine\n[work]\nhost = imap.example.org\nuser = me\n");
}

int main(int argc, char *argv[])
{
    // No session bus at all, before anything touches D-Bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    QApplication app(argc, argv);
    Tst_PasswordDialog test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_passworddialog.moc"
