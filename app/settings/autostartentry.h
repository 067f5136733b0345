#pragma once

#include <QCoreApplication>
#include <QString>

// "Start at login": the XDG autostart entry
// $XDG_CONFIG_HOME/autostart/org.mailbell.Mailbell.desktop (Desktop Application Autostart
// Specification). Its existence is the setting; an entry the user disabled by hand (Hidden=true,
// X-GNOME-Autostart-enabled=false) counts as off.
class AutostartEntry
{
    Q_DECLARE_TR_FUNCTIONS(AutostartEntry)

public:
    explicit AutostartEntry(QString path = defaultPath(), QString executable = defaultExecutable());

    static QString defaultPath();
    // The installed mailbell binary when it exists, else the running one.
    static QString defaultExecutable();

    QString path() const { return m_path; }
    bool isEnabled() const;
    // Writes or removes the entry atomically; returns an error in words, empty on success.
    QString setEnabled(bool enabled) const;
    // The entry's text (Exec quoted as the Desktop Entry Specification asks).
    QByteArray content() const;

private:
    QString m_path;
    QString m_executable;
};
