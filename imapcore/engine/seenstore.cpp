#include "engine/seenstore.h"

#include "atomicwrite.h"
#include "localfile.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ImapCore {

namespace {

const QString formatName = u"mailbell-seen"_s;
// Far above any real store; a bigger file is not ours.
constexpr qint64 maxFileSize = 64 * 1024 * 1024;

// A JSON number that is an integer in [min, max], as IMAP numbers are.
std::optional<quint32> readUint32(const QJsonObject &object, const QString &key, quint32 min)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < min || d > 4294967295.0)
        return std::nullopt;
    return quint32(d);
}

// HIGHESTMODSEQ is up to 2^63-1 (RFC 7162 7), beyond a double's exact range: kept as a string.
std::optional<quint64> readModSeq(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return 0;
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    if (text.isEmpty() || text.size() > 19 || !std::all_of(text.cbegin(), text.cend(), [](QChar c) {
            return c.isDigit() && c.unicode() < 128;
        }))
        return std::nullopt;
    bool ok = false;
    const quint64 n = text.toULongLong(&ok);
    if (!ok || n > 0x7FFFFFFFFFFFFFFFull)
        return std::nullopt;
    return n;
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return u"missing"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return u"\"%1\""_s.arg(value.toString().left(40));
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    }
    return {};
}

QString asideName(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QString candidate = u"%1.corrupt-%2"_s.arg(path, stamp);
    for (int i = 1; QFileInfo::exists(candidate); ++i)
        candidate = u"%1.corrupt-%2-%3"_s.arg(path, stamp).arg(i);
    return candidate;
}

// Moves a damaged store aside, or copies it, and says which in the words of a warning. Only a
// regular file itself (not a symbolic link) is renamed: that is what save() creates, so it is
// ours to move. A symbolic link is the user's: renaming it would break their set-up, and renaming
// its target would move a file that may live anywhere, so its content is copied aside instead and
// link and target stay where they are. Anything else (a device, a FIFO, a socket, a folder) is
// never moved, not even by root: rename(2) does not care what it renames, and `--state /dev/null`
// run as root once moved the system's /dev/null away.
QString setAside(const QString &path, QString *asidePath)
{
    const LocalFile::Kind itself = LocalFile::linkKindOf(path);
    if (itself == LocalFile::Kind::SymbolicLink
        && LocalFile::kindOf(path) == LocalFile::Kind::Regular) {
        const QString aside = asideName(path);
        if (!QFile::copy(path, aside))
            return u"; it could not be copied aside"_s;
        *asidePath = aside;
        return u"; it is a symbolic link, left in place; its content was copied to %1"_s.arg(aside);
    }
    if (itself != LocalFile::Kind::Regular)
        return u"; it is %1, not a regular file, and was left as it is"_s.arg(
            LocalFile::kindPhrase(itself));
    const QString aside = asideName(path);
    // The check above and rename() are two steps; the state folder is the user's own, so only
    // the user could swap the file in between, and only for something they may rename anyway.
    if (!QFile::rename(path, aside))
        return u"; it could not be moved aside"_s;
    *asidePath = aside;
    return u"; the file was moved to %1"_s.arg(aside);
}

// Why save() failed, in the words of a warning; the file on disk is the previous one.
QString saveError(const QString &path, const AtomicWrite::Result &result)
{
    const QString reason = result.systemMessage();
    switch (result.failure) {
    case AtomicWrite::Failure::CreateFolder:
        return u"seen-state file %1: cannot create the folder %2"_s.arg(path, result.folder);
    case AtomicWrite::Failure::NotRegularFile:
        return u"seen-state file %1 is %2, not a regular file; it was not replaced"_s.arg(
            path, LocalFile::kindPhrase(result.kind));
    case AtomicWrite::Failure::CreateTemp:
        return u"seen-state file %1: cannot be written (%2)"_s.arg(path, reason);
    case AtomicWrite::Failure::Rename:
        return u"seen-state file %1: saving failed (%2); the previous file is unchanged"_s.arg(
            path, reason);
    default:
        return u"seen-state file %1: write failed (%2); the previous file is unchanged"_s.arg(
            path, reason);
    }
}

} // namespace

