#include "mxdiscovery.h"

#include "providertable.h"

#include <QDnsMailExchangeRecord>

#include <algorithm>

MxDiscovery::MxDiscovery(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(defaultTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        DetectionOutcome outcome;
        outcome.tried.append(tr("DNS MX %1: no answer within %2 seconds")
                                 .arg(m_address.asciiDomain())
                                 .arg(m_timeout.interval() / 1000.0));
        abort();
        emit finished(outcome);
    });
}

void MxDiscovery::start(const EmailAddress &address)
{
    abort();
    m_address = address;
    m_lookup = new QDnsLookup(QDnsLookup::MX, address.asciiDomain(), this);
    if (!m_nameserver.isNull())
        m_lookup->setNameserver(m_nameserver);
    connect(m_lookup, &QDnsLookup::finished, this, &MxDiscovery::lookupFinished);
    m_timeout.start();
    m_lookup->lookup();
}

void MxDiscovery::abort()
{
    m_timeout.stop();
    if (m_lookup) {
        m_lookup->disconnect(this);
        m_lookup->abort();
        m_lookup->deleteLater();
        m_lookup.clear();
    }
}

void MxDiscovery::lookupFinished()
{
    m_timeout.stop();
    QDnsLookup *lookup = m_lookup;
    m_lookup.clear();
    lookup->deleteLater();
    DetectionOutcome outcome;
    const QString name = lookup->name();
    QList<QDnsMailExchangeRecord> records = lookup->mailExchangeRecords();
    if (lookup->error() == QDnsLookup::NotFoundError || (!lookup->error() && records.isEmpty())) {
        outcome.tried.append(tr("DNS MX %1: no record").arg(name));
    } else if (lookup->error()) {
        outcome.tried.append(tr("DNS MX %1: %2").arg(name, lookup->errorString()));
    } else {
        // RFC 5321 5.1: the lowest preference value is the primary exchanger.
        const auto primary =
            std::min_element(records.cbegin(), records.cend(),
                             [](const QDnsMailExchangeRecord &a, const QDnsMailExchangeRecord &b) {
                                 return a.preference() < b.preference();
                             });
        if (std::optional<DetectedAccount> hosted =
                ProviderTable::lookupByMailExchanger(primary->exchange(), m_address))
            outcome.candidates.append(*hosted);
        else
            outcome.tried.append(tr("DNS MX %1: %2 is no known provider's mail server")
                                     .arg(name, primary->exchange()));
    }
    emit finished(outcome);
}
