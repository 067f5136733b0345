#include "autostartentry.h"

#include "atomicfile.h"
#include "inidocument.h"
#include "localfile.h"
#include "mailbellversion.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

AutostartEntry::AutostartEntry(QString path, QString executable)
    : m_path(std::move(path))
    , m_executable(std::move(executable))
{ }

QString AutostartEntry::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/autostart/"_s + QStringLiteral(MAILBELL_APP_ID) + u".desktop"_s;
}

QString AutostartEntry::defaultExecutable()
{
#ifdef MAILBELL_INSTALLED_BINARY
    if (QFileInfo(QStringLiteral(MAILBELL_INSTALLED_BINARY)).isExecutable())
        return QStringLiteral(MAILBELL_INSTALLED_BINARY);
#endif
    const QString running = QCoreApplication::applicationFilePath();
    return running.isEmpty() ? u"mailbell"_s : running;
}

bool AutostartEntry::isEnabled() const
{
    // Never opens anything but a regular file (a FIFO would block the UI thread).
    const ImapCore::LocalFile::ReadResult read = ImapCore::LocalFile::read(m_path, 64 * 1024);
    if (read.kind != ImapCore::LocalFile::Kind::Regular || !read.error.isEmpty())
        return false;
    // A desktop entry is an INI file too: read as the settings files are, in any group.
    for (const IniLine &line : IniDocument(read.bytes.left(64 * 1024)).lines()) {
        const QString value = line.value.toLower();
        if ((line.key == "hidden"_L1 && value == "true"_L1)
            || (line.key == "x-gnome-autostart-enabled"_L1 && value == "false"_L1))
            return false;
    }
    return true;
}

QByteArray AutostartEntry::content() const
{
    // Desktop Entry Specification, "The Exec key": a path with reserved characters is quoted,
    // and inside quotes ", `, $ and \ are escaped with a backslash.
    QString exec = m_executable;
    static const QString reserved = u" \t\n\"'\\><~|&;$*?#()`"_s;
    if (std::any_of(exec.cbegin(), exec.cend(), [](QChar c) { return reserved.contains(c); })) {
        QString quoted;
        for (const QChar c : std::as_const(exec)) {
            if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                quoted += u'\\';
            quoted += c;
        }
        exec = u'"' + quoted + u'"';
    }
    exec.replace(u'%', u"%%"_s);
    return "[Desktop Entry]\n"
           "Type=Application\n"
           "Name=Mailbell\n"
           "Comment=Tells you the moment new mail arrives\n"
           "Icon=" MAILBELL_APP_ID "\n"
           "Exec="
        + exec.toUtf8()
        + "\n"
          "Terminal=false\n"
          "X-GNOME-Autostart-enabled=true\n";
}

QString AutostartEntry::setEnabled(bool enabled) const
{
    if (!enabled)
        return AtomicFile::remove(m_path);
    return AtomicFile::write(m_path, content(), 0644, AtomicFile::Folder::Default);
}
