#pragma once

#include "accountsfile.h"
#include "connectiontestpanel.h"
#include "oauthtokens.h"

#include <QColorDialog>
#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <optional>

class CredentialStore;
class Autodetector;
class ConnectionTestPanel;
class FieldHint;
class FolderTreeModel;
class OAuthSignInWidget;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QToolButton;
struct DetectedAccount;
class QTreeView;
class QVBoxLayout;

namespace ImapCore {
class MailEngine;
}

// Adds or edits one account: the address and password first, then where (server, port,
// security, user name) and how to sign in (password in the keyring or asked at each start, a
// password command, OAuth 2), which folders to watch, and behind "Advanced" the name and how to
// watch (IDLE renewal, polling, preview, colour, open command). Typing the address and leaving
// the field fills the server settings from autodetection when the server is still empty (or the
// Detect button, always); it never picks plaintext by itself.
// A new account with an engine is set up in one guided flow: Continue detects the server, tests
// the connection (asking about an untrusted certificate) and proposes the folders; the server
// and folder sections appear as they become relevant, and the button then adds the account.
// A failed test offers to add the account anyway.
// Every field is checked as it changes: a red hint under a wrong field, OK disabled while any
// field is wrong. A password typed here is only handed out through password(): the caller puts
// it in the keyring, never in a file. Fields the editor does not show are kept as they were.
class AccountEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // How the account signs in; the order of the "Sign in" choices.
    enum class SignIn {
        KeyringPassword,
        AskPassword,
        PasswordCommand,
        OAuthGoogle,
        OAuthMicrosoft
    };
    Q_ENUM(SignIn)

    // takenIds: the other accounts' ids, so a new account gets an id of its own. A new account
    // is an Account with an empty spec.id.
    AccountEditorDialog(const AccountsFile::Account &account, const QStringList &takenIds,
                        QWidget *parent = nullptr);
    ~AccountEditorDialog() override;

    // The edited account (after accepted(): with its id).
    AccountsFile::Account account() const;
    // The password typed for the keyring; empty when none was typed (editing: keep the old one).
    QString password() const;
    // The tokens of an OAuth sign-in done here, for the account as it is now; nullopt for none.
    std::optional<OAuthTokenResult> oauthSignIn() const;
    OAuthSignInWidget *oauthSignInWidget() const { return m_oauthSignIn; }
    bool isValid() const { return m_problems.isEmpty(); }
    // Each field's problem, keyed by the field's object name (for the hints and for tests).
    QHash<QString, QString> problems() const { return m_problems; }

    // The engine that runs "Test connection" (which also lists the folders); without one the
    // editor has no test and the folder tree holds the configured folders only.
    void setEngine(ImapCore::MailEngine *engine);
    // Reads the edited account's saved password from the keyring, for "Test connection" when
    // the password field is left empty.
    void setCredentials(CredentialStore *credentials);
    ConnectionTestPanel *connectionTest() const { return m_testPanel; }
    // The first start: a welcome above the form, and "Try the demo first" when demoAvailable.
    void setFirstStart(bool demoAvailable);
    Autodetector *autodetector() const { return m_detector; }
    FolderTreeModel *folderModel() const { return m_folders; }

public Q_SLOTS:
    void accept() override;
    // Asks autodetection for the typed address.
    void detect();
    // The guided flow's next step: detect the server if none yet, else test the connection.
    void continueSetup();

Q_SIGNALS:
    // Autodetection ended (filled the fields or said why not).
    void detectionFinished();
    // "Try the demo first" on the first start; the dialog is rejected just before.
    void demoRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildWelcome();
    QWidget *buildAddress();
    QWidget *buildServer();
    QWidget *buildFolders();
    QWidget *buildAdvanced();
    void applyDetected(const DetectedAccount &found);
    void revealServer();
    void revealFolders();
    void onTestFinished(bool succeeded);
    void setTested(bool tested);
    void load(const AccountsFile::Account &account);
    void validate();
    void markTouched(QWidget *field);
    void updateSignInFields();
    void onSecurityChanged();
    void onEmailEditingFinished();
    void chooseColour();
    void showColour();
    QString uniqueId() const;
    SignIn signIn() const;
    ConnectionTestPanel::Input testInput() const;

    AccountsFile::Account m_original;
    QStringList m_takenIds;
    QColor m_colour;
    QHash<QString, QString> m_problems;
    QSet<QWidget *> m_touched;
    QHash<QWidget *, FieldHint *> m_hints;
    int m_lastSecurity = 0;

    Autodetector *m_detector;
    QString m_hostWhenDetecting; // the host field when detection started: filled only if unchanged
    QString m_userWhenDetecting;
    ImapCore::MailEngine *m_engine = nullptr;
    bool m_guided = false; // a new account with an engine: Continue, then Add Account
    bool m_tested = false; // the connection test passed for the form as it is
    bool m_continueAfterDetect = false;
    // The keyring's password of the account being edited, read for "Test connection" when the
    // field is left empty; memory only, gone with the dialog.
    QString m_savedPassword;
    QString m_savedPasswordProblem;

    QLabel *m_welcome = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_serverBox = nullptr;
    QPushButton *m_manualServer = nullptr;
    QWidget *m_foldersBox = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advancedBox = nullptr;
    QPushButton *m_demo = nullptr;
    QPushButton *m_addAnyway = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QPushButton *m_detect = nullptr;
    QLabel *m_detectStatus = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLabel *m_plainWarning = nullptr;
    QComboBox *m_signIn = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_commandLabel = nullptr;
    QLineEdit *m_command = nullptr;
    QLabel *m_clientIdLabel = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLabel *m_signInNote = nullptr;
    OAuthSignInWidget *m_oauthSignIn = nullptr;
    std::optional<OAuthTokenResult> m_oauthTokens;
    QString m_oauthTokensProvider; // the provider those tokens are from
    FolderTreeModel *m_folders = nullptr;
    QTreeView *m_folderView = nullptr;
    QVBoxLayout *m_testArea = nullptr; // the connection test panel's place
    ConnectionTestPanel *m_testPanel = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QSpinBox *m_pollSeconds = nullptr;
    QCheckBox *m_showPreview = nullptr;
    QPushButton *m_colourButton = nullptr;
    QPushButton *m_autoColour = nullptr;
    QPointer<QColorDialog> m_colourDialog;
    QLineEdit *m_openCommand = nullptr;
    QPushButton *m_ok = nullptr;
};
