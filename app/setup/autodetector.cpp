#include "autodetector.h"

#include "providertable.h"

#include <QTimer>

namespace {

using Security = ImapCore::AccountConfig::Security;

std::optional<DetectedAccount> firstWith(const QList<DetectedAccount> &candidates,
                                         Security security)
{
    for (const DetectedAccount &candidate : candidates) {
        if (candidate.connection.security == security)
            return candidate;
    }
    return std::nullopt;
}

} // namespace

Autodetector::Autodetector(QObject *parent)
    : QObject(parent)
    , m_srv(this)
    , m_autoconfig(this)
    , m_mx(this)
{
    connect(&m_mx, &MxDiscovery::finished, this, [this](const DetectionOutcome &outcome) {
        m_mxOutcome = outcome;
        sourceFinished();
    });
    connect(&m_srv, &SrvDiscovery::finished, this, [this](const DetectionOutcome &outcome) {
        m_srvOutcome = outcome;
        sourceFinished();
    });
    connect(&m_autoconfig, &AutoconfigFetcher::finished, this,
            [this](const DetectionOutcome &outcome) {
                m_autoconfigOutcome = outcome;
                sourceFinished();
            });
}

void Autodetector::start(const QString &emailAddress)
{
    cancel();
    m_running = true;
    const int generation = ++m_generation;
    // finished() never comes from inside start(): the dialog connects and starts in one go.
    auto finishLater = [this, generation](const Result &result) {
        QTimer::singleShot(0, this, [this, generation, result] {
            if (generation == m_generation && m_running)
                finish(result);
        });
    };

    const std::optional<EmailAddress> address = EmailAddress::parse(emailAddress);
    if (!address) {
        Result result;
        result.error =
            tr("\"%1\" is not an email address (name@example.org).").arg(emailAddress.trimmed());
        return finishLater(result);
    }

    emit progress(Step::ProviderTable,
                  tr("Looking up %1 among the known providers…").arg(address->domain));
    if (std::optional<DetectedAccount> known = ProviderTable::lookup(*address)) {
        Result result;
        result.account = std::move(known);
        return finishLater(result);
    }

    if (address->isLocalDomain()) {
        // DNS and autoconfig know nothing of a local name: say so at once, not after timeouts.
        Result result;
        result.tried.append(
            tr("%1 is a local name: there is nothing to look up.").arg(address->domain));
        result.error = tr("No settings can be looked up for %1, a local name; enter the server "
                          "below.")
                           .arg(address->domain);
        return finishLater(result);
    }

    m_srvOutcome.reset();
    m_autoconfigOutcome.reset();
    m_mxOutcome.reset();
    emit progress(Step::DnsSrv, tr("Asking DNS about %1…").arg(address->domain));
    m_srv.start(*address);
    emit progress(Step::Autoconfig, tr("Asking %1 for its configuration…").arg(address->domain));
    m_autoconfig.start(*address);
    emit progress(Step::MailExchanger,
                  tr("Asking DNS who handles mail for %1…").arg(address->domain));
    m_mx.start(*address);
}

void Autodetector::cancel()
{
    m_srv.abort();
    m_autoconfig.abort();
    m_mx.abort();
    m_running = false;
    ++m_generation;
}

void Autodetector::sourceFinished()
{
    if (!m_running)
        return;
    // Walk the preference order; stop at the first source still running.
    const std::pair<std::optional<DetectionOutcome> *, Security> order[] = {
        {&m_srvOutcome, Security::Tls},
        {&m_autoconfigOutcome, Security::Tls},
        {&m_mxOutcome, Security::Tls},
        {&m_srvOutcome, Security::StartTls},
        {&m_autoconfigOutcome, Security::StartTls},
    };
    Result result;
    for (const auto &[outcome, security] : order) {
        if (!outcome->has_value())
            return;
        result.account = firstWith((*outcome)->candidates, security);
        if (result.account)
            break;
    }
    m_srv.abort();
    m_autoconfig.abort();
    m_mx.abort();
    if (!result.account) {
        result.tried.append(tr("Not among the known providers"));
        result.tried += m_srvOutcome->tried;
        result.tried += m_autoconfigOutcome->tried;
        result.tried += m_mxOutcome->tried;
    } else if (result.account->source == DetectedAccount::Source::DnsSrv) {
        // RFC 6186 6: an unsigned SRV answer can be forged; the user confirms the host, and TLS
        // verifies it.
        result.account->hint = tr("Found through DNS: check that %1 is your provider's server.")
                                   .arg(result.account->connection.host);
    }
    if (result.account && result.account->connection.security == Security::StartTls) {
        const QString note =
            tr("This server offers only STARTTLS, not a TLS connection from the start.");
        result.account->hint =
            result.account->hint.isEmpty() ? note : result.account->hint + u' ' + note;
    }
    finish(result);
}

void Autodetector::finish(const Result &result)
{
    m_running = false;
    emit finished(result);
}
