#include "credentialstore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

// Whether anything on the session bus is or can be started as the Secret Service. QtKeychain
// reports a missing one only as OtherError ("org.freedesktop.secrets was not provided by any
// .service files"; desktop-test-rig.md, 3), never as NoBackendAvailable on Linux.
bool secretServiceOnBus()
{
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    if (!bus)
        return false;
    const QString name = u"org.freedesktop.secrets"_s;
    if (bus->isServiceRegistered(name))
        return true;
    const QDBusReply<QStringList> activatable = bus->call(u"ListActivatableNames"_s);
    return activatable.isValid() && activatable.value().contains(name);
}

CredentialStore::Result resultOf(const QKeychain::Job &job)
{
    using Status = CredentialStore::Result::Status;
    CredentialStore::Result result;
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound
        && !QDBusConnection::sessionBus().isConnected()) {
        // QtKeychain says little more than "Unknown error" here; the cause is plain.
        result.status = Status::Unavailable;
        result.error = QCoreApplication::translate(
            "CredentialStore",
            "No desktop session bus (D-Bus): the keyring (Secret Service) cannot be reached.");
        return result;
    }
    if ((job.error() == QKeychain::OtherError || job.error() == QKeychain::NoBackendAvailable)
        && !secretServiceOnBus()) {
        result.status = Status::Unavailable;
        result.error = QCoreApplication::translate(
            "CredentialStore",
            "No keyring (Secret Service, such as GNOME Keyring or KWallet) is running in this "
            "desktop session: passwords cannot be saved.");
        return result;
    }
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = Status::Found;
        break;
    case QKeychain::EntryNotFound:
        result.status = Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = Status::Unavailable;
        result.error =
            QCoreApplication::translate(
                "CredentialStore",
                "No keyring (Secret Service) is available: passwords cannot be saved. %1")
                .arg(job.errorString());
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = Status::Failed;
        result.error =
            QCoreApplication::translate("CredentialStore", "The keyring refused access: %1")
                .arg(job.errorString());
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        result.status = Status::Failed;
        result.error = QCoreApplication::translate("CredentialStore", "Keyring error: %1")
                           .arg(job.errorString());
        break;
    }
    return result;
}

// Jobs have no parent and delete themselves when they finish: QtKeychain's libsecret backend
// calls back into its job when the D-Bus answer comes, even after the job was deleted, so a job
// must outlive its CredentialStore (the tray app quitting, a test's app destroyed) until then.
// The callbacks are connected with the store as context: a gone store gets none.
template<typename JobType>
JobType *newJob(const QString &accountId)
{
    auto *job = new JobType(QString::fromLatin1(CredentialStore::service));
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    job->setKey(accountId);
    return job;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{ }

bool CredentialStore::secretServiceAvailable()
{
    return QDBusConnection::sessionBus().isConnected() && secretServiceOnBus();
}

void CredentialStore::read(const QString &accountId, Callback done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(accountId);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *job) {
        Result result = resultOf(*job);
        if (result.status == Result::Status::Found)
            result.password = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        done(result);
    });
    job->start();
}

void CredentialStore::write(const QString &accountId, const QString &password, Callback done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(accountId);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *job) { done(resultOf(*job)); });
    job->start();
}

void CredentialStore::remove(const QString &accountId, Callback done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(accountId);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *job) {
        Result result = resultOf(*job);
        if (result.status == Result::Status::NotFound)
            result.status = Result::Status::Found; // already gone is what was asked
        done(result);
    });
    job->start();
}
