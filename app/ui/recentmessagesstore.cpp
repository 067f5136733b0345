#include "recentmessagesstore.h"

#include "recentmessagesmodel.h"

#include <QDir>
#include <QFileInfo>

#include <utility>

RecentMessagesStore::RecentMessagesStore(RecentMessagesModel *model, QString path, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_path(std::move(path))
{
    m_writer.setMaxThreadCount(1); // one writer: saves land in the order they were made
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &RecentMessagesStore::save);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecentMessagesStore::scheduleSave);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RecentMessagesStore::scheduleSave);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RecentMessagesStore::scheduleSave);
}

RecentMessagesStore::~RecentMessagesStore()
{
    save();
    waitForWrites();
}

void RecentMessagesStore::load()
{
    if (m_path.isEmpty())
        return;
    QString error;
    if (!m_model->load(m_path, &error) && !error.isEmpty())
        qWarning("mailbell: %s", qPrintable(error));
}

void RecentMessagesStore::scheduleSave()
{
    m_changed = true;
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

void RecentMessagesStore::save()
{
    m_saveTimer.stop();
    // Quitting saves and so does the store when it goes: the second finds nothing to write.
    if (m_path.isEmpty() || !std::exchange(m_changed, false))
        return;
    // Serialising and syncing the file costs milliseconds: a snapshot (shared, not copied) goes
    // to the writer thread, which writes the snapshots in order.
    m_writer.start([messages = m_model->snapshot(), path = m_path] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QString error;
        if (!RecentMessagesModel::saveSnapshot(messages, path, &error))
            qWarning("mailbell: %s", qPrintable(error));
    });
}

void RecentMessagesStore::waitForWrites()
{
    m_writer.waitForDone();
}
