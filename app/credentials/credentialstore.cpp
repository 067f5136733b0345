#include "credentialstore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
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

// What a finished job said, taken before it deletes itself.
struct JobOutcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString password;
};

// Whether the Secret Service must be looked for to explain the job's error.
bool needsSecretServiceProbe(const JobOutcome &job)
{
    return (job.error == QKeychain::OtherError || job.error == QKeychain::NoBackendAvailable)
        && QDBusConnection::sessionBus().isConnected();
}

// secretService: what CredentialStore::probeSecretService() found, when
// needsSecretServiceProbe().
CredentialStore::Result resultOf(const JobOutcome &job, bool secretService)
{
    using Status = CredentialStore::Result::Status;
    CredentialStore::Result result;
    if (job.error != QKeychain::NoError && job.error != QKeychain::EntryNotFound
        && !QDBusConnection::sessionBus().isConnected()) {
        // QtKeychain says little more than "Unknown error" here; the cause is plain.
        result.status = Status::Unavailable;
        result.error = QCoreApplication::translate(
            "CredentialStore",
            "No desktop session bus (D-Bus): the keyring (Secret Service) cannot be reached.");
        return result;
    }
    if ((job.error == QKeychain::OtherError || job.error == QKeychain::NoBackendAvailable)
        && !secretService) {
        result.status = Status::Unavailable;
        result.error = QCoreApplication::translate(
            "CredentialStore",
            "No keyring (Secret Service, such as GNOME Keyring or KWallet) is running in this "
            "desktop session: passwords cannot be saved.");
        return result;
    }
    switch (job.error) {
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
                .arg(job.errorString);
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = Status::Failed;
        result.error =
            QCoreApplication::translate("CredentialStore", "The keyring refused access: %1")
                .arg(job.errorString);
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        result.status = Status::Failed;
        result.error = QCoreApplication::translate("CredentialStore", "Keyring error: %1")
                           .arg(job.errorString);
        break;
    }
    if (result.status == Status::Found)
        result.password = job.password;
    return result;
}

// Turns a finished job into a Result for done, in context's thread. When the error needs the
// Secret Service looked for, that is asked without blocking (the UI thread runs this).
void finishJob(QObject *context, const QKeychain::Job &job,
               const std::function<void(const CredentialStore::Result &)> &done)
{
    JobOutcome outcome {job.error(), job.errorString(), {}};
    if (const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(&job))
        outcome.password = read->textData();
    if (!needsSecretServiceProbe(outcome)) {
        done(resultOf(outcome, true));
        return;
    }
    CredentialStore::probeSecretService(
        context, [outcome, done](bool available) { done(resultOf(outcome, available)); });
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

void CredentialStore::probeSecretService(QObject *context, const std::function<void(bool)> &done)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done(false);
        return;
    }
    const QString name = u"org.freedesktop.secrets"_s;
    const auto busCall = [](const QString &method) {
        return QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                              u"org.freedesktop.DBus"_s, method);
    };
    QDBusMessage hasOwner = busCall(u"NameHasOwner"_s);
    hasOwner << name;
    auto *owner = new QDBusPendingCallWatcher(bus.asyncCall(hasOwner), context);
    QObject::connect(
        owner, &QDBusPendingCallWatcher::finished, context, [=](QDBusPendingCallWatcher *watcher) {
            watcher->deleteLater();
            const QDBusPendingReply<bool> running = *watcher;
            if (running.isValid() && running.value()) {
                done(true);
                return;
            }
            auto *activatable = new QDBusPendingCallWatcher(
                QDBusConnection::sessionBus().asyncCall(busCall(u"ListActivatableNames"_s)),
                context);
            QObject::connect(activatable, &QDBusPendingCallWatcher::finished, context,
                             [=](QDBusPendingCallWatcher *listed) {
                                 listed->deleteLater();
                                 const QDBusPendingReply<QStringList> names = *listed;
                                 done(names.isValid() && names.value().contains(name));
                             });
        });
}

void CredentialStore::read(const QString &accountId, Callback done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(accountId);
    connect(job, &QKeychain::Job::finished, this,
            [this, done = std::move(done)](QKeychain::Job *job) { finishJob(this, *job, done); });
    job->start();
}

void CredentialStore::write(const QString &accountId, const QString &password, Callback done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(accountId);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this,
            [this, done = std::move(done)](QKeychain::Job *job) { finishJob(this, *job, done); });
    job->start();
}

void CredentialStore::remove(const QString &accountId, Callback done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(accountId);
    connect(job, &QKeychain::Job::finished, this,
            [this, done = std::move(done)](QKeychain::Job *job) {
                finishJob(this, *job, [done](Result result) {
                    if (result.status == Result::Status::NotFound)
                        result.status = Result::Status::Found; // already gone is what was asked
                    done(result);
                });
            });
    job->start();
}