SeenStore::SeenStore(QString path)
    : m_path(std::move(path))
{ }

SeenStore::LoadResult SeenStore::load()
{
    LoadResult result;
    m_records.clear();
    m_dirty = false;
    m_remembersNothing = false;

    // `--state /dev/null`: remember nothing. Every start is a first run (existing mail is not
    // announced), new mail is announced once while running, and nothing is read or written.
    if (LocalFile::isNullDevice(m_path)) {
        m_remembersNothing = true;
        return result;
    }
    const LocalFile::ReadResult read = LocalFile::read(m_path, maxFileSize);
    if (read.kind == LocalFile::Kind::Missing)
        return result;
    if (read.kind == LocalFile::Kind::Unknown) {
        result.warnings.append(
            u"seen-state file %1 cannot be examined (%2); starting empty "
            u"(nothing already there will be announced)"_s.arg(m_path, read.error));
        return result;
    }
    if (read.kind != LocalFile::Kind::Regular) {
        // Never opened (a FIFO would block), never moved; save() refuses to replace it too.
        result.warnings.append(
            u"seen-state file %1 is %2, not a regular file; starting empty (nothing already there "
            u"will be announced); it was left as it is and nothing is saved to it"_s.arg(
                m_path, LocalFile::kindPhrase(read.kind)));
        return result;
    }
    const auto whole = [&](const QString &problem) {
        result.warnings.append(u"seen-state file %1: %2; starting empty (nothing already there "
                               u"will be announced)"_s.arg(m_path, problem));
        QString aside;
        result.warnings.last().append(setAside(m_path, &aside));
        result.movedAsidePath = aside;
        m_records.clear();
        m_dirty = true;
        result.recordsLoaded = 0;
        return result;
    };

    if (!read.error.isEmpty())
        return whole(u"cannot be read (%1)"_s.arg(read.error));
    if (read.tooLarge)
        return whole(u"is more than the %1 bytes a seen-state file can be"_s.arg(maxFileSize));
    const QByteArray &bytes = read.bytes;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return whole(u"is not valid JSON at byte %1 (%2)"_s.arg(parseError.offset)
                         .arg(parseError.errorString()));
    if (!document.isObject())
        return whole(u"does not hold a JSON object"_s);
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != formatName)
        return whole(
            u"format is %1, expected \"%2\""_s.arg(describe(root.value(u"format"_s)), formatName));
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != formatVersion)
        return whole(u"version is %1; this Mailbell reads version %2"_s.arg(describe(version))
                         .arg(formatVersion));
    const QJsonValue records = root.value(u"records"_s);
    if (!records.isArray())
        return whole(u"\"records\" is %1, expected an array"_s.arg(describe(records)));

    const QJsonArray array = records.toArray();
    QStringList problems;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto bad = [&](const QString &why) {
            problems.append(u"record %1: %2"_s.arg(i).arg(why));
        };
        if (!array[i].isObject()) {
            bad(u"is %1, expected an object"_s.arg(describe(array[i])));
            continue;
        }
        const QJsonObject object = array[i].toObject();
        const QString account = object.value(u"account"_s).toString();
        const QString folder = object.value(u"folder"_s).toString();
        if (account.isEmpty() || folder.isEmpty()) {
            bad(u"account or folder is missing or empty"_s);
            continue;
        }
        const auto uidValidity = readUint32(object, u"uidValidity"_s, 1);
        if (!uidValidity) {
            bad(u"uidValidity is %1, expected an integer 1..4294967295"_s.arg(
                describe(object.value(u"uidValidity"_s))));
            continue;
        }
        const auto watermark = readUint32(object, u"watermark"_s, 0);
        if (!watermark) {
            bad(u"watermark is %1, expected an integer 0..4294967295"_s.arg(
                describe(object.value(u"watermark"_s))));
            continue;
        }
        const auto modSeq = readModSeq(object, u"highestModSeq"_s);
        if (!modSeq) {
            bad(u"highestModSeq is %1, expected a decimal string"_s.arg(
                describe(object.value(u"highestModSeq"_s))));
            continue;
        }
        QList<quint32> handledAbove;
        if (const QJsonValue list = object.value(u"handledAbove"_s); !list.isUndefined()) {
            const QJsonArray uids = list.toArray();
            bool valid = list.isArray() && uids.size() <= maxHandledAbove;
            for (qsizetype j = 0; valid && j < uids.size(); ++j) {
                const double d = uids[j].toDouble(-1);
                valid = uids[j].isDouble() && d == std::floor(d) && d > *watermark
                    && d <= 4294967295.0
                    && (handledAbove.isEmpty() || quint32(d) > handledAbove.constLast());
                if (valid)
                    handledAbove.append(quint32(d));
            }
            if (!valid) {
                bad(u"handledAbove is %1, expected at most %2 ascending UIDs above the "
                    u"watermark"_s.arg(describe(list))
                        .arg(maxHandledAbove));
                continue;
            }
        }
        const Key key {account, folder};
        if (m_records.contains(key)) {
            bad(u"a second record for account \"%1\" folder \"%2\"; the first is kept"_s.arg(
                account, folder));
            continue;
        }
        m_records.insert(key, Record {*uidValidity, *watermark, *modSeq, handledAbove});
    }
    result.recordsLoaded = int(m_records.size());
    if (!problems.isEmpty()) {
        const QString aside = asideName(m_path);
        const bool copied =
            LocalFile::kindOf(m_path) == LocalFile::Kind::Regular && QFile::copy(m_path, aside);
        if (copied)
            result.movedAsidePath = aside;
        for (const QString &problem : problems) {
            result.warnings.append(
                u"seen-state file %1: %2; skipped (that folder starts as a first "
                u"run)%3"_s.arg(m_path, problem,
                                copied ? u"; the file was copied to %1"_s.arg(aside) : QString()));
        }
        m_dirty = true;
    }
    return result;
}

