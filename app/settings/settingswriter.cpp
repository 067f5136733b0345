#include "settingswriter.h"

#include "atomicfile.h"
#include "filekindwords.h"
#include "inidocument.h"
#include "listvalue.h"
#include "localfile.h"
#include "settingsfile.h"
#include "settingskeys.h"

#include <QFile>
#include <QFileInfo>

#include <functional>

using namespace Qt::StringLiterals;
namespace Keys = SettingsKeys;

namespace {

const QStringList kDayNames {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};

SettingsField boolField(QLatin1StringView key, bool value, bool fallback)
{
    return {key, value ? u"true"_s : u"false"_s, value == fallback};
}

SettingsField numberField(QLatin1StringView key, int value, int fallback)
{
    return {key, QString::number(value), value == fallback};
}

SettingsField listField(QLatin1StringView key, const QStringList &items)
{
    return {key, ListValue::join(items), items.isEmpty()};
}

// Reads the file for an edit; a missing file is empty. Never replace what could not be read.
QString readForEdit(const QString &path, QByteArray *text)
{
    using ImapCore::LocalFile;
    const LocalFile::ReadResult read = LocalFile::read(path, SettingsFile::maxFileBytes);
    if (read.kind == LocalFile::Kind::Directory)
        return SettingsWriter::tr("Cannot save %1: it is a folder, not a file.").arg(path);
    if (read.kind == LocalFile::Kind::Missing)
        return {};
    if (!read.error.isEmpty())
        return SettingsWriter::tr("Cannot save %1: cannot read it first: %2").arg(path, read.error);
    if (read.kind != LocalFile::Kind::Regular)
        return SettingsWriter::tr("Cannot save: %1.")
            .arg(FileKindWords::notRegularFile(path, read.kind));
    if (read.tooLarge)
        return SettingsWriter::tr("Cannot save %1: it is larger than %2 bytes.")
            .arg(path)
            .arg(SettingsFile::maxFileBytes);
    *text = read.bytes;
    return {};
}

QString save(const QString &path, QLatin1StringView group,
             const std::function<QList<SettingsField>(const SettingsFile::Result &)> &fieldsOf,
             const QList<SettingsField> &next)
{
    QByteArray before;
    if (const QString error = readForEdit(path, &before); !error.isEmpty())
        return error;
    const SettingsFile::Result loaded = SettingsFile::parse(before, QFileInfo(path).fileName());
    QByteArray after;
    if (const QString error = SettingsWriter::edit(before, group, fieldsOf(loaded), next, &after);
        !error.isEmpty())
        return error;
    // Loading the result back must give what was asked.
    const SettingsFile::Result reloaded = SettingsFile::parse(after, QFileInfo(path).fileName());
    const QList<SettingsField> got = fieldsOf(reloaded);
    for (qsizetype i = 0; i < next.size() && i < got.size(); ++i) {
        if (next.at(i).value != got.at(i).value)
            return SettingsWriter::tr("[%1] %2 cannot be stored as \"%3\"; it would read back as "
                                      "\"%4\".")
                .arg(group, next.at(i).key, next.at(i).value, got.at(i).value);
    }
    if (after == before && (after.isEmpty() || QFileInfo::exists(path)))
        return {};
    return AtomicFile::write(path, after);
}

} // namespace

QList<SettingsField> SettingsWriter::notificationFields(const NotificationSettings &n)
{
    namespace K = Keys::Notifications;
    const NotificationSettings d;
    QStringList days;
    for (int day : n.quietHours.weekdays) {
        if (day >= 1 && day <= 7)
            days.append(kDayNames.at(day - 1));
    }
    QStringList muted;
    for (const MutedFolder &folder : n.mutedFolders)
        muted.append(folder.accountId + u'/' + folder.folder);
    QStringList vip; // compared case-insensitively, read back lower-case
    for (const QString &address : n.vipSenders)
        vip.append(address.toLower());
    const QString quietHours = n.quietHours.enabled
        ? n.quietHours.start.toString(u"HH:mm"_s) + u'-' + n.quietHours.end.toString(u"HH:mm"_s)
        : QString();
    return {
        boolField(K::enabled, n.enabled, d.enabled),
        boolField(K::sound, n.sound, d.sound),
        boolField(K::showPreview, n.showPreview, d.showPreview),
        boolField(K::deleteAction, n.deleteAction, d.deleteAction),
        numberField(K::burstThreshold, n.burstThreshold, d.burstThreshold),
        numberField(K::burstWindowSeconds, n.burstWindowMs / 1000, d.burstWindowMs / 1000),
        {K::quietHours, quietHours, quietHours.isEmpty()},
        listField(K::quietDays, days),
        boolField(K::quietHoursSilent, n.quietHours.showSilently, d.quietHours.showSilently),
        listField(K::vip, vip),
        listField(K::muted, muted),
    };
}

QList<SettingsField> SettingsWriter::generalFields(const QString &language)
{
    return {{Keys::General::language, language, language.isEmpty()}};
}

QString SettingsWriter::edit(const QByteArray &before, QLatin1StringView group,
                             const QList<SettingsField> &fieldsBefore,
                             const QList<SettingsField> &fieldsNext, QByteArray *after)
{
    for (const SettingsField &field : fieldsNext) {
        if (field.value.contains(u'\n') || field.value.contains(u'\r'))
            return tr("[%1] %2 must be one line.").arg(group, field.key);
    }
    IniDocument document(before);
    QList<int> blocks;
    for (int block = 1; block < document.blockCount(); ++block) {
        if (document.sectionName(block) == group)
            blocks.append(block);
    }
    if (blocks.isEmpty()) {
        const bool anyToWrite = std::any_of(fieldsNext.cbegin(), fieldsNext.cend(),
                                            [](const SettingsField &f) { return !f.isDefault; });
        if (!anyToWrite) {
            *after = before;
            return {};
        }
        blocks.append(document.appendSection(group));
    }
    applySettingsFields(document, blocks, fieldsBefore, fieldsNext);
    *after = document.toBytes();
    return {};
}

QString SettingsWriter::saveNotifications(const QString &path, const NotificationSettings &settings)
{
    return save(
        path, Keys::Notifications::group,
        [](const SettingsFile::Result &loaded) { return notificationFields(loaded.notifications); },
        notificationFields(settings));
}

QString SettingsWriter::saveLanguage(const QString &path, const QString &language)
{
    return save(
        path, Keys::General::group,
        [](const SettingsFile::Result &loaded) { return generalFields(loaded.language); },
        generalFields(language));
}
