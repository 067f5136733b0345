#pragma once

#include "mailbellversion.h"
#include "notifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QImage>
#include <QStringList>

#include <optional>

class BusNameOwner;
class QDBusMessage;
class QDBusPendingCallWatcher;

// Desktop notifications through org.freedesktop.Notifications (Desktop Notifications spec 1.2)
// on the given bus. Every call is asynchronous: nothing here waits for the server. Asks the
// server's capabilities once per server instance and adapts: no action buttons without
// "actions", escaped markup only with "body-markup". Tracks only the ids the server gave to our
// own Notify calls; ActionInvoked / NotificationClosed for any other id are ignored, and so are
// those not sent by the name's owner (BusNameOwner: learnt without a blocking call; any client of
// the bus can send such a signal). A server that goes away closes everything we showed; a new
// one is probed again. With no server at all (Unavailable) show() reports the notification
// closed at once: use FallbackNotifier.
class DbusNotifier : public Notifier
{
    Q_OBJECT
public:
    enum class State { Probing, Available, Unavailable };
    Q_ENUM(State)

    static inline const QString kService = QStringLiteral("org.freedesktop.Notifications");
    static inline const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
    static inline const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
    static inline const QString kAppName = QStringLiteral("Mailbell");
    static inline const QString kAppId = QStringLiteral(MAILBELL_APP_ID);

    explicit DbusNotifier(const QDBusConnection &connection, QObject *parent = nullptr);
    ~DbusNotifier() override;

    quint32 show(const Notification &notification, quint32 replaces = 0) override;
    void close(quint32 handle) override;
    bool supportsActions() const override;

    // Sent as the "image-data" hint with every notification, for when the icon theme has no
    // kAppId icon (run from the build folder, not installed); null: the app_icon name only.
    void setAppImage(const QImage &image);
    QImage appImage() const { return m_appImage; }
    // Whether the icon theme has our icon (installed), else the app image is needed.
    static bool isAppIconInstalled();

    State state() const { return m_state; }
    QStringList capabilities() const { return m_capabilities; }
    QString serverName() const { return m_serverName; }

    // Requests not yet sent when the server turned out to be absent, taken out of this notifier
    // (the fallback shows them instead).
    QList<std::pair<quint32, Notification>> takeUnsent();

    // The Notify arguments for a notification on a server with these capabilities.
    static QVariantList notifyArguments(const Notification &notification, quint32 replacesId,
                                        const QStringList &capabilities,
                                        const QImage &appImage = {});

Q_SIGNALS:
    void stateChanged(DbusNotifier::State state);

private Q_SLOTS:
    // The server's signals, from any sender: passed on only when the owner sent them.
    void onActionInvokedSignal(uint id, const QString &actionKey, const QDBusMessage &message);
    void onNotificationClosedSignal(uint id, uint reason, const QDBusMessage &message);

private:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);
    void onOwnerChanged(const QString &oldOwner, const QString &newOwner);
    void connectSignals(bool connect);
    struct Entry
    {
        uint serverId = 0;
        bool inFlight = false;
        bool closeRequested = false;
        std::optional<Notification> pending;
    };

    void probe();
    void setState(State state);
    void send(quint32 handle);
    void onNotifyFinished(quint32 handle, quint64 generation, QDBusPendingCallWatcher *call);
    void closeOnServer(uint serverId);
    void forgetAll();
    bool holdEarly(uint id, const QString &actionKey, bool closed);
    void replayEarly(uint serverId);
    void settle();

    QDBusConnection m_connection;
    BusNameOwner *m_owner = nullptr;
    State m_state = State::Probing;
    QStringList m_capabilities;
    QString m_serverName;
    QImage m_appImage;
    quint64 m_generation = 0; // bumped when the server instance changes
    quint32 m_nextHandle = 1;
    QHash<quint32, Entry> m_entries;
    QHash<uint, quint32> m_handleByServerId;
    // A server may signal about a notification before QtDBus hands us the Notify reply with its
    // id (seen with dunst: a click right after it appeared). While Notify calls are in flight,
    // signals for unknown ids wait here and are replayed when a reply brings their id.
    struct EarlySignal
    {
        uint id = 0;
        QString actionKey; // empty: NotificationClosed
    };
    static constexpr qsizetype kMaxEarlySignals = 32;
    QList<EarlySignal> m_early;
    int m_inFlight = 0;
};