std::optional<QString> SeenStore::save(bool force)
{
    if (!m_dirty && !force)
        return std::nullopt;
    if (m_remembersNothing) {
        m_dirty = false;
        return std::nullopt;
    }
    if (m_path.isEmpty())
        return u"seen-state file: no path set"_s;
    QList<Key> keys = m_records.keys();
    std::sort(keys.begin(), keys.end());
    QJsonArray records;
    for (const Key &key : keys) {
        const Record &r = m_records[key];
        QJsonObject object;
        object.insert(u"account"_s, key.first);
        object.insert(u"folder"_s, key.second);
        object.insert(u"uidValidity"_s, qint64(r.uidValidity));
        object.insert(u"watermark"_s, qint64(r.watermark));
        object.insert(u"highestModSeq"_s, QString::number(r.highestModSeq));
        if (!r.handledAbove.isEmpty()) {
            QJsonArray uids;
            for (const quint32 uid : r.handledAbove)
                uids.append(qint64(uid));
            object.insert(u"handledAbove"_s, uids);
        }
        records.append(object);
    }
    QJsonObject root;
    root.insert(u"format"_s, formatName);
    root.insert(u"version"_s, formatVersion);
    root.insert(u"records"_s, records);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);

    // Atomic, and only over a regular file (a FIFO or a device is never replaced). A symbolic
    // link stays and its target is written; the folder keeps its mode; owner only from the first
    // byte (the file names accounts and folders), where the file system has permissions.
    AtomicWrite::Options options;
    options.folder = AtomicWrite::Folder::Default;
    options.link = AtomicWrite::Link::WriteTarget;
    options.modeRequired = false;
    const AtomicWrite::Result written = AtomicWrite::write(m_path, bytes, options);
    if (!written.replaced())
        return saveError(m_path, written);
    m_dirty = false;
    return std::nullopt;
}

std::optional<SeenStore::Record> SeenStore::record(const QString &account, const QString &folder,
                                                   quint32 uidValidity) const
{
    const auto it = m_records.constFind(Key {account, folder});
    if (it == m_records.cend() || it->uidValidity != uidValidity)
        return std::nullopt;
    return *it;
}

