#include "engine/mirrorstore.h"

#include "atomicwrite.h"
#include "localfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ImapCore {

namespace {

const QString suffix = u".mirror"_s;

// Account ids and folder names may hold any character (a '/' above all): the file is named by a
// hash, and the names inside the file say whose it is.
QString fileName(const QString &account, const QString &folder)
{
    const QByteArray key = account.toUtf8() + '\0' + folder.toUtf8();
    return QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32))
        + suffix;
}

} // namespace

MirrorStore::MirrorStore(QString folderPath)
    : m_folder(std::move(folderPath))
{ }

QString MirrorStore::folderBeside(const QString &seenStorePath)
{
    if (seenStorePath.isEmpty() || LocalFile::isNullDevice(seenStorePath))
        return {};
    const QFileInfo seen(seenStorePath);
    return seen.dir().filePath(seen.completeBaseName() + u"-mailboxes"_s);
}

QString MirrorStore::pathFor(const QString &account, const QString &folder) const
{
    return QDir(m_folder).filePath(fileName(account, folder));
}

MirrorStore::Loaded MirrorStore::load(const QString &account, const QString &folder) const
{
    Loaded loaded;
    if (remembersNothing())
        return loaded;
    const QString path = pathFor(account, folder);
    const LocalFile::ReadResult read = LocalFile::read(path, maxFileBytes);
    if (read.kind == LocalFile::Kind::Missing)
        return loaded;
    const auto problem = [&](const QString &why) {
        loaded.problem = u"mailbox mirror %1 of %2 / %3: %4"_s.arg(path, account, folder, why);
        return loaded;
    };
    if (read.kind != LocalFile::Kind::Regular && read.kind != LocalFile::Kind::Unknown)
        return problem(u"it is %1, not a regular file; it was left as it is"_s.arg(
            LocalFile::kindPhrase(read.kind)));
    if (!read.error.isEmpty())
        return problem(u"cannot be read (%1)"_s.arg(read.error));
    if (read.tooLarge)
        return problem(u"is larger than %1 bytes"_s.arg(maxFileBytes));
    QString reason;
    std::optional<MailboxMirror> mirror = MailboxMirror::decode(read.bytes, &reason);
    if (!mirror)
        return problem(reason);
    if (mirror->account != account || mirror->folder != folder)
        return problem(u"it belongs to %1 / %2"_s.arg(mirror->account, mirror->folder));
    loaded.mirror = std::move(mirror);
    return loaded;
}

std::optional<QString> MirrorStore::save(const MailboxMirror &mirror) const
{
    if (remembersNothing())
        return std::nullopt;
    const QString path = pathFor(mirror.account, mirror.folder);
    AtomicWrite::Options options;
    options.folder = AtomicWrite::Folder::Private;
    options.link = AtomicWrite::Link::Replace;
    options.modeRequired = false;
    const AtomicWrite::Result written = AtomicWrite::write(path, mirror.encode(), options);
    if (written.replaced())
        return std::nullopt;
    if (written.failure == AtomicWrite::Failure::NotRegularFile)
        return u"mailbox mirror %1 is %2, not a regular file; it was not replaced"_s.arg(
            path, LocalFile::kindPhrase(written.kind));
    return u"mailbox mirror %1: saving failed (%2); the next restart of %3 / %4 syncs more"_s.arg(
        path, written.systemMessage(), mirror.account, mirror.folder);
}

QStringList MirrorStore::keepOnly(const QList<std::pair<QString, QString>> &keep) const
{
    QStringList warnings;
    if (remembersNothing())
        return warnings;
    QSet<QString> kept;
    for (const auto &[account, folder] : keep)
        kept.insert(fileName(account, folder));
    const QDir dir(m_folder);
    const QStringList names = dir.entryList({u"*"_s + suffix}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        if (kept.contains(name) || LocalFile::linkKindOf(path) != LocalFile::Kind::Regular)
            continue;
        const AtomicWrite::Result removed = AtomicWrite::remove(path);
        if (!removed.ok() && removed.failure != AtomicWrite::Failure::SyncFolder)
            warnings.append(u"mailbox mirror %1 of a folder no longer watched could not be "
                            u"removed (%2)"_s.arg(path, removed.systemMessage()));
    }
    return warnings;
}

} // namespace ImapCore
