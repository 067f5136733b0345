#pragma once

#include <QByteArray>
#include <QString>

/// Server certificates that a client must refuse, each for a reason of its own, made per run
/// with the openssl tool: one CA, one server key, and leaf certificates for "imap.test" that
/// are valid, expired, not yet valid, for another name, or self-signed. (An unknown issuer is the
/// valid one without trusting the CA.)
class CertificateCases
{
public:
    enum class Case { Valid, Expired, NotYetValid, WrongName, SelfSigned };

    // Writes everything into directory; false with errorString().
    bool generate(const QString &directory);

    QString errorString() const { return m_error; }
    QString caCertificatePath() const;
    QString keyPath() const;
    QString certificatePath(Case which) const;
    // SHA-256 of the certificate's DER.
    QByteArray sha256(Case which) const;

private:
    bool openssl(const QStringList &arguments);

    QString m_directory;
    QString m_error;
};
