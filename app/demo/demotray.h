#pragma once

#include "settingsdialog/unsavedaccount.h"
#include "tray/trayapplication.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

class DemoServer;

// The tray app of `mailbell demo` with a display: it watches the demo server's account (in
// memory, never written anywhere) and keeps what it announced and listed in a temporary folder,
// so the demo leaves nothing behind. Settings lists the demo account as such and saves accounts
// to the user's real accounts file: an account added there is watched at once beside the demo,
// and the next normal `mailbell` start watches it. The accounts already in that file are not
// watched by the demo until the user saves Settings (a normal mailbell may be running and
// watching them already).
class DemoTray
{
    Q_DECLARE_TR_FUNCTIONS(DemoTray)

public:
    explicit DemoTray(const DemoServer &server);

    TrayApplication &tray() { return *m_tray; }

    // How Settings lists the demo account.
    static UnsavedAccount listing(const DemoServer &server);

private:
    QTemporaryDir m_state;
    std::unique_ptr<TrayApplication> m_tray;
};
