#include "engine/foldersync.h"

#include "engine/mailboxstate.h"

#include <QMap>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace ImapCore {

namespace {

bool hasEnabled(const Connection &connection, QByteArrayView name)
{
    const auto &enabled = connection.enabledCapabilities();
    return std::any_of(enabled.cbegin(), enabled.cend(), [name](const QByteArray &c) {
        return c.compare(name, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

FolderSync::FolderSync(const FolderLink &link, MailboxState &mailbox, QString folder,
                       QObject *parent)
    : QObject(parent)
    , m_link(link)
    , m_mailbox(mailbox)
    , m_folder(std::move(folder))
{ }

void FolderSync::restore(const MailboxMirror &mirror)
{
    m_previous = {mirror.uidValidity, true, mirror.highestModSeq, mirror.uids, mirror.flags};
}

bool FolderSync::begin(bool watching, quint32 uidValidity, quint64 highestModSeq)
{
    m_vanished = {};
    m_changed.clear();
    if (resyncDue() && !watching) {
        m_mailbox.beginResync(); // the last resync never finished: same starting point
        return true;
    }
    if (m_mailbox.isSynchronized() && uidValidity != 0) {
        m_previous = {};
        m_previous.uidValidity = uidValidity;
        m_previous.highestModSeq = highestModSeq;
        MailboxState::KnownMessages known = m_mailbox.knownMessages();
        m_previous.uids = std::move(known.uids);
        m_previous.flags = std::move(known.flags);
        m_mailbox.beginResync();
        return true;
    }
    m_previous = {};
    return false;
}

SelectParameters FolderSync::prepareSelect()
{
    const Connection &connection = *m_link.connection();
    SelectParameters parameters;
    parameters.condStore = connection.hasCapability("CONDSTORE");
    if (resyncDue() && m_previous.restored
        && (m_previous.highestModSeq == 0 || !parameters.condStore)) {
        // Without CONDSTORE the resync is a full fetch anyway; as a first sync it needs no
        // snapshot and no diff.
        m_previous = {};
        m_mailbox.abandonResync();
    }
    const bool resync = resyncDue();
    if (resync && m_previous.highestModSeq > 0 && hasEnabled(connection, "QRESYNC")) {
        // RFC 7162 3.2.5: the server reports what changed and VANISHED (EARLIER).
        m_method = Method::QResync;
        parameters.qresync =
            QResyncParameters {m_previous.uidValidity, m_previous.highestModSeq, knownUids()};
    } else if (resync && m_previous.highestModSeq > 0 && parameters.condStore) {
        m_method = Method::CondStore;
    } else {
        m_method = resync ? Method::Full : Method::Initial;
    }
    return parameters;
}

bool FolderSync::absorb(const Response &response)
{
    if (!resyncDue())
        return false;
    if (const auto *vanished = std::get_if<VanishedResponse>(&response);
        vanished && vanished->earlier) {
        // RFC 7162 3.2.5.2: expunged while we were away; the snapshot diff reports them.
        m_vanished.unite(vanished->uids);
        return true;
    }
    if (const auto *fetch = std::get_if<FetchResponse>(&response);
        fetch && fetch->uid && m_method != Method::Full)
        m_changed.append(*fetch);
    return false;
}

// After the SELECT. RFC 7162 3.2.5.2: with QRESYNC the SELECT itself carried VANISHED (EARLIER)
// and the FETCHes of changed messages, unless UIDVALIDITY changed.
void FolderSync::run()
{
    if (m_method == Method::Initial) {
        fetchAll();
        return;
    }
    if (m_method == Method::Full) {
        resyncFull();
        return;
    }
    if (m_mailbox.uidValidity() != m_previous.uidValidity) {
        if (m_previous.restored)
            startOver(
                u"UIDVALIDITY is %1 now, the saved state was of %2"_s.arg(m_mailbox.uidValidity())
                    .arg(m_previous.uidValidity));
        else
            resyncFull();
        return;
    }
    if (m_mailbox.highestModSeq() == 0) {
        resyncFull(u"the server answered the SELECT without HIGHESTMODSEQ (NOMODSEQ)"_s);
        return;
    }
    if (m_mailbox.highestModSeq() < m_previous.highestModSeq) {
        // RFC 7162 3.1.2: HIGHESTMODSEQ never goes down while UIDVALIDITY stays.
        resyncFull(u"HIGHESTMODSEQ went back from %1 to %2"_s.arg(m_previous.highestModSeq)
                       .arg(m_mailbox.highestModSeq()));
        return;
    }
    if (m_method == Method::QResync) {
        resyncNew();
        return;
    }
    if (m_method == Method::CondStore && !m_previous.uids.isEmpty()) {
        resyncChanged();
        return;
    }
    resyncNew();
}

CommandResult FolderSync::fetchFlags(const QByteArray &uidRange) const
{
    return m_link.connection()->commandBuilder().command(
        {CommandArgument::atom("UID"), CommandArgument::atom("FETCH"),
         CommandArgument::raw(uidRange), CommandArgument::rawList({"UID", "FLAGS"})});
}

// Every message's UID and flags. The FETCH responses reach the MailboxState through the watcher
// either way; a resync also keeps what its snapshot needs of each (sequence number, UID, flags)
// as it arrives. The sink keeps the Connection from also copying each of them into the reply
// (100,000 of them for a large folder: issue 10.3).
void FolderSync::fetchAll()
{
    const bool initial = m_method == Method::Initial;
    auto snapshot = std::make_shared<QList<FetchResponse>>();
    const auto sink = [snapshot, initial](const Response &response) {
        const auto *fetch = std::get_if<FetchResponse>(&response);
        if (initial || !fetch || !fetch->uid)
            return;
        FetchResponse entry;
        entry.sequenceNumber = fetch->sequenceNumber;
        entry.uid = fetch->uid;
        entry.flags = fetch->flags;
        snapshot->append(std::move(entry));
    };
    m_link.send(
        fetchFlags("1:*"),
        [this, initial, snapshot](const Connection::Reply &reply) {
            if (reply.error.isError() && m_link.connectionGone())
                return; // the watcher's drop() or fail() follows from the connection's signal
            if (!reply.isOk()) {
                Q_EMIT failed(
                    FolderLink::refusal(reply, u"UID FETCH 1:* of %1 refused"_s.arg(m_folder)));
                return;
            }
            if (!initial) {
                finishResync(m_mailbox.applySnapshot(std::exchange(*snapshot, {})));
                return;
            }
            m_mailbox.markSynchronized();
            Q_EMIT finished();
        },
        sink);
}

// RFC 7162 3.1.4.1: only the known messages whose flags changed since then.
void FolderSync::resyncChanged()
{
    m_link.send(m_link.connection()->commandBuilder().uidFetch(
                    SequenceSet::fromRange(1, m_previous.uids.last()), {"UID", "FLAGS"},
                    m_previous.highestModSeq),
                [this](const Connection::Reply &reply) {
                    if (reply.error.isError())
                        return;
                    if (!reply.isOk()) {
                        resyncFull(u"the server refused UID FETCH CHANGEDSINCE"_s);
                        return;
                    }
                    resyncNew();
                });
}

// The messages above the highest UID known before; then the snapshot is complete unless
// something was expunged while away without a VANISHED telling which (CONDSTORE only): the
// count tells, and a full fetch settles it.
void FolderSync::resyncNew()
{
    const quint32 oldMax = m_previous.uids.isEmpty() ? 0 : m_previous.uids.last();
    m_link.send(fetchFlags(QByteArray::number(oldMax + 1) + ":*"),
                [this, oldMax](const Connection::Reply &reply) {
                    if (reply.error.isError())
                        return;
                    if (!reply.isOk()) {
                        resyncFull(u"the server refused the UID FETCH of new messages"_s);
                        return;
                    }
                    settle(oldMax, true);
                });
}

// The baseline without what vanished, with the changed flags and the new messages: the new
// state, unless the count says something is missing.
void FolderSync::settle(quint32 oldMax, bool mayAskWhatExists)
{
    // The changed messages (a UID may come twice: the last FETCH with FLAGS counts);
    // nullopt: a FETCH without FLAGS.
    QMap<quint32, std::optional<MessageFlags>> changed;
    for (const FetchResponse &fetch : std::as_const(m_changed)) {
        const quint32 uid = *fetch.uid;
        if (m_vanished.contains(uid))
            continue;
        if (fetch.flags)
            changed.insert(uid, MessageFlags::fromImap(*fetch.flags));
        else if (!changed.contains(uid))
            changed.insert(uid, std::nullopt);
    }
    // The messages known before that did not vanish, with their new flags where they
    // changed, then the new ones; a changed UID at or below the old highest that was not
    // known was expunged before (VANISHED may name it only as a range). In UID order,
    // 36 bytes a message: no FETCH response each (issue 12 section 2).
    QList<quint32> uids;
    QList<MessageFlags> flags;
    uids.reserve(m_previous.uids.size() + changed.size());
    flags.reserve(m_previous.uids.size() + changed.size());
    for (qsizetype i = 0; i < m_previous.uids.size(); ++i) {
        const quint32 uid = m_previous.uids[i];
        if (m_vanished.contains(uid))
            continue;
        const auto it = changed.constFind(uid);
        uids.append(uid);
        flags.append(it != changed.cend() && *it ? **it : m_previous.flags[i]);
    }
    for (auto it = changed.upperBound(oldMax); it != changed.cend(); ++it) {
        uids.append(it.key());
        flags.append(it->value_or(MessageFlags()));
    }
    if (quint32(uids.size()) != m_mailbox.exists()) {
        if (mayAskWhatExists && m_method == Method::CondStore && oldMax > 0
            && m_link.connection()->hasCapability("ESEARCH")) {
            askWhatExists(oldMax);
            return;
        }
        // CONDSTORE alone cannot name what was expunged; for QRESYNC a count
        // that does not add up is the server's or the saved state's mistake.
        const QString why =
            u"%1 messages known after the resync, the server has %2"_s.arg(uids.size())
                .arg(m_mailbox.exists());
        resyncFull(m_method == Method::QResync || m_previous.restored ? why : QString());
        return;
    }
    m_previous = {}; // before the new state is built: the peak holds one copy
    finishResync(m_mailbox.applySnapshot(uids, flags));
}

// RFC 7162 3.1.4.1: CONDSTORE alone does not say which messages were expunged; RFC 4731 ESEARCH
// names the UIDs that still exist as one compact set (a few bytes for a folder with few gaps),
// and the known ones not in it vanished.
void FolderSync::askWhatExists(quint32 oldMax)
{
    m_link.send(m_link.connection()->commandBuilder().uidSearch(
                    {CommandArgument::atom("UID"),
                     CommandArgument::raw(SequenceSet::fromRange(1, oldMax).toByteArray())},
                    {"ALL"}),
                [this, oldMax](const Connection::Reply &reply) {
                    if (reply.error.isError())
                        return;
                    if (!reply.isOk()) {
                        resyncFull(u"the server refused UID SEARCH RETURN (ALL)"_s);
                        return;
                    }
                    SequenceSet existing;
                    for (const Response &response : reply.untagged) {
                        if (const auto *found = std::get_if<ESearchResponse>(&response);
                            found && found->all)
                            existing.unite(*found->all);
                    }
                    QList<quint32> gone;
                    for (const quint32 uid : std::as_const(m_previous.uids)) {
                        if (!existing.contains(uid))
                            gone.append(uid);
                    }
                    m_vanished.unite(SequenceSet::fromNumbers(gone));
                    settle(oldMax, false);
                });
}

// The known UIDs for QRESYNC: exact when short, else every UID up to the highest known one
// (the same answer: the server reports which of them vanished), so that the SELECT stays far
// below a server's line limit (Dovecot: 64 KiB) on a folder with many gaps.
SequenceSet FolderSync::knownUids() const
{
    constexpr qsizetype maxBytes = 4096;
    SequenceSet exact = SequenceSet::fromNumbers(m_previous.uids);
    if (m_previous.uids.isEmpty() || exact.toByteArray().size() <= maxBytes)
        return exact;
    return SequenceSet::fromRange(1, m_previous.uids.constLast());
}

void FolderSync::resyncFull(const QString &why)
{
    if (m_previous.restored) {
        startOver(why.isEmpty() ? u"the resync did not add up"_s : why);
        return;
    }
    if (!why.isEmpty())
        qWarning("%s: %s; fetching every message's flags again", qPrintable(m_folder),
                 qPrintable(why));
    m_method = Method::Full;
    m_changed.clear();
    fetchAll();
}

void FolderSync::startOver(const QString &why)
{
    qWarning("%s: the saved mailbox state cannot be used (%s); full initial sync",
             qPrintable(m_folder), qPrintable(why));
    m_previous = {};
    m_vanished = {};
    m_changed.clear();
    m_mailbox.abandonResync();
    m_method = Method::Initial;
    fetchAll();
}

void FolderSync::finishResync(const MailboxState::SnapshotDiff &diff)
{
    for (const auto &error : diff.errors)
        qWarning("%s: %s", qPrintable(m_folder), qPrintable(error.reason));
    m_previous = {};
    m_vanished = {};
    m_changed.clear();
    Q_EMIT finished();
}

} // namespace ImapCore
