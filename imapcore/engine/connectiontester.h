#pragma once

#include "accountspec.h"
#include "connectiontestresult.h"
#include "engine/sasl.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

namespace ImapCore {

class Connection;
class FolderListCollector;
class Transport;

// One "Test connection" run in the worker thread: the same Connection and transport as real
// watching, opened once with the given secret, then LIST "" "*" and LOGOUT. Reports its stages
// and exactly one finished(). Touches no account session and no SeenStore. Deletes nothing by
// itself: the owner deletes it after finished() (a logout still running is then cut).
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of transport. secret: the password, or the OAuth access token.
    ConnectionTester(quint64 id, const AccountSpec &spec, const QString &secret,
                     Transport *transport, QObject *parent = nullptr);
    ~ConnectionTester() override;

    quint64 id() const { return m_id; }
    void start();
    // Ends the test now; finished() with Cancelled unless it already finished.
    void cancel();

Q_SIGNALS:
    void progress(quint64 id, ImapCore::ConnectionTestResult::Stage stage);
    void finished(quint64 id, const ImapCore::ConnectionTestResult &result);
    // The connection is closed after finished(): the owner may delete this now.
    void done();

private:
    void advance(ConnectionTestResult::Stage stage);
    void listFolders();
    void finish(const ImapError &error);
    void closeConnection();

    quint64 m_id;
    AccountSpec m_spec;
    std::unique_ptr<TokenProvider> m_tokens;
    QPointer<Connection> m_connection;
    std::unique_ptr<FolderListCollector> m_collector;
    ConnectionTestResult m_result;
    std::optional<ConnectionTestResult::Stage> m_stage;
    bool m_finished = false;
    bool m_closing = false;
};

} // namespace ImapCore
