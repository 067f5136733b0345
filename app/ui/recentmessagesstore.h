#pragma once

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

class RecentMessagesModel;

// Keeps the recent-messages list on disk (recent.json): reads it into the model at load(), and
// writes it back saveDelayMs after the model changes (one write for a burst of changes), at
// save() and when the store goes, each time only if the list changed since the last write. The
// file's format, its owner-only mode and the refusal to replace what is not a regular file are the
// model's (RecentMessagesModel::load, saveSnapshot). Lives on the UI thread; the writes run on a
// writer thread of its own, in the order they were made, so that serialising and syncing the file
// never stalls the UI.
class RecentMessagesStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int saveDelayMs = 2'000;

    // An empty path keeps the list in memory only: nothing is read or written.
    RecentMessagesStore(RecentMessagesModel *model, QString path, QObject *parent = nullptr);
    // Saves what is pending and waits for the writer.
    ~RecentMessagesStore() override;

    const QString &path() const { return m_path; }
    // Reads the file into the model: missing is an empty list; unreadable or not a list is an
    // empty list and a warning on stderr (the next save replaces it).
    void load();
    // Writes the list now if it changed since the last write (the delayed write pending, if
    // any, with it).
    void save();
    // Blocks until every write started so far has ended.
    void waitForWrites();

private:
    void scheduleSave();

    RecentMessagesModel *m_model;
    QString m_path;
    QTimer m_saveTimer;
    bool m_changed = false; // the model changed since the last write
    QThreadPool m_writer;
};