std::optional<quint32> SeenStore::watermark(const QString &account, const QString &folder,
                                            quint32 uidValidity) const
{
    const auto r = record(account, folder, uidValidity);
    return r ? std::optional<quint32>(r->watermark) : std::nullopt;
}

std::optional<quint64> SeenStore::highestModSeq(const QString &account, const QString &folder,
                                                quint32 uidValidity) const
{
    const auto r = record(account, folder, uidValidity);
    return r ? std::optional<quint64>(r->highestModSeq) : std::nullopt;
}

SeenStore::Start SeenStore::begin(const QString &account, const QString &folder,
                                  quint32 uidValidity, quint32 uidNext)
{
    const Key key {account, folder};
    const auto it = m_records.constFind(key);
    if (it != m_records.cend() && it->uidValidity == uidValidity)
        return Start::Continue;
    const Start start = it == m_records.cend() ? Start::FirstRun : Start::UidValidityChanged;
    m_records.insert(key, Record {uidValidity, uidNext > 0 ? uidNext - 1 : 0, 0, {}});
    m_dirty = true;
    return start;
}

bool SeenStore::initialize(const QString &account, const QString &folder, quint32 uidValidity,
                           quint32 highestExistingUid)
{
    if (record(account, folder, uidValidity))
        return false;
    m_records.insert(Key {account, folder}, Record {uidValidity, highestExistingUid, 0, {}});
    m_dirty = true;
    return true;
}

bool SeenStore::advance(const QString &account, const QString &folder, quint32 uidValidity,
                        quint32 uid)
{
    const auto it = m_records.find(Key {account, folder});
    if (it == m_records.end() || it->uidValidity != uidValidity || uid <= it->watermark)
        return false;
    it->watermark = uid;
    it->handledAbove.removeIf([uid](quint32 handled) { return handled <= uid; });
    m_dirty = true;
    return true;
}

bool SeenStore::isHandled(const QString &account, const QString &folder, quint32 uidValidity,
                          quint32 uid) const
{
    const auto it = m_records.constFind(Key {account, folder});
    if (it == m_records.cend() || it->uidValidity != uidValidity)
        return false;
    return uid <= it->watermark
        || std::binary_search(it->handledAbove.cbegin(), it->handledAbove.cend(), uid);
}

std::optional<QString> SeenStore::markHandled(const QString &account, const QString &folder,
                                              quint32 uidValidity, const QList<quint32> &uids)
{
    const auto it = m_records.find(Key {account, folder});
    if (it == m_records.end() || it->uidValidity != uidValidity)
        return std::nullopt;
    QList<quint32> &handled = it->handledAbove;
    for (const quint32 uid : uids) {
        if (uid <= it->watermark)
            continue;
        const auto at = std::lower_bound(handled.begin(), handled.end(), uid);
        if (at == handled.end() || *at != uid) {
            handled.insert(at, uid);
            m_dirty = true;
        }
    }
    if (handled.size() <= maxHandledAbove)
        return std::nullopt;
    const quint32 floor = handled.at(handled.size() - maxHandledAbove - 1);
    const quint32 old = it->watermark;
    advance(account, folder, uidValidity, floor);
    return u"%1 / %2: more than %3 messages announced above an unconfirmed one; the watermark "
           u"moved from %4 to %5, so messages in between that never came back are given up"_s
               .arg(account, folder)
               .arg(maxHandledAbove)
               .arg(old)
               .arg(floor);
}

bool SeenStore::setHighestModSeq(const QString &account, const QString &folder, quint32 uidValidity,
                                 quint64 modSeq)
{
    const auto it = m_records.find(Key {account, folder});
    if (it == m_records.end() || it->uidValidity != uidValidity || it->highestModSeq == modSeq)
        return false;
    it->highestModSeq = modSeq;
    m_dirty = true;
    return true;
}

void SeenStore::remove(const QString &account, const QString &folder)
{
    const auto removed = m_records.removeIf([&](const auto &entry) {
        return entry.key().first == account && (folder.isEmpty() || entry.key().second == folder);
    });
    if (removed > 0)
        m_dirty = true;
}

} // namespace ImapCore
