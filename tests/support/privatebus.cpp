#include "privatebus.h"

#include <QDeadlineTimer>
#include <QFile>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

// /usr/share/dbus-1/session.conf without <standard_session_servicedirs/>: no activation.
constexpr char kConfig[] =
    R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:dir=%1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)";

} // namespace

PrivateBus::~PrivateBus()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }
}

bool PrivateBus::start()
{
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder"_s;
        return false;
    }
    const QString configPath = m_dir.filePath(u"bus.conf"_s);
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly)
        || config.write(QString::fromLatin1(kConfig).arg(m_dir.path()).toUtf8()) < 0) {
        m_error = u"cannot write %1"_s.arg(configPath);
        return false;
    }
    config.close();
    m_daemon.setProgram(u"dbus-daemon"_s);
    m_daemon.setArguments({u"--config-file=%1"_s.arg(configPath), u"--print-address=1"_s,
                           u"--nofork"_s, u"--nopidfile"_s});
    m_daemon.setProcessChannelMode(QProcess::SeparateChannels);
    m_daemon.start(QIODevice::ReadOnly);
    if (!m_daemon.waitForStarted(10'000)) {
        m_error = u"dbus-daemon could not be started (package dbus-daemon): %1"_s.arg(
            m_daemon.errorString());
        return false;
    }
    const QDeadlineTimer deadline(10'000);
    QByteArray output;
    while (!output.contains('\n') && !deadline.hasExpired()
           && m_daemon.state() == QProcess::Running) {
        m_daemon.waitForReadyRead(100);
        output += m_daemon.readAllStandardOutput();
    }
    m_address = QString::fromUtf8(output.left(output.indexOf('\n'))).trimmed();
    if (m_address.isEmpty()) {
        m_error = u"dbus-daemon printed no address: %1"_s.arg(
            QString::fromUtf8(m_daemon.readAllStandardError()));
        return false;
    }
    return true;
}

bool PrivateBus::freeze()
{
    return m_daemon.state() == QProcess::Running
        && ::kill(pid_t(m_daemon.processId()), SIGSTOP) == 0;
}

bool PrivateBus::thaw()
{
    return m_daemon.state() == QProcess::Running
        && ::kill(pid_t(m_daemon.processId()), SIGCONT) == 0;
}
