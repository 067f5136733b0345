#pragma once

#include "autoconfigfetcher.h"
#include "detectedaccount.h"
#include "emailaddress.h"
#include "mxdiscovery.h"
#include "srvdiscovery.h"

#include <QObject>
#include <QStringList>

#include <optional>

// Finds IMAP settings for an email address, for the settings dialog: the built-in provider table
// first (no network), else DNS SRV (RFC 6186), Mozilla autoconfig and the domain's MX (mail
// hosted by a known provider: Google Workspace, Microsoft 365) asked at the same time.
// The choice among their answers does not depend on which answers first: implicit TLS from SRV,
// then from autoconfig, then the MX provider's settings, then STARTTLS (SRV, then autoconfig)
// only when that is all any server offers. Plaintext is never suggested. Detection ends as soon
// as every more preferred source has answered without a candidate (each source has its own
// timeout). One finished() per start().
class Autodetector : public QObject
{
    Q_OBJECT

public:
    enum class Step { ProviderTable, DnsSrv, Autoconfig, MailExchanger };
    Q_ENUM(Step)

    struct Result
    {
        std::optional<DetectedAccount> account; // empty: nothing found
        QStringList tried; // translated, one line a thing asked that gave nothing usable
        QString error; // translated; why nothing was found when known (bad address, local name)
    };

    explicit Autodetector(QObject *parent = nullptr);

    // The two network sources, for settings such as timeouts, a nameserver or host mappings.
    SrvDiscovery *srvDiscovery() { return &m_srv; }
    AutoconfigFetcher *autoconfigFetcher() { return &m_autoconfig; }
    MxDiscovery *mxDiscovery() { return &m_mx; }

    // Starts detection for emailAddress as typed; finished() follows once, later (never from
    // inside this call). Starting again abandons a running detection.
    void start(const QString &emailAddress);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    // step began; message is translated, for a status line ("Asking DNS for example.org...").
    void progress(Autodetector::Step step, const QString &message);
    void finished(const Autodetector::Result &result);

private:
    void sourceFinished();
    void finish(const Result &result);

    SrvDiscovery m_srv;
    AutoconfigFetcher m_autoconfig;
    MxDiscovery m_mx;
    bool m_running = false;
    int m_generation = 0; // tells a stale queued finish from the current run's
    std::optional<DetectionOutcome> m_srvOutcome;
    std::optional<DetectionOutcome> m_autoconfigOutcome;
    std::optional<DetectionOutcome> m_mxOutcome;
};

Q_DECLARE_METATYPE(Autodetector::Result)
