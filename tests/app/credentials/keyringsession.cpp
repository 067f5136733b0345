#include "keyringsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMetaObject>
#include <QObject>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kChildVariable = "MAILBELL_TEST_KEYRING_CHILD";

// dbus-daemon's session.conf without service activation: nothing starts by itself.
const QByteArray kBareSession =
    "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
    " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
    "<busconfig><type>session</type><keep_umask/><listen>unix:tmpdir=/tmp</listen>"
    "<auth>EXTERNAL</auth><policy context=\"default\"><allow send_destination=\"*\" "
    "eavesdrop=\"true\"/><allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n";

} // namespace

bool KeyringSession::inChild()
{
    return qEnvironmentVariableIsSet(kChildVariable);
}

bool KeyringSession::writeBareSessionConfig(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(kBareSession) == kBareSession.size();
}

QString KeyringSession::runChild(const QObject &test, const QString &function,
                                 const QString &workDir, const QString &shell, const QString &bus)
{
    const QString home = workDir + u'/' + function;
    if (!QDir().mkpath(home + u"/rt"_s)
        || !QFile::setPermissions(home + u"/rt"_s,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner))
        return u"cannot make "_s + home + u"/rt"_s;
    const QString config = workDir + u"/bare-session.conf"_s;
    if (!writeBareSessionConfig(config))
        return u"cannot write "_s + config;

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kChildVariable), u"1"_s);
    environment.insert(u"HOME"_s, home); // gnome-keyring keeps its keyring file here
    environment.insert(u"XDG_RUNTIME_DIR"_s, home + u"/rt"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    // With a display, libsecret may open an unlock prompt and wait for it.
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    QProcess child;
    child.setProcessChannelMode(QProcess::MergedChannels);
    const QString self = QCoreApplication::applicationFilePath();
    if (bus.isEmpty()) {
        const QString runSession = QStandardPaths::findExecutable(u"dbus-run-session"_s);
        if (runSession.isEmpty())
            return u"dbus-run-session is missing (Debian: dbus-daemon)"_s;
        environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        child.setProcessEnvironment(environment);
        child.start(runSession,
                    {u"--config-file="_s + config, u"--"_s, u"sh"_s, u"-c"_s,
                     shell + u" exec \"$0\" \"$1\""_s, self, function});
    } else {
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, bus);
        child.setProcessEnvironment(environment);
        child.start(self, {function});
    }
    if (!child.waitForFinished(120'000))
        return child.errorString();
    const QString output = QString::fromLocal8Bit(child.readAll());
    const QString passed =
        u"PASS   : "_s + QString::fromLatin1(test.metaObject()->className()) + u"::"_s + function;
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0
        || !output.contains(passed))
        return output;
    return {};
}
