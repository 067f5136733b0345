#include "dnsmasqserver.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <unistd.h>

namespace {

QString dnsmasqPath()
{
    return QStandardPaths::findExecutable(
        QStringLiteral("dnsmasq"),
        {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")});
}

} // namespace

DnsmasqServer::~DnsmasqServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QString DnsmasqServer::missingTool()
{
    if (dnsmasqPath().isEmpty())
        return QStringLiteral("dnsmasq is not installed (Debian package dnsmasq-base)");
    return {};
}

QString DnsmasqServer::unavailableReason()
{
    if (const QString missing = missingTool(); !missing.isEmpty())
        return missing;
    if (geteuid() != 0)
        return QStringLiteral("a DNS server on port 53 needs root");
    return {};
}

bool DnsmasqServer::start(const QList<SrvRecord> &records, const QStringList &extraOptions)
{
    // A random address in 127.53.0.0/16 keeps parallel tests (and a system resolver on
    // 127.0.0.53) apart; another try if it happens to be taken.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const quint32 host = QRandomGenerator::global()->bounded(1u, 65534u);
        if (startOn(QHostAddress((127u << 24) | (53u << 16) | host), records, extraOptions))
            return true;
    }
    return false;
}

bool DnsmasqServer::startOn(const QHostAddress &address, const QList<SrvRecord> &records,
                            const QStringList &extraOptions)
{
    m_address = address;
    QStringList arguments = {
        QStringLiteral("--keep-in-foreground"),
        QStringLiteral("--conf-file=/dev/null"),
        QStringLiteral("--no-resolv"),
        QStringLiteral("--no-hosts"),
        QStringLiteral("--bind-interfaces"),
        QStringLiteral("--listen-address=") + address.toString(),
        QStringLiteral("--port=53"),
        QStringLiteral("--local=/test/"),
        QStringLiteral("--pid-file="),
        QStringLiteral("--log-facility=-"),
    };
    for (const SrvRecord &record : records) {
        QString value = record.name;
        if (!record.target.isEmpty())
            value += QStringLiteral(",%1,%2,%3,%4")
                         .arg(record.target)
                         .arg(record.port)
                         .arg(record.priority)
                         .arg(record.weight);
        arguments.append(QStringLiteral("--srv-host=") + value);
    }
    arguments += extraOptions;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(dnsmasqPath(), arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("dnsmasq did not start: ") + m_process.errorString();
        return false;
    }
    // dnsmasq logs "started" once its sockets are bound; it exits at once if binding fails.
    QByteArray output;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            output += m_process.readAll();
            m_error = QStringLiteral("dnsmasq exited: ") + QString::fromLocal8Bit(output);
            return false;
        }
        m_process.waitForReadyRead(200);
        output += m_process.readAll();
        if (output.contains("started, version"))
            return true;
    }
    m_error = QStringLiteral("dnsmasq did not report readiness: ") + QString::fromLocal8Bit(output);
    m_process.kill();
    m_process.waitForFinished(5000);
    return false;
}
