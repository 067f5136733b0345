#pragma once

#include "settingsfile.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>

// The settings file, read and then watched for changes on disk: changed() says it was written in
// place, replaced (editors write a new file and rename it over the old one) or created; the owner
// then read()s it again. Each read() watches the file anew, since a replaced file is no longer
// the one being watched. Lives on the UI thread.
class SettingsFileWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SettingsFileWatcher(QObject *parent = nullptr);

    // Empty (the default): no settings file; read() is not to be called.
    void setPath(const QString &path) { m_path = path; }
    const QString &path() const { return m_path; }
    // SettingsFile::load(path()); from then on the file (when it exists) and its folder (when it
    // exists) are watched.
    SettingsFile::Result read();

Q_SIGNALS:
    void changed();

private:
    void watch();

    QString m_path;
    QFileSystemWatcher m_watcher;
};
