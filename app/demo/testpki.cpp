#include "testpki.h"

#include "toolrunner.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace {

QSslCertificate loadCertificate(const QString &path)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    return certificates.isEmpty() ? QSslCertificate() : certificates.first();
}

QString randomSerial()
{
    // 63 random bits: positive, unique enough that no two runs share an issuer+serial pair.
    return QStringLiteral("0x%1").arg(QRandomGenerator::system()->generate64() >> 1, 16, 16,
                                      QLatin1Char('0'));
}

} // namespace

QStringList TestPki::defaultSubjectAltNames()
{
    return {QStringLiteral("DNS:localhost"), QStringLiteral("DNS:imap.test"),
            QStringLiteral("IP:127.0.0.1")};
}

bool TestPki::runOpenssl(const QStringList &arguments)
{
    const ToolResult result = ToolRunner::run(QStringLiteral("openssl"), arguments, {}, 20000);
    if (!result.ok)
        m_error = result.error;
    return result.ok;
}

bool TestPki::generate(const QString &directory, const QStringList &subjectAltNames)
{
    const QDir dir(directory);
    const QString caKey = dir.filePath(QStringLiteral("ca.key"));
    const QString caCert = dir.filePath(QStringLiteral("ca.crt"));
    const QString serverKey = dir.filePath(QStringLiteral("server.key"));
    const QString serverCsr = dir.filePath(QStringLiteral("server.csr"));
    const QString serverCert = dir.filePath(QStringLiteral("server.crt"));
    const QString extensions = dir.filePath(QStringLiteral("server.ext"));
    const QStringList ecKey = {
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};

    if (!runOpenssl(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ecKey
                    + QStringList {QStringLiteral("-keyout"), caKey, QStringLiteral("-out"), caCert,
                                   QStringLiteral("-subj"), QStringLiteral("/CN=Mailbell Test CA"),
                                   QStringLiteral("-days"), QStringLiteral("2"),
                                   QStringLiteral("-set_serial"), randomSerial(),
                                   QStringLiteral("-addext"),
                                   QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                   QStringLiteral("-addext"),
                                   QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}))
        return false;

    if (!runOpenssl(QStringList {QStringLiteral("req"), QStringLiteral("-new")} + ecKey
                    + QStringList {QStringLiteral("-keyout"), serverKey, QStringLiteral("-out"),
                                   serverCsr, QStringLiteral("-subj"),
                                   QStringLiteral("/CN=localhost")}))
        return false;

    QFile extFile(extensions);
    if (!extFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("cannot write %1: %2").arg(extensions, extFile.errorString());
        return false;
    }
    extFile.write("subjectAltName = " + subjectAltNames.join(u',').toUtf8()
                  + "\nbasicConstraints = critical,CA:FALSE\n"
                    "keyUsage = critical,digitalSignature\n"
                    "extendedKeyUsage = serverAuth\n");
    extFile.close();

    if (!runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     serverCsr, QStringLiteral("-CA"), caCert, QStringLiteral("-CAkey"), caKey,
                     QStringLiteral("-set_serial"), randomSerial(), QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-extfile"), extensions,
                     QStringLiteral("-out"), serverCert}))
        return false;

    m_caCertificate = loadCertificate(caCert);
    m_serverCertificate = loadCertificate(serverCert);
    if (m_caCertificate.isNull() || m_serverCertificate.isNull()) {
        m_error =
            QStringLiteral("openssl wrote certificates that Qt cannot read in %1").arg(directory);
        return false;
    }
    m_caCertificatePath = caCert;
    m_serverCertificatePath = serverCert;
    m_serverKeyPath = serverKey;
    return true;
}
