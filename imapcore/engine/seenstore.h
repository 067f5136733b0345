#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ImapCore {

// What has been announced, per (account id, folder, UIDVALIDITY): the highest UID announced (the
// watermark) and the HIGHESTMODSEQ last synchronized. The single owner of "was this message
// already announced"; a message is new when its UID is above the watermark of the folder's
// current UIDVALIDITY. One record per (account, folder): a new UIDVALIDITY replaces the old one.
//
// Saved as versioned JSON with AtomicWrite (complete old file or complete new file, never a torn
// one) to a path the caller chooses; the caller debounces save(). A corrupt file is renamed aside
// as "<file>.corrupt-<timestamp>" and reported; its valid records are kept, so a damaged file
// never makes old mail look new. Only a regular file is read, moved aside or replaced: a path
// that names anything else (a FIFO, a device, a folder) is reported and left alone, except the
// null device, which means "remember nothing" (see remembersNothing()). Plain class, Qt Core
// only; not thread-safe.
class SeenStore
{
public:
    static constexpr int formatVersion = 1;
    // Most UIDs a record keeps above its watermark; beyond, the watermark is moved up to the
    // oldest of them (giving up on what is still unconfirmed below it, with a warning).
    static constexpr qsizetype maxHandledAbove = 4096;

    struct Record
    {
        quint32 uidValidity = 0;
        quint32 watermark = 0; // highest UID announced (or deliberately skipped)
        quint64 highestModSeq = 0; // 0: unknown / no CONDSTORE
        // UIDs above the watermark already announced (or deliberately skipped) while a lower
        // one is still unconfirmed: ascending, at most maxHandledAbove. The watermark moves
        // only over a contiguous confirmed range, so these keep a later message from being
        // announced twice, across restarts too.
        QList<quint32> handledAbove;
        friend bool operator==(const Record &, const Record &) = default;
    };

    // How begin() found the folder.
    enum class Start {
        FirstRun, // no record: the watermark was set to UIDNEXT - 1, announce nothing existing
        UidValidityChanged, // the mailbox was recreated: fresh record at UIDNEXT - 1, no flood
        Continue, // same UIDVALIDITY: announce UIDs above watermark()
    };

    struct LoadResult
    {
        QStringList warnings; // each names the file and the problem; empty when all was well
        QString movedAsidePath; // where a damaged file was moved; empty if it was not
        int recordsLoaded = 0;
    };

    SeenStore() = default;
    explicit SeenStore(QString path);

    const QString &path() const { return m_path; }
    void setPath(const QString &path) { m_path = path; }

    // Reads path(); a missing file is a first run, not an error. Replaces what is in memory.
    LoadResult load();
    // True after load() found that path() is the null device (`--state /dev/null`): the store
    // works in memory only, starts empty (a first run: existing mail is not announced) and
    // save() writes nothing.
    bool remembersNothing() const { return m_remembersNothing; }
    // Writes path() atomically when anything changed since the last save (or always, with
    // force). Returns a message naming the file and the reason on failure; the old file is
    // left untouched then and the store stays dirty.
    std::optional<QString> save(bool force = false);
    bool isDirty() const { return m_dirty; }

    // The record for (account, folder) if it exists for this UIDVALIDITY.
    std::optional<Record> record(const QString &account, const QString &folder,
                                 quint32 uidValidity) const;
    // nullopt means no record for this UIDVALIDITY: first run (or stale), announce nothing yet.
    std::optional<quint32> watermark(const QString &account, const QString &folder,
                                     quint32 uidValidity) const;
    std::optional<quint64> highestModSeq(const QString &account, const QString &folder,
                                         quint32 uidValidity) const;

    // Called once the SELECT told UIDVALIDITY and UIDNEXT: creates or resets the record as
    // the Start value says. uidNext 0 (unknown) counts as 1.
    Start begin(const QString &account, const QString &folder, quint32 uidValidity,
                quint32 uidNext);
    // Creates the record of a first run at the highest UID that exists now, if there is none
    // for this UIDVALIDITY. Returns true if it created one.
    bool initialize(const QString &account, const QString &folder, quint32 uidValidity,
                    quint32 highestExistingUid);
    // Moves the watermark up to uid; never down. False (and nothing changes) if there is no
    // record for this UIDVALIDITY or uid is not above the watermark. handledAbove entries at
    // or below uid are dropped.
    bool advance(const QString &account, const QString &folder, quint32 uidValidity, quint32 uid);
    // Whether uid was announced or skipped: at or below the watermark, or in handledAbove.
    // False without a record for this UIDVALIDITY.
    bool isHandled(const QString &account, const QString &folder, quint32 uidValidity,
                   quint32 uid) const;
    // Records uids (any order) as announced or skipped without moving the watermark. Returns a
    // warning when the record was full and the watermark had to move (nullopt otherwise).
    std::optional<QString> markHandled(const QString &account, const QString &folder,
                                       quint32 uidValidity, const QList<quint32> &uids);
    bool setHighestModSeq(const QString &account, const QString &folder, quint32 uidValidity,
                          quint64 modSeq);
    // Forgets a folder (it was removed from the account) or a whole account (folder empty).
    void remove(const QString &account, const QString &folder = {});

    int size() const { return int(m_records.size()); }

private:
    using Key = std::pair<QString, QString>;
    QHash<Key, Record> m_records;
    QString m_path;
    bool m_dirty = false;
    bool m_remembersNothing = false;
};

} // namespace ImapCore
