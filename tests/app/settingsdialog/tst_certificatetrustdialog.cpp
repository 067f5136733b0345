// CertificateTrustDialog offscreen: the fields it shows for a real certificate chain (made by
// TestPki), the safe default (Enter and Escape both refuse), trusting, the validity warnings and
// the "changed certificate" warning.
#include "certificatetrustdialog.h"
#include "testpki.h"

#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class Tst_CertificateTrustDialog : public QObject
{
    Q_OBJECT

private:
    QList<QSslCertificate> chain() const
    {
        return {m_pki.serverCertificate(), m_pki.caCertificate()};
    }
    QString labelText(const CertificateTrustDialog &dialog, const QString &name) const
    {
        auto *label = dialog.findChild<QLabel *>(name);
        return label ? label->text() : QString();
    }

    QTemporaryDir m_dir;
    TestPki m_pki;

private slots:
    void initTestCase();
    void showsTheCertificate();
    void enterAndEscapeRefuse();
    void trustAccepts();
    void tabGoesFromRefuseToTrust();
    void validityWarnings();
    void changedCertificateWarning();
    void fingerprintText();
};

void Tst_CertificateTrustDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_pki.generate(m_dir.path()), qPrintable(m_pki.errorString()));
}

void Tst_CertificateTrustDialog::showsTheCertificate()
{
    CertificateTrustDialog dialog(u"imap.test"_s, chain());
    const QSslCertificate leaf = m_pki.serverCertificate();
    const QByteArray sha256 = leaf.digest(QCryptographicHash::Sha256);
    QCOMPARE(dialog.fingerprint(), sha256);
    // Whole, in two lines of 16 bytes (one line is wider than a laptop screen at 2x), selectable.
    auto *fingerprint = dialog.findChild<QLabel *>(u"fingerprint"_s);
    QVERIFY(fingerprint);
    QVERIFY(fingerprint->textInteractionFlags() & Qt::TextSelectableByMouse);
    QCOMPARE(fingerprint->text(),
             QString::fromLatin1(sha256.left(16).toHex(':').toUpper()) + u'\n'
                 + QString::fromLatin1(sha256.mid(16).toHex(':').toUpper()));
    QVERIFY(!leaf.subjectInfo(QSslCertificate::CommonName).isEmpty());
    QVERIFY(labelText(dialog, u"subject"_s)
                .contains(leaf.subjectInfo(QSslCertificate::CommonName).constFirst()));
    QVERIFY(labelText(dialog, u"issuer"_s)
                .contains(leaf.issuerInfo(QSslCertificate::CommonName).constFirst()));
    QVERIFY(labelText(dialog, u"validity"_s)
                .contains(QString::number(leaf.expiryDate().date().year())));
    QVERIFY(dialog.findChild<QLabel *>(u"validityWarning"_s)->text().isEmpty());
    auto *chainList = dialog.findChild<QListWidget *>(u"chain"_s);
    QVERIFY(chainList);
    QCOMPARE(chainList->count(), 2);
    QVERIFY(!dialog.findChild<QLabel *>(u"changedWarning"_s)->isVisibleTo(&dialog));
}

void Tst_CertificateTrustDialog::enterAndEscapeRefuse()
{
    CertificateTrustDialog dialog(u"imap.test"_s, chain());
    QVERIFY(dialog.refuseButton()->isDefault());
    QVERIFY(!dialog.trustButton()->isDefault());
    QVERIFY(!dialog.trustButton()->autoDefault());

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(accepted.size(), 0);

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(rejected.size(), 2);
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void Tst_CertificateTrustDialog::trustAccepts()
{
    CertificateTrustDialog dialog(u"imap.test"_s, chain());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    dialog.trustButton()->click();
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void Tst_CertificateTrustDialog::tabGoesFromRefuseToTrust()
{
    // The keyboard way to trust: Tab from the focused "Do not trust", then Space.
    CertificateTrustDialog dialog(u"imap.test"_s, chain());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTRY_VERIFY(dialog.refuseButton()->hasFocus());
    QTest::keyClick(dialog.refuseButton(), Qt::Key_Tab);
    QTRY_VERIFY(dialog.trustButton()->hasFocus());
    QTest::keyClick(dialog.trustButton(), Qt::Key_Space);
    QCOMPARE(accepted.size(), 1);
}

void Tst_CertificateTrustDialog::validityWarnings()
{
    const QSslCertificate leaf = m_pki.serverCertificate();
    QVERIFY(
        CertificateTrustDialog::validityWarning(leaf, QDateTime::currentDateTimeUtc()).isEmpty());
    const QString expired =
        CertificateTrustDialog::validityWarning(leaf, leaf.expiryDate().addDays(1));
    QVERIFY2(expired.startsWith(u"Expired"_s), qPrintable(expired));
    const QString early =
        CertificateTrustDialog::validityWarning(leaf, leaf.effectiveDate().addDays(-1));
    QVERIFY2(early.startsWith(u"Not yet valid"_s), qPrintable(early));
}

void Tst_CertificateTrustDialog::changedCertificateWarning()
{
    CertificateTrustDialog dialog(u"imap.test"_s, chain());
    const QByteArray old(32, '\x01');
    dialog.setPreviousFingerprint(old);
    auto *changed = dialog.findChild<QLabel *>(u"changedWarning"_s);
    QVERIFY(changed->isVisibleTo(&dialog));
    QVERIFY(changed->text().contains(u"01:01:01"_s));
    QVERIFY(changed->text().contains(u"imap.test"_s));
}

void Tst_CertificateTrustDialog::fingerprintText()
{
    QCOMPARE(CertificateTrustDialog::fingerprintText(QByteArray::fromHex("ab01ff")), u"AB:01:FF"_s);
    QCOMPARE(CertificateTrustDialog::fingerprintHalves(QByteArray::fromHex("ab01ff02"), u' '),
             u"AB:01 FF:02"_s);
    // No certificate at all: nothing to trust.
    CertificateTrustDialog dialog(u"imap.test"_s, {});
    QVERIFY(!dialog.trustButton()->isEnabled());
}

QTEST_MAIN(Tst_CertificateTrustDialog)
#include "tst_certificatetrustdialog.moc"
