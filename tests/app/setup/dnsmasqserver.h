#pragma once

#include <QHostAddress>
#include <QList>
#include <QProcess>
#include <QString>

// A real DNS server for tests: dnsmasq on a loopback address of its own (127.53.x.y, port 53,
// which QDnsLookup's nameserver setting needs in Qt 6.4), answering only from the SRV records
// given and NXDOMAIN for every other name under .test. Needs root (port 53) and the dnsmasq
// binary (Debian: dnsmasq-base); unavailableReason() says which is missing, missingTool() only
// whether the binary is (for MAILBELL_REQUIRE_TOOL: a missing tool fails under CI).
class DnsmasqServer
{
public:
    struct SrvRecord
    {
        QString name; // "_imaps._tcp.example.test"
        QString target; // empty: "service not offered" (target ".")
        quint16 port = 0;
        int priority = 0;
        int weight = 0;
    };

    ~DnsmasqServer();

    static QString unavailableReason();
    // Empty when dnsmasq is installed, else what to install.
    static QString missingTool();

    // extraOptions: more dnsmasq options, such as "--mx-host=example.test,mx.example.test,10".
    bool start(const QList<SrvRecord> &records, const QStringList &extraOptions = {});
    QHostAddress address() const { return m_address; }
    QString errorString() const { return m_error; }

private:
    bool startOn(const QHostAddress &address, const QList<SrvRecord> &records,
                 const QStringList &extraOptions);

    QProcess m_process;
    QHostAddress m_address;
    QString m_error;
};
