#include "accountoptions.h"

#include "engine/protocollog.h"
#include "filekindwords.h"
#include "localfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSslCertificate>

using namespace Qt::StringLiterals;
using ImapCore::AccountConfig;

void AccountOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"host"_s, tr("IMAP server host name (also the name checked in its certificate)."),
         tr("host")},
        {u"port"_s, tr("IMAP server port (default 993 for tls, 143 for starttls and plain)."),
         tr("port")},
        {u"security"_s, tr("Connection security: tls (default), starttls or plain."), tr("mode")},
        {u"user"_s, tr("Login user name."), tr("user")},
        {u"password-command"_s,
         tr("Program that prints the password on its first line of output. Run without a "
            "shell: words are split at spaces, double quotes group them, nothing is "
            "expanded."),
         tr("command")},
        {u"folder"_s, tr("Folder to look at; repeat for several (default INBOX)."), tr("folder")},
        {u"cafile"_s, tr("Also trust the CA certificates in this PEM file."), tr("file")},
        {u"connect-address"_s,
         tr("Connect to this address instead of resolving the host name; the certificate "
            "must still be valid for --host (tests, split-horizon DNS)."),
         tr("address")},
        {u"protocol-log"_s,
         tr("Append the IMAP dialog to this file, with passwords and tokens redacted. At "
            "%1 MiB the file is renamed to FILE.1 (replacing an older FILE.1) and a new one "
            "begins; a FIFO, device or symlink (e.g. /dev/stderr) is written to, never "
            "renamed. If writing fails (disk full, ...), a warning says so once and the "
            "command runs on without the log.")
             .arg(ImapCore::ProtocolLog::defaultMaxFileBytes / (1024 * 1024)),
         tr("file")},
    });
}

QString AccountOptions::passwordNote()
{
    return tr("There is no --password option on purpose: other users could read it in the "
              "process list. Use --password-command, e.g. --password-command 'pass show mail'.");
}

AccountOptions::Result AccountOptions::parse(const QCommandLineParser &parser)
{
    Result result;
    const auto fail = [&result](const QString &error) {
        result.error = error;
        return result;
    };
    AccountConfig &config = result.config;

    config.host = parser.value(u"host"_s).trimmed();
    if (config.host.isEmpty())
        return fail(tr("--host is required: the IMAP server's host name."));

    if (parser.isSet(u"security"_s)) {
        const QString security = parser.value(u"security"_s);
        if (security == "tls"_L1)
            config.security = AccountConfig::Security::Tls;
        else if (security == "starttls"_L1)
            config.security = AccountConfig::Security::StartTls;
        else if (security == "plain"_L1)
            config.security = AccountConfig::Security::Plain;
        else
            return fail(tr("--security must be tls, starttls or plain, not \"%1\".").arg(security));
    }

    config.port = AccountConfig::defaultPort(config.security);
    if (parser.isSet(u"port"_s)) {
        const QString text = parser.value(u"port"_s);
        bool ok = false;
        const uint port = text.toUInt(&ok, 10);
        if (!ok || port < 1 || port > 65535)
            return fail(tr("--port must be a number from 1 to 65535, not \"%1\".").arg(text));
        config.port = quint16(port);
    }

    config.user = parser.value(u"user"_s);
    if (config.user.isEmpty())
        return fail(tr("--user is required: the login user name."));

    result.passwordCommand = parser.value(u"password-command"_s);
    if (result.passwordCommand.trimmed().isEmpty())
        return fail(tr("--password-command is required: a program that prints the password."));

    result.folders = parser.values(u"folder"_s);
    if (result.folders.isEmpty())
        result.folders = {u"INBOX"_s};
    for (const QString &folder : std::as_const(result.folders)) {
        if (folder.isEmpty())
            return fail(tr("--folder needs a folder name, not an empty string."));
    }
    result.folders.removeDuplicates();

    for (const QString &path : parser.values(u"cafile"_s)) {
        // QSslCertificate::fromPath() would block on a FIFO: only a regular file is read.
        const ImapCore::LocalFile::Kind kind = ImapCore::LocalFile::kindOf(path);
        if (kind != ImapCore::LocalFile::Kind::Regular
            && kind != ImapCore::LocalFile::Kind::Missing)
            return fail(tr("--cafile: %1.").arg(FileKindWords::notRegularFile(path, kind)));
        if (!QFileInfo(path).isReadable())
            return fail(tr("--cafile: cannot read \"%1\".").arg(path));
        const QList<QSslCertificate> certificates =
            QSslCertificate::fromPath(path, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
        if (certificates.isEmpty())
            return fail(tr("--cafile: \"%1\" holds no PEM certificate.").arg(path));
        config.caCertificates += certificates;
    }

    if (parser.isSet(u"connect-address"_s)) {
        config.connectAddress = parser.value(u"connect-address"_s).trimmed();
        if (config.connectAddress.isEmpty())
            return fail(tr("--connect-address needs an address."));
    }

    if (parser.isSet(u"protocol-log"_s)) {
        result.protocolLogPath = parser.value(u"protocol-log"_s);
        if (result.protocolLogPath.isEmpty())
            return fail(tr("--protocol-log needs a file name."));
    }
    return result;
}
