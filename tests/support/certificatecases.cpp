#include "certificatecases.h"

#include "toolrunner.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace {

QString fileName(CertificateCases::Case which)
{
    switch (which) {
    case CertificateCases::Case::Valid:
        return u"valid.crt"_s;
    case CertificateCases::Case::Expired:
        return u"expired.crt"_s;
    case CertificateCases::Case::NotYetValid:
        return u"notyetvalid.crt"_s;
    case CertificateCases::Case::WrongName:
        return u"wrongname.crt"_s;
    case CertificateCases::Case::SelfSigned:
        return u"selfsigned.crt"_s;
    }
    return {};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

} // namespace

bool CertificateCases::openssl(const QStringList &arguments)
{
    const ToolResult result = ToolRunner::run(u"openssl"_s, arguments, {}, 20000);
    if (!result.ok)
        m_error = result.error;
    return result.ok;
}

QString CertificateCases::caCertificatePath() const
{
    return QDir(m_directory).filePath(u"ca.crt"_s);
}

QString CertificateCases::keyPath() const
{
    return QDir(m_directory).filePath(u"server.key"_s);
}

QString CertificateCases::certificatePath(Case which) const
{
    return QDir(m_directory).filePath(fileName(which));
}

QByteArray CertificateCases::sha256(Case which) const
{
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromPath(certificatePath(which), QSsl::Pem);
    return certificates.isEmpty() ? QByteArray()
                                  : certificates.first().digest(QCryptographicHash::Sha256);
}

bool CertificateCases::generate(const QString &directory)
{
    m_directory = directory;
    const QDir dir(directory);
    const QString caKey = dir.filePath(u"ca.key"_s);
    const QString csr = dir.filePath(u"server.csr"_s);
    const QStringList ecKey {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                             u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    if (!openssl(QStringList {u"req"_s, u"-x509"_s} + ecKey
                 + QStringList {u"-keyout"_s, caKey, u"-out"_s, caCertificatePath(), u"-subj"_s,
                                u"/CN=Mailbell Certificate Cases CA"_s, u"-days"_s, u"2"_s,
                                u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                                u"keyUsage=critical,keyCertSign,cRLSign"_s}))
        return false;
    if (!openssl(QStringList {u"req"_s, u"-new"_s} + ecKey
                 + QStringList {u"-keyout"_s, keyPath(), u"-out"_s, csr, u"-subj"_s,
                                u"/CN=mailbell-test-server"_s}))
        return false;

    // `openssl ca` is the one command of OpenSSL 3.0 that takes explicit validity dates.
    const QString config = dir.filePath(u"ca.cnf"_s);
    const QByteArray database = QFile::encodeName(dir.filePath(u"index.txt"_s));
    if (!writeFile(dir.filePath(u"index.txt"_s), {})
        || !writeFile(config,
                      "[ca]\ndefault_ca = cases\n[cases]\ndatabase = " + database
                          + "\nnew_certs_dir = " + QFile::encodeName(directory)
                          + "\nserial = " + QFile::encodeName(dir.filePath(u"serial"_s))
                          + "\ndefault_md = sha256\npolicy = anything\nunique_subject = no\n"
                            "[anything]\ncommonName = supplied\n")) {
        m_error = u"cannot write the CA configuration in %1"_s.arg(directory);
        return false;
    }
    const auto sign = [&](Case which, const QByteArray &name, const QString &start,
                          const QString &end) {
        const QString extensions = dir.filePath(fileName(which) + u".ext"_s);
        if (!writeFile(extensions,
                       "subjectAltName = DNS:" + name
                           + "\nbasicConstraints = critical,CA:FALSE\n"
                             "keyUsage = critical,digitalSignature\n"
                             "extendedKeyUsage = serverAuth\n")) {
            m_error = u"cannot write %1"_s.arg(extensions);
            return false;
        }
        return openssl({u"ca"_s,         u"-config"_s,
                        config,          u"-batch"_s,
                        u"-notext"_s,    u"-rand_serial"_s,
                        u"-cert"_s,      caCertificatePath(),
                        u"-keyfile"_s,   caKey,
                        u"-in"_s,        csr,
                        u"-out"_s,       certificatePath(which),
                        u"-startdate"_s, start,
                        u"-enddate"_s,   end,
                        u"-extfile"_s,   extensions});
    };
    const QString yesterday =
        QDateTime::currentDateTimeUtc().addDays(-1).toString(u"yyyyMMddHHmmss'Z'"_s);
    const QString inTwoDays =
        QDateTime::currentDateTimeUtc().addDays(2).toString(u"yyyyMMddHHmmss'Z'"_s);
    if (!sign(Case::Valid, "imap.test", yesterday, inTwoDays)
        || !sign(Case::Expired, "imap.test", u"20200101000000Z"_s, u"20200201000000Z"_s)
        || !sign(Case::NotYetValid, "imap.test", u"20450101000000Z"_s, u"20450201000000Z"_s)
        || !sign(Case::WrongName, "other.test", yesterday, inTwoDays))
        return false;
    return openssl({u"req"_s, u"-x509"_s, u"-key"_s, keyPath(), u"-out"_s,
                    certificatePath(Case::SelfSigned), u"-subj"_s, u"/CN=imap.test"_s, u"-days"_s,
                    u"2"_s, u"-addext"_s, u"subjectAltName=DNS:imap.test"_s, u"-addext"_s,
                    u"basicConstraints=critical,CA:FALSE"_s});
}
