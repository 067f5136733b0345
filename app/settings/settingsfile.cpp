#include "settingsfile.h"

#include "filekindwords.h"
#include "inidocument.h"
#include "listvalue.h"
#include "localfile.h"
#include "settingskeys.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStandardPaths>

#include <optional>

using namespace Qt::StringLiterals;
namespace Keys = SettingsKeys;

namespace {

const QStringList kDayNames {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};

struct Entry
{
    QString value;
    int line = 0;
};

// The values of one group, the last line of a key winning.
using Group = QHash<QString, Entry>;

class Reader
{
public:
    Reader(const Group &group, QLatin1StringView groupName, const QString &fileName,
           SettingsFile::Result &result)
        : m_group(group)
        , m_groupName(groupName)
        , m_fileName(fileName)
        , m_result(result)
    { }

    QString text(QLatin1StringView key) const { return m_group.value(key).value; }
    QStringList list(QLatin1StringView key) const
    {
        QStringList items;
        for (const QString &item : ListValue::split(text(key))) {
            if (!item.isEmpty())
                items.append(item);
        }
        return items;
    }
    bool has(QLatin1StringView key) const { return m_group.contains(key); }

    void readBool(QLatin1StringView key, bool &target)
    {
        if (!has(key))
            return;
        const QString t = text(key).toLower();
        if (t == "true"_L1 || t == "yes"_L1 || t == "on"_L1 || t == "1"_L1)
            target = true;
        else if (t == "false"_L1 || t == "no"_L1 || t == "off"_L1 || t == "0"_L1)
            target = false;
        else
            problem(key, SettingsFile::tr("must be true or false"));
    }
    void readNumber(QLatin1StringView key, int low, int high, int scale, int &target)
    {
        if (!has(key))
            return;
        bool ok = false;
        const int value = text(key).toInt(&ok);
        if (ok && value >= low && value <= high)
            target = value * scale;
        else
            problem(key, SettingsFile::tr("must be a number from %1 to %2").arg(low).arg(high));
    }
    void problem(QLatin1StringView key, const QString &allowed)
    {
        m_result.errors.append(SettingsFile::tr("%1:%2: [%3] %4 = \"%5\": %6; the default is used")
                                   .arg(m_fileName)
                                   .arg(m_group.value(key).line)
                                   .arg(m_groupName, key, text(key), allowed));
    }

private:
    const Group &m_group;
    QLatin1StringView m_groupName;
    QString m_fileName;
    SettingsFile::Result &m_result;
};

void readNotifications(Reader &reader, NotificationSettings &n)
{
    namespace K = Keys::Notifications;
    reader.readBool(K::enabled, n.enabled);
    reader.readBool(K::sound, n.sound);
    reader.readBool(K::showPreview, n.showPreview);
    reader.readBool(K::deleteAction, n.deleteAction);
    reader.readNumber(K::burstThreshold, 1, 100, 1, n.burstThreshold);
    reader.readNumber(K::burstWindowSeconds, 1, 60, 1000, n.burstWindowMs);
    reader.readBool(K::quietHoursSilent, n.quietHours.showSilently);

    if (reader.has(K::quietHours) && !reader.text(K::quietHours).isEmpty()) {
        static const QRegularExpression range(u"^(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})$"_s);
        const QRegularExpressionMatch match = range.match(reader.text(K::quietHours));
        const QTime start = QTime::fromString(match.captured(1), u"H:mm"_s);
        const QTime end = QTime::fromString(match.captured(2), u"H:mm"_s);
        if (match.hasMatch() && start.isValid() && end.isValid()) {
            n.quietHours.enabled = true;
            n.quietHours.start = start;
            n.quietHours.end = end;
        } else {
            reader.problem(K::quietHours,
                           SettingsFile::tr("must be a time range such as 22:00-07:00"));
        }
    }
    if (reader.has(K::quietDays)) {
        QList<int> days;
        bool ok = true;
        for (const QString &day : reader.list(K::quietDays)) {
            const qsizetype index = kDayNames.indexOf(day.left(3).toLower());
            if (index < 0) {
                ok = false;
                break;
            }
            if (!days.contains(int(index) + 1))
                days.append(int(index) + 1);
        }
        if (ok)
            n.quietHours.weekdays = days;
        else
            reader.problem(K::quietDays,
                           SettingsFile::tr("must be days such as mon, tue, wed, thu, fri"));
    }
    if (reader.has(K::vip)) {
        for (const QString &address : reader.list(K::vip)) {
            if (address.contains(u'@'))
                n.vipSenders.append(address.toLower());
            else
                reader.problem(K::vip,
                               SettingsFile::tr("must be email addresses separated by commas"));
        }
    }
    if (reader.has(K::muted)) {
        // account-id/folder: the first slash splits (account ids have none; folders may).
        for (const QString &item : reader.list(K::muted)) {
            const qsizetype slash = item.indexOf(u'/');
            if (slash > 0 && slash < item.size() - 1)
                n.mutedFolders.append({item.left(slash), item.mid(slash + 1)});
            else
                reader.problem(
                    K::muted,
                    SettingsFile::tr("must be account/folder pairs such as work/Lists/Qt"));
        }
    }
}

void readGeneral(Reader &reader, QString &language)
{
    namespace K = Keys::General;
    if (!reader.has(K::language))
        return;
    // A locale name: language, then optional territory or script parts ("de", "pt_BR").
    static const QRegularExpression name(u"^[a-zA-Z]{2,3}([_-][a-zA-Z0-9]{2,8})*$"_s);
    const QString value = reader.text(K::language);
    if (value.isEmpty() || name.match(value).hasMatch())
        language = value;
    else
        reader.problem(K::language,
                       SettingsFile::tr("must be a language code such as de or pt_BR, or empty "
                                        "for the system's language"));
}

} // namespace

