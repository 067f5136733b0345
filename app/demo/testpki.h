#pragma once

#include <QSslCertificate>
#include <QString>
#include <QStringList>

/// A throw-away certificate authority and one server certificate signed by it (EC prime256v1),
/// generated with the openssl command-line tool into a folder, for TLS tests against loopback.
class TestPki
{
public:
    static QStringList defaultSubjectAltNames();

    // Writes ca.key, ca.crt, server.key and server.crt into directory; false with errorString().
    bool generate(const QString &directory,
                  const QStringList &subjectAltNames = defaultSubjectAltNames());

    QString errorString() const { return m_error; }
    QString caCertificatePath() const { return m_caCertificatePath; }
    QString serverCertificatePath() const { return m_serverCertificatePath; }
    QString serverKeyPath() const { return m_serverKeyPath; }
    QSslCertificate caCertificate() const { return m_caCertificate; }
    QSslCertificate serverCertificate() const { return m_serverCertificate; }

private:
    bool runOpenssl(const QStringList &arguments);

    QString m_error;
    QString m_caCertificatePath;
    QString m_serverCertificatePath;
    QString m_serverKeyPath;
    QSslCertificate m_caCertificate;
    QSslCertificate m_serverCertificate;
};
