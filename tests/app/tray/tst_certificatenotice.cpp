// CertificateNotice: a pinned certificate that no longer matches is one urgent notification per
// new certificate, naming the account, its host and both fingerprints; other errors say nothing,
// and an account back online is told again about a later change.
#include "tray/certificatenotice.h"

#include "recordingnotifier.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ImapCore::AccountStatus;
using ImapCore::ErrorKind;

namespace {

const QByteArray kTrusted = QByteArray(32, '\x11');
const QByteArray kOther = QByteArray(32, '\x22');
const QByteArray kThird = QByteArray(32, '\x33');

AccountStatus pinMismatch(const QString &accountId, const QByteArray &presented)
{
    AccountStatus status;
    status.accountId = accountId;
    status.state = AccountStatus::State::Error;
    status.error.kind = ErrorKind::TlsPinMismatch;
    status.error.fingerprintSha256 = presented;
    return status;
}

AccountStatus withState(const QString &accountId, AccountStatus::State state,
                        ErrorKind kind = ErrorKind::None)
{
    AccountStatus status;
    status.accountId = accountId;
    status.state = state;
    status.error.kind = kind;
    return status;
}

QString hex(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

} // namespace

class TestCertificateNotice : public QObject
{
    Q_OBJECT

private:
    RecordingNotifier m_notifier;
    QStringList m_lookedUp;
    CertificateNotice::Account lookup(const QString &accountId)
    {
        m_lookedUp.append(accountId);
        return {u"Work mail"_s, u"imap.example.org"_s, kTrusted};
    }

private Q_SLOTS:
    void init()
    {
        m_notifier.shown.clear();
        m_lookedUp.clear();
    }

    void changedCertificateIsOneUrgentNotification()
    {
        CertificateNotice notice(&m_notifier, [this](const QString &id) { return lookup(id); });
        notice.accountStatusChanged(pinMismatch(u"work"_s, kOther));
        QCOMPARE(m_notifier.shown.size(), 1);
        const Notification shown = m_notifier.shown.first().notification;
        QCOMPARE(shown.urgency, Notification::Urgency::Critical);
        QVERIFY2(shown.summary.contains(u"Work mail"_s), qPrintable(shown.summary));
        QVERIFY2(shown.body.contains(u"imap.example.org"_s), qPrintable(shown.body));
        QVERIFY2(shown.body.contains(hex(kTrusted)), qPrintable(shown.body));
        QVERIFY2(shown.body.contains(hex(kOther)), qPrintable(shown.body));
        QCOMPARE(m_lookedUp, QStringList {u"work"_s});
    }

    // The engine retries a held account slowly: the same certificate again is no news.
    void sameCertificateAgainSaysNothingADifferentOneDoes()
    {
        CertificateNotice notice(&m_notifier, [this](const QString &id) { return lookup(id); });
        notice.accountStatusChanged(pinMismatch(u"work"_s, kOther));
        notice.accountStatusChanged(withState(u"work"_s, AccountStatus::State::Reconnecting));
        notice.accountStatusChanged(pinMismatch(u"work"_s, kOther));
        QCOMPARE(m_notifier.shown.size(), 1);
        notice.accountStatusChanged(pinMismatch(u"work"_s, kThird));
        QCOMPARE(m_notifier.shown.size(), 2);
        QVERIFY(m_notifier.shown.last().notification.body.contains(hex(kThird)));
        // Another account's change is its own.
        notice.accountStatusChanged(pinMismatch(u"home"_s, kThird));
        QCOMPARE(m_notifier.shown.size(), 3);
    }

    // Trusted again (online): a later change of the same certificate is news again.
    void onlineForgetsWhatWasShown()
    {
        CertificateNotice notice(&m_notifier, [this](const QString &id) { return lookup(id); });
        notice.accountStatusChanged(pinMismatch(u"work"_s, kOther));
        notice.accountStatusChanged(withState(u"work"_s, AccountStatus::State::Online));
        notice.accountStatusChanged(pinMismatch(u"work"_s, kOther));
        QCOMPARE(m_notifier.shown.size(), 2);
    }

    // An untrusted certificate or any other error is the tray's status, not this notice.
    void otherErrorsSayNothing()
    {
        CertificateNotice notice(&m_notifier, [this](const QString &id) { return lookup(id); });
        notice.accountStatusChanged(
            withState(u"work"_s, AccountStatus::State::Error, ErrorKind::TlsUntrusted));
        notice.accountStatusChanged(
            withState(u"work"_s, AccountStatus::State::AuthFailed, ErrorKind::AuthFailed));
        notice.accountStatusChanged(withState(u"work"_s, AccountStatus::State::Online));
        QCOMPARE(m_notifier.shown.size(), 0);
        QVERIFY(m_lookedUp.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCertificateNotice)
#include "tst_certificatenotice.moc"