QString SettingsFile::defaultPath()
{
    // Beside the accounts file, found the same way.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/mailbell/settings.conf"_s;
}

SettingsFile::Result SettingsFile::load(const QString &path)
{
    Result result;
    using ImapCore::LocalFile;
    const QFileInfo info(path);
    // Only a regular file is read: a FIFO would block the tray app's start for good.
    const LocalFile::ReadResult read = LocalFile::read(path, maxFileBytes);
    if (read.kind == LocalFile::Kind::Missing)
        return result;
    if (read.kind == LocalFile::Kind::Directory) {
        result.errors.append(
            tr("%1 is a folder, not a settings file; all settings keep their defaults").arg(path));
        return result;
    }
    if (!read.error.isEmpty()) {
        result.errors.append(tr("%1: cannot read the settings file: %2; all settings keep "
                                "their defaults")
                                 .arg(path, read.error));
        return result;
    }
    if (read.kind != LocalFile::Kind::Regular) {
        //: %1 says what the path is instead, e.g. "/x is a folder, not a regular file"
        result.errors.append(tr("%1; all settings keep their defaults")
                                 .arg(FileKindWords::notRegularFile(path, read.kind)));
        return result;
    }
    if (read.tooLarge) {
        result.errors.append(tr("%1: the settings file is larger than %2 bytes; is it the right "
                                "file? All settings keep their defaults")
                                 .arg(path)
                                 .arg(maxFileBytes));
        return result;
    }
    return parse(read.bytes, info.fileName());
}

SettingsFile::Result SettingsFile::parse(const QByteArray &text, const QString &fileName)
{
    Result result;
    QHash<QString, Group> groups;
    std::optional<QString> group; // none before the first header; empty after a broken one
    for (const IniLine &line : IniDocument(text).lines()) {
        const QString where = u"%1:%2"_s.arg(fileName).arg(line.number);
        switch (line.kind) {
        case IniLine::Kind::Blank:
        case IniLine::Kind::Comment:
            continue;
        case IniLine::Kind::HasNul:
            result.errors.append(tr("%1: the line holds a NUL byte and is ignored").arg(where));
            continue;
        case IniLine::Kind::NotUtf8:
            result.errors.append(tr("%1: the line is not valid UTF-8 and is ignored").arg(where));
            continue;
        case IniLine::Kind::Section:
        case IniLine::Kind::UnclosedSection:
            group = line.name;
            if (group->isEmpty())
                result.errors.append(tr("%1: a group header must look like [notifications], not "
                                        "\"%2\"; the lines up to the next group are ignored")
                                         .arg(where, line.text));
            else if (*group != Keys::Notifications::group && *group != Keys::General::group)
                result.warnings.append(tr("%1: unknown group [%2] is ignored").arg(where, *group));
            continue;
        case IniLine::Kind::Other:
            result.warnings.append(tr("%1: \"%2\" is not a \"key = value\" line and is ignored")
                                       .arg(where, line.text));
            continue;
        case IniLine::Kind::KeyValue:
            break;
        }
        if (!group) {
            result.warnings.append(
                tr("%1: key \"%2\" outside [notifications] is ignored").arg(where, line.key));
            continue;
        }
        if (group->isEmpty())
            continue; // reported with its header
        const QStringList *known = *group == Keys::Notifications::group
            ? &Keys::Notifications::all()
            : *group == Keys::General::group ? &Keys::General::all()
                                             : nullptr;
        if (!known)
            continue; // the unknown group was reported
        if (!known->contains(line.key)) {
            result.warnings.append(
                tr("%1: [%2] unknown key \"%3\" is ignored").arg(where, *group, line.key));
            continue;
        }
        groups[*group].insert(line.key, Entry {line.value, line.number});
    }

    const Group notifications = groups.value(Keys::Notifications::group);
    Reader notificationReader(notifications, Keys::Notifications::group, fileName, result);
    readNotifications(notificationReader, result.notifications);
    const Group general = groups.value(Keys::General::group);
    Reader generalReader(general, Keys::General::group, fileName, result);
    readGeneral(generalReader, result.language);
    return result;
}
