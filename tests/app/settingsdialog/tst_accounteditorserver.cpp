// The account editor's "Test connection" against the private Dovecot: the server's folders
// replace the configured list in the tree (INBOX checked, Junk and Trash not, nested folders
// under their parent), a folder ticked there is what the account watches; an untrusted
// certificate trusted in the editor becomes the account's pin.
#include "accounteditordialog.h"
#include "certificatetrustdialog.h"
#include "connectiontestpanel.h"
#include "credentialstore.h"
#include "dovecotfixture.h"
#include "foldertreemodel.h"
#include "mailengine.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 30'000;
const QString kPassword = u"editor pass"_s;

QModelIndex find(const QAbstractItemModel &model, const QString &fullName,
                 const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(FolderTreeModel::FullNameRole).toString() == fullName)
            return index;
        if (const QModelIndex found = find(model, fullName, index); found.isValid())
            return found;
    }
    return {};
}

} // namespace

class Tst_AccountEditorServer : public QObject
{
    Q_OBJECT

private:
    AccountsFile::Account accountFor(const QString &user) const;

    DovecotFixture m_server;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testListsFoldersIntoTheTree();
    void trustedCertificateBecomesThePin();
    void emptyPasswordWithoutSavedOneSaysSo();
};

void Tst_AccountEditorServer::initTestCase()
{
    // No Secret Service: the editor cannot read a saved password and must say so.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_server.createUser(u"editor"_s, kPassword));
    for (const QString &mailbox :
         {u"Junk"_s, u"Trash"_s, u"Sent"_s, u"Projekte"_s, u"Projekte.Größe & Maß"_s})
        QVERIFY2(m_server.createMailbox(u"editor"_s, mailbox), qPrintable(m_server.errorString()));
}

void Tst_AccountEditorServer::cleanupTestCase()
{
    m_server.stop();
}

AccountsFile::Account Tst_AccountEditorServer::accountFor(const QString &user) const
{
    // What the accounts file gives for an account with cafile and connect-address: fields the
    // editor does not show, kept and used by the test.
    AccountsFile::Account account;
    account.spec.connection.host = u"imap.test"_s;
    account.spec.connection.connectAddress = m_server.host();
    account.spec.connection.port = m_server.imapsPort();
    account.spec.connection.user = user;
    account.spec.connection.caCertificates = {m_server.caCertificate()};
    account.spec.connection.greetingTimeoutMs = 15'000;
    account.spec.connection.commandTimeoutMs = 15'000;
    return account;
}

void Tst_AccountEditorServer::testListsFoldersIntoTheTree()
{
    MailEngine engine;
    AccountEditorDialog editor(accountFor(u"editor"_s), {});
    editor.setEngine(&engine);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *password = editor.findChild<QLineEdit *>(u"password"_s);
    password->setFocus();
    QTest::keyClicks(password, kPassword);
    QCOMPARE(editor.folderModel()->rowCount(), 1); // the configured INBOX only

    QSignalSpy finished(editor.connectionTest(), &ConnectionTestPanel::testFinished);
    // Alt+T: Test connection.
    QTest::keyClick(&editor, Qt::Key_T, Qt::AltModifier);
    QVERIFY(finished.wait(kWaitMs));
    const auto result = finished.first().first().value<ConnectionTestResult>();
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));

    const FolderTreeModel &model = *editor.folderModel();
    QVERIFY(model.rowCount() >= 5);
    QCOMPARE(find(model, u"INBOX"_s).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(find(model, u"Junk"_s).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(find(model, u"Trash"_s).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    const QModelIndex nested = find(model, u"Projekte.Größe & Maß"_s);
    QVERIFY(nested.isValid());
    QCOMPARE(nested.parent(), find(model, u"Projekte"_s));
    QCOMPARE(nested.data().toString(), u"Größe & Maß"_s);
    QCOMPARE(editor.account().spec.folders, QStringList {u"INBOX"_s});

    // Tick the nested folder from the keyboard: it is watched too.
    auto *tree = editor.findChild<QTreeView *>(u"folders"_s);
    tree->setFocus();
    tree->setCurrentIndex(nested);
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(editor.account().spec.folders, (QStringList {u"INBOX"_s, u"Projekte.Größe & Maß"_s}));
    QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
    QVERIFY(editor.grab().save(QStringLiteral(SCREENSHOT_DIR "/account-editor-tested.png")));
}

void Tst_AccountEditorServer::trustedCertificateBecomesThePin()
{
    MailEngine engine;
    AccountsFile::Account account = accountFor(u"editor"_s);
    account.spec.connection.caCertificates.clear(); // the fixture's CA is unknown here
    AccountEditorDialog editor(account, {});
    editor.setEngine(&engine);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *password = editor.findChild<QLineEdit *>(u"password"_s);
    password->setFocus();
    QTest::keyClicks(password, kPassword);
    QSignalSpy finished(editor.connectionTest(), &ConnectionTestPanel::testFinished);
    QTest::mouseClick(editor.connectionTest()->testButton(), Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    CertificateTrustDialog *trust = nullptr;
    QTRY_VERIFY((trust = editor.connectionTest()->trustDialog()) && trust->isVisible());
    trust->trustButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWaitMs);
    const auto result = finished.at(1).first().value<ConnectionTestResult>();
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(editor.account().spec.connection.pinnedSha256, m_server.serverCertificateSha256());
}

void Tst_AccountEditorServer::emptyPasswordWithoutSavedOneSaysSo()
{
    // Editing a saved keyring account without retyping the password: the test uses the saved
    // one; when it cannot be read, the editor says what to do instead of reporting the
    // server's rejection of an empty password.
    MailEngine engine;
    CredentialStore credentials;
    AccountsFile::Account account = accountFor(u"editor"_s);
    account.spec.id = u"saved"_s;
    AccountEditorDialog editor(account, {});
    editor.setEngine(&engine);
    editor.setCredentials(&credentials);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::qWait(200); // the keyring answers (unavailable) meanwhile
    QSignalSpy finished(editor.connectionTest(), &ConnectionTestPanel::testFinished);
    QTest::keyClick(&editor, Qt::Key_T, Qt::AltModifier);
    QVERIFY(!editor.connectionTest()->isRunning());
    QTRY_VERIFY2(editor.connectionTest()->statusText().startsWith(
                     AccountEditorDialog::tr("Type the password to test the connection")),
                 qPrintable(editor.connectionTest()->statusText()));
    QVERIFY2(editor.connectionTest()->statusText().contains(u"could not be read"_s),
             qPrintable(editor.connectionTest()->statusText()));
    QTest::qWait(100);
    QCOMPARE(finished.size(), 0); // no login was tried
}

QTEST_MAIN(Tst_AccountEditorServer)
#include "tst_accounteditorserver.moc"
