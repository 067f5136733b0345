#include "certificatenotice.h"

#include "notify/notifier.h"
#include "ui/accountstatuswords.h"

using ImapCore::AccountStatus;
using ImapCore::ErrorKind;

CertificateNotice::CertificateNotice(Notifier *notifier, AccountLookup lookup, QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_lookup(std::move(lookup))
{ }

void CertificateNotice::accountStatusChanged(const AccountStatus &status)
{
    if (status.error.kind != ErrorKind::TlsPinMismatch) {
        if (status.state == AccountStatus::State::Online)
            m_reported.remove(status.accountId);
        return;
    }
    // Each retry that meets the same certificate must not notify again, a different one must.
    if (m_reported.value(status.accountId) == status.error.fingerprintSha256)
        return;
    m_reported.insert(status.accountId, status.error.fingerprintSha256);
    const Account account = m_lookup(status.accountId);
    const auto [summary, body] = AccountStatusWords::certificateChanged(
        account.displayName, account.host, account.trustedSha256, status.error.fingerprintSha256);
    Notification notification;
    notification.summary = summary;
    notification.body = body;
    notification.urgency = Notification::Urgency::Critical;
    m_notifier->show(notification);
}
