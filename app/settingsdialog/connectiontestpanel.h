#pragma once

#include "accountspec.h"
#include "certificatetrustdialog.h"
#include "connectiontestresult.h"
#include "folderinfo.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>
#include <functional>

namespace ImapCore {
class MailEngine;
}
class QLabel;
class QPushButton;

// The account editor's "Test connection": runs MailEngine::testConnection with the account as
// the editor has it now, shows each stage while it runs and then the result in words with what
// to do. An untrusted (or changed) certificate opens a CertificateTrustDialog; trusting it pins
// the fingerprint (certificateTrusted) and runs the test again with the pin.
class ConnectionTestPanel : public QWidget
{
    Q_OBJECT

public:
    // What to test: the account's settings and its secret (password or OAuth access token).
    struct Input
    {
        ImapCore::AccountSpec spec;
        QString secret;
        // Set when there is no secret to test with: shown instead of running a test that could
        // only report a rejected login.
        QString missingSecret;
    };
    using InputSource = std::function<Input()>;

    explicit ConnectionTestPanel(ImapCore::MailEngine *engine, QWidget *parent = nullptr);
    ~ConnectionTestPanel() override;

    // Asked each time the test starts, so the test sees the form as it is then.
    void setInputSource(InputSource source);
    // A fixed account instead of a source.
    void setInput(const ImapCore::AccountSpec &spec, const QString &secret);

    bool isRunning() const { return m_testId != 0; }
    QString statusText() const;
    QPushButton *testButton() const { return m_button; }
    // The trust dialog while it is open (tests drive it), else nullptr.
    CertificateTrustDialog *trustDialog() const { return m_trustDialog; }

public Q_SLOTS:
    void startTest();
    void cancelTest();

Q_SIGNALS:
    void foldersListed(const QList<ImapCore::FolderInfo> &folders);
    // The user trusted this leaf certificate: the editor stores it as the account's pin.
    void certificateTrusted(const QByteArray &sha256);
    void testFinished(const ImapCore::ConnectionTestResult &result);

private:
    void onProgress(quint64 id, ImapCore::ConnectionTestResult::Stage stage);
    void onFinished(quint64 id, const ImapCore::ConnectionTestResult &result);
    void askTrust(const Input &input, const ImapCore::ImapError &error);
    void showStatus(const QString &text, bool trouble);
    void showVerdict(bool works);
    QString stageText(ImapCore::ConnectionTestResult::Stage stage) const;
    QString resultText(const ImapCore::ConnectionTestResult &result) const;

    QPointer<ImapCore::MailEngine> m_engine;
    InputSource m_source;
    Input m_running; // the input of the test in flight
    QByteArray m_pinOverride; // trusted here, before the editor saved it
    quint64 m_testId = 0;
    QPushButton *m_button;
    QLabel *m_status;
    QLabel *m_verdict;
    QPointer<CertificateTrustDialog> m_trustDialog;
};
