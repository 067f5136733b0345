#include "settingsfilewatcher.h"

#include <QFileInfo>

SettingsFileWatcher::SettingsFileWatcher(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &SettingsFileWatcher::changed);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        // Only when our file appeared or was replaced (editors write a new file).
        if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
            Q_EMIT changed();
    });
}

SettingsFile::Result SettingsFileWatcher::read()
{
    SettingsFile::Result result = SettingsFile::load(m_path);
    watch();
    return result;
}

void SettingsFileWatcher::watch()
{
    // Editors replace the file: watch the folder too, and re-add the file when it comes back.
    const QString folder = QFileInfo(m_path).absolutePath();
    if (QFileInfo::exists(folder) && !m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
}
