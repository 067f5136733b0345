#pragma once

#include <QString>

// The General tab: app-wide choices. language is settings.conf [general] language; startAtLogin
// is whether the XDG autostart entry exists (AutostartEntry), not a key.
struct GeneralSettings
{
    QString language; // "de", "pt_BR"; empty: the system's language
    bool startAtLogin = false;

    friend bool operator==(const GeneralSettings &, const GeneralSettings &) = default;
};
