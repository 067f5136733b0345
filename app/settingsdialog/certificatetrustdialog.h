#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QString>

class QLabel;
class QPushButton;

// Shows a certificate the system does not trust (or one that differs from the pinned one) so
// the user can decide: subject, issuer, validity with warnings, the SHA-256 fingerprint to
// compare out of band, and the chain. Accepting means "trust this certificate for this account"
// (pin its fingerprint). The safe answer is the default: Enter and Escape both refuse.
class CertificateTrustDialog : public QDialog
{
    Q_OBJECT

public:
    // chain: leaf first, as ImapError::peerChain carries it.
    CertificateTrustDialog(const QString &host, const QList<QSslCertificate> &chain,
                           QWidget *parent = nullptr);

    // The certificate the account trusted before: the dialog then says loudly that it changed.
    void setPreviousFingerprint(const QByteArray &sha256);

    // SHA-256 of the leaf's DER: what the account pins when the user trusts it.
    QByteArray fingerprint() const { return m_fingerprint; }
    QPushButton *trustButton() const { return m_trustButton; }
    QPushButton *refuseButton() const { return m_refuseButton; }

    // "AA:BB:..." as browsers and openssl show it.
    static QString fingerprintText(const QByteArray &sha256);
    // The same in two halves with `between` (a newline, a space) where the text may break:
    // 95 characters in one unbreakable run are wider than a laptop screen at 2x.
    static QString fingerprintHalves(const QByteArray &sha256, QChar between);
    // "expired on ...", "not valid before ...", or empty while now is inside its validity.
    static QString validityWarning(const QSslCertificate &certificate, const QDateTime &now);
    // "CN, O, OU" of a subject or issuer, whichever are present.
    static QString describeName(const QSslCertificate &certificate, bool issuer);

private:
    QByteArray m_fingerprint;
    QString m_host;
    QLabel *m_changedLabel = nullptr;
    QPushButton *m_trustButton = nullptr;
    QPushButton *m_refuseButton = nullptr;
};
