#include "srvdiscovery.h"

#include <QDnsServiceRecord>

#include <algorithm>

namespace {

using Security = ImapCore::AccountConfig::Security;

} // namespace

SrvDiscovery::SrvDiscovery(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(defaultTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        for (QDnsLookup *lookup : {m_tlsLookup.data(), m_startTlsLookup.data()}) {
            if (lookup && !lookup->isFinished()) {
                m_tried.append(tr("DNS SRV %1: no answer within %2 seconds")
                                   .arg(lookup->name())
                                   .arg(m_timeout.interval() / 1000.0));
                lookup->disconnect(this);
                lookup->abort();
                lookup->deleteLater();
            }
        }
        m_pending = 0;
        finish();
    });
}

void SrvDiscovery::start(const EmailAddress &address)
{
    abort();
    m_address = address;
    m_tls.clear();
    m_startTls.clear();
    m_tried.clear();
    const QString domain = address.asciiDomain();
    m_pending = 2;
    m_tlsLookup = startLookup(QStringLiteral("_imaps._tcp.") + domain);
    connect(m_tlsLookup, &QDnsLookup::finished, this,
            [this, lookup = m_tlsLookup.data()] { lookupFinished(lookup, Security::Tls); });
    m_startTlsLookup = startLookup(QStringLiteral("_imap._tcp.") + domain);
    connect(
        m_startTlsLookup, &QDnsLookup::finished, this,
        [this, lookup = m_startTlsLookup.data()] { lookupFinished(lookup, Security::StartTls); });
    m_timeout.start();
    m_tlsLookup->lookup();
    m_startTlsLookup->lookup();
}

QDnsLookup *SrvDiscovery::startLookup(const QString &name)
{
    auto *lookup = new QDnsLookup(QDnsLookup::SRV, name, this);
    if (!m_nameserver.isNull())
        lookup->setNameserver(m_nameserver);
    return lookup;
}

void SrvDiscovery::abort()
{
    m_timeout.stop();
    for (QDnsLookup *lookup : {m_tlsLookup.data(), m_startTlsLookup.data()}) {
        if (lookup) {
            lookup->disconnect(this);
            lookup->abort();
            lookup->deleteLater();
        }
    }
    m_pending = 0;
}

void SrvDiscovery::lookupFinished(QDnsLookup *lookup, Security security)
{
    QList<QDnsServiceRecord> records = lookup->serviceRecords();
    const QString name = lookup->name();
    if (lookup->error() == QDnsLookup::NotFoundError || (!lookup->error() && records.isEmpty())) {
        m_tried.append(tr("DNS SRV %1: no record").arg(name));
    } else if (lookup->error()) {
        m_tried.append(tr("DNS SRV %1: %2").arg(name, lookup->errorString()));
    } else {
        // RFC 2782 picks among equal priorities at random by weight; a suggestion shown to the
        // user should not change between two runs, so the heaviest comes first.
        std::stable_sort(records.begin(), records.end(),
                         [](const QDnsServiceRecord &a, const QDnsServiceRecord &b) {
                             if (a.priority() != b.priority())
                                 return a.priority() < b.priority();
                             return a.weight() > b.weight();
                         });
        QList<DetectedAccount> &into = security == Security::Tls ? m_tls : m_startTls;
        for (const QDnsServiceRecord &record : std::as_const(records)) {
            QString target = record.target();
            if (target.endsWith(u'.'))
                target.chop(1);
            if (target.isEmpty() || record.port() == 0) {
                m_tried.append(
                    tr("DNS SRV %1: the domain says it offers no such service").arg(name));
                continue;
            }
            DetectedAccount account;
            account.source = DetectedAccount::Source::DnsSrv;
            account.providerName = m_address.domain;
            account.origin = tr("DNS SRV record %1").arg(name);
            account.connection.host = target;
            account.connection.port = record.port();
            account.connection.security = security;
            account.connection.user = m_address.address();
            into.append(account);
        }
    }
    lookup->deleteLater();
    if (--m_pending == 0) {
        m_timeout.stop();
        finish();
    }
}

void SrvDiscovery::finish()
{
    DetectionOutcome outcome;
    outcome.candidates = m_tls + m_startTls;
    outcome.tried = m_tried;
    emit finished(outcome);
}
