#pragma once

#include "accountinfo.h"
#include "mailengine.h"
#include "messagesummary.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

#include <optional>

// The messages that arrived recently, newest arrival first, for the recent-messages window and
// the tray menu, and the unread mail that was already there when the app started (the engine's
// unseenBacklog), placed by date. Bounded (the oldest fall off), one row per MessageRef, kept
// live by flag changes and expunges, and kept across restarts as a JSON file.
class RecentMessagesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SenderRole = Qt::UserRole + 1, // QString, one line
        SubjectRole, // QString, "(no subject)" when empty
        PreviewRole, // QString, one line
        DateRole, // QDateTime
        UnreadRole, // bool
        FlaggedRole, // bool
        AccountIdRole, // QString
        AccountNameRole, // QString: the display name, else the id
        AccountColorRole, // QColor
        FolderRole, // QString
        MessageRefRole, // ImapCore::MessageRef
        SummaryRole, // ImapCore::MessageSummary
        FilterTextRole, // sender, addresses, subject and preview in one string, for filtering
    };
    Q_ENUM(Role)

    static constexpr int defaultLimit = 200;
    // A file above this is not ours (200 summaries are well under 1 MB): refuse it unread.
    static constexpr qint64 maxFileBytes = 16 * 1024 * 1024;

    explicit RecentMessagesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int limit() const { return m_limit; }
    // Drops the oldest rows when lowering it.
    void setLimit(int limit);
    // Names and colours for the account roles.
    void setAccounts(const QList<AccountInfo> &accounts);

    // New arrivals go on top (the last of the list topmost, as the engine sends ascending UIDs).
    // A message already listed is updated in place, not listed twice.
    void addMessages(const QList<ImapCore::MessageSummary> &messages);
    // Unread mail that was there before (not new): a message already listed is updated in
    // place; the others go where their date puts them among the rows (newer dates above), so
    // the backlog reads newest first below what arrived while the app ran.
    void addBacklog(const QList<ImapCore::MessageSummary> &messages);
    void applyFlags(const ImapCore::MessageRef &message, const ImapCore::MessageFlags &flags);
    void removeMessage(const ImapCore::MessageRef &message);
    void removeAccount(const QString &accountId);
    void clear();

    QList<ImapCore::MessageRef> unreadMessages() const;
    std::optional<ImapCore::MessageSummary> summary(const ImapCore::MessageRef &message) const;
    // -1 when not listed.
    int rowOf(const ImapCore::MessageRef &message) const;
    ImapCore::MessageRef refAt(int row) const;

    // Replaces the list with the file's. A missing file is an empty list, not an error. A file
    // that is not a list we wrote gives false, a message in errorMessage and an empty list.
    bool load(const QString &path, QString *errorMessage = nullptr);
    // Writes atomically (ImapCore::AtomicWrite): a crash mid-write leaves the previous file
    // intact.
    bool save(const QString &path, QString *errorMessage = nullptr) const
    {
        return saveSnapshot(m_messages, path, errorMessage);
    }
    // The list as it is now: an implicitly shared copy, cheap to take, safe to hand to another
    // thread. saveSnapshot() writes it in the format load() reads; it touches no model, so it
    // may run on any thread.
    QList<ImapCore::MessageSummary> snapshot() const { return m_messages; }
    static bool saveSnapshot(const QList<ImapCore::MessageSummary> &messages, const QString &path,
                             QString *errorMessage = nullptr);

private:
    QString accountName(const QString &accountId) const;
    void trimToLimit();

    QList<ImapCore::MessageSummary> m_messages; // row 0 is the newest arrival
    QHash<QString, AccountInfo> m_accounts;
    int m_limit = defaultLimit;
};
