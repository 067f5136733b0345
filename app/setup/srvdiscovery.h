#pragma once

#include "detectionoutcome.h"
#include "emailaddress.h"

#include <QDnsLookup>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

// RFC 6186 service discovery: asks DNS for _imaps._tcp.<domain> (implicit TLS, preferred by
// RFC 8314 5.1) and _imap._tcp.<domain> (STARTTLS) at once, through QDnsLookup, with a timeout.
// Candidates come out TLS first, then by priority (lowest first) and weight (highest first); a
// record with target "." says the service is not offered (RFC 2782) and is no candidate.
// The user name is the full address (RFC 6186 3.1).
class SrvDiscovery : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultTimeoutMs = 5000;

    explicit SrvDiscovery(QObject *parent = nullptr);

    // The DNS server to ask instead of the system's (tests; port 53).
    void setNameserver(const QHostAddress &nameserver) { m_nameserver = nameserver; }
    void setTimeout(int ms) { m_timeout.setInterval(ms); }

    // Starts a lookup; finished() follows once, later. Starting again abandons a running one.
    void start(const EmailAddress &address);
    void abort();
    bool isRunning() const { return m_pending > 0; }

signals:
    void finished(const DetectionOutcome &outcome);

private:
    QDnsLookup *startLookup(const QString &name);
    void lookupFinished(QDnsLookup *lookup, ImapCore::AccountConfig::Security security);
    void finish();

    QHostAddress m_nameserver;
    QTimer m_timeout;
    EmailAddress m_address;
    QPointer<QDnsLookup> m_tlsLookup;
    QPointer<QDnsLookup> m_startTlsLookup;
    int m_pending = 0;
    QList<DetectedAccount> m_tls;
    QList<DetectedAccount> m_startTls;
    QStringList m_tried;
};
