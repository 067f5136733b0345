#pragma once

#include "accountspec.h"
#include "connectiontestrequest.h"
#include "connectiontestresult.h"
#include "engine/connection.h"
#include "engine/sasl.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

namespace ImapCore {

class FolderListCollector;
class Transport;

// One connection test in the worker thread: the same Connection and transport as real watching,
// opened once with the given secret, then what the request asks (LIST "" "*" for the settings
// dialog, STATUS (MESSAGES UNSEEN) of named folders for `mailbell check`, pipelined) and LOGOUT.
// Reports its stages and exactly one finished(). Touches no account session and no SeenStore.
// Deletes nothing by itself: the owner deletes it after done() (a logout still running is then
// cut). Lives in the worker thread.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of transport. secret: the password, or the OAuth access token.
    ConnectionTester(quint64 id, const AccountSpec &spec, const QString &secret,
                     const ConnectionTestRequest &request, Transport *transport,
                     QObject *parent = nullptr);
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
    // Each unit sent or received, for the protocol log (Connection::wireLine).
    void wireLine(ImapCore::Connection::Direction direction, const QByteArray &bytes);

private:
    void advance(ConnectionTestResult::Stage stage);
    void onReady();
    void listFolders();
    void countFolders();
    // One command the request asked for has its answer; the last one finishes the test.
    void commandDone();
    void finish(const ImapError &error);
    void closeConnection();

    quint64 m_id;
    AccountSpec m_spec;
    ConnectionTestRequest m_request;
    std::unique_ptr<TokenProvider> m_tokens;
    QPointer<Connection> m_connection;
    std::unique_ptr<FolderListCollector> m_collector;
    ConnectionTestResult m_result;
    std::optional<ConnectionTestResult::Stage> m_stage;
    qsizetype m_outstanding = 0; // commands sent and not yet answered
    ImapError m_lostConnection; // why a command got no answer, if one did not
    bool m_finished = false;
    bool m_closing = false;
};

} // namespace ImapCore
