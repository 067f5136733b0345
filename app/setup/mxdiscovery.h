#pragma once

#include "detectionoutcome.h"
#include "emailaddress.h"

#include <QDnsLookup>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

// A domain's own mail hosted by a known provider (Google Workspace, Microsoft 365, ...): asks DNS
// for the domain's MX records through QDnsLookup, with a timeout, and looks the most preferred
// exchanger up in the provider table. At most one candidate.
class MxDiscovery : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultTimeoutMs = 5000;

    explicit MxDiscovery(QObject *parent = nullptr);

    // The DNS server to ask instead of the system's (tests; port 53).
    void setNameserver(const QHostAddress &nameserver) { m_nameserver = nameserver; }
    void setTimeout(int ms) { m_timeout.setInterval(ms); }

    // Starts a lookup; finished() follows once, later. Starting again abandons a running one.
    void start(const EmailAddress &address);
    void abort();

signals:
    void finished(const DetectionOutcome &outcome);

private:
    void lookupFinished();

    QHostAddress m_nameserver;
    QTimer m_timeout;
    EmailAddress m_address;
    QPointer<QDnsLookup> m_lookup;
};
