#include "settingsfile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

// Every key of the [notifications] group.
constexpr auto kEnabled = "enabled";
constexpr auto kSound = "sound";
constexpr auto kShowPreview = "show-preview";
constexpr auto kDeleteAction = "delete-action";
constexpr auto kBurstThreshold = "burst-threshold";
constexpr auto kBurstWindowSeconds = "burst-window-seconds";
constexpr auto kQuietHours = "quiet-hours";
constexpr auto kQuietDays = "quiet-days";
constexpr auto kQuietHoursSilent = "quiet-hours-silent";
constexpr auto kVip = "vip";
constexpr auto kMuted = "muted";
const QStringList kNotificationKeys {QString::fromLatin1(kEnabled),
                                     QString::fromLatin1(kSound),
                                     QString::fromLatin1(kShowPreview),
                                     QString::fromLatin1(kDeleteAction),
                                     QString::fromLatin1(kBurstThreshold),
                                     QString::fromLatin1(kBurstWindowSeconds),
                                     QString::fromLatin1(kQuietHours),
                                     QString::fromLatin1(kQuietDays),
                                     QString::fromLatin1(kQuietHoursSilent),
                                     QString::fromLatin1(kVip),
                                     QString::fromLatin1(kMuted)};
const QStringList kDayNames {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};

class Reader
{
public:
    Reader(QSettings &settings, const QString &fileName, SettingsFile::Result &result)
        : m_settings(settings)
        , m_fileName(fileName)
        , m_result(result)
    { }

    // QSettings splits values at commas; the file's text is what the user wrote.
    QString text(const char *key) const
    {
        const QVariant value = m_settings.value(QString::fromLatin1(key));
        if (value.userType() == QMetaType::QStringList)
            return value.toStringList().join(u", "_s).trimmed();
        return value.toString().trimmed();
    }
    QStringList list(const char *key) const
    {
        QStringList items;
        for (const QString &item : text(key).split(u',', Qt::SkipEmptyParts)) {
            if (!item.trimmed().isEmpty())
                items.append(item.trimmed());
        }
        return items;
    }
    bool has(const char *key) const { return m_settings.contains(QString::fromLatin1(key)); }

    void readBool(const char *key, bool &target)
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
    void readNumber(const char *key, int low, int high, int scale, int &target)
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
    void problem(const char *key, const QString &allowed)
    {
        m_result.errors.append(
            SettingsFile::tr("%1: [notifications] %2 = \"%3\": %4; the default is used")
                .arg(m_fileName, QString::fromLatin1(key), text(key), allowed));
    }

private:
    QSettings &m_settings;
    QString m_fileName;
    SettingsFile::Result &m_result;
};

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
    if (!QFileInfo::exists(path))
        return result;
    const QString fileName = QFileInfo(path).fileName();
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        result.errors.append(
            tr("%1 cannot be read as an INI file; all settings keep their defaults").arg(path));
        return result;
    }
    for (const QString &key : settings.childKeys())
        result.warnings.append(
            tr("%1: key \"%2\" outside [notifications] is ignored").arg(fileName, key));
    for (const QString &group : settings.childGroups()) {
        if (group != "notifications"_L1)
            result.warnings.append(tr("%1: unknown group [%2] is ignored").arg(fileName, group));
    }
    settings.beginGroup(u"notifications"_s);
    for (const QString &key : settings.childKeys()) {
        if (!kNotificationKeys.contains(key))
            result.warnings.append(
                tr("%1: [notifications] unknown key \"%2\" is ignored").arg(fileName, key));
    }
    NotificationSettings &n = result.notifications;
    Reader reader(settings, fileName, result);
    reader.readBool(kEnabled, n.enabled);
    reader.readBool(kSound, n.sound);
    reader.readBool(kShowPreview, n.showPreview);
    reader.readBool(kDeleteAction, n.deleteAction);
    reader.readNumber(kBurstThreshold, 1, 100, 1, n.burstThreshold);
    reader.readNumber(kBurstWindowSeconds, 1, 60, 1000, n.burstWindowMs);
    reader.readBool(kQuietHoursSilent, n.quietHours.showSilently);

    if (reader.has(kQuietHours) && !reader.text(kQuietHours).isEmpty()) {
        static const QRegularExpression range(u"^(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})$"_s);
        const QRegularExpressionMatch match = range.match(reader.text(kQuietHours));
        const QTime start = QTime::fromString(match.captured(1), u"H:mm"_s);
        const QTime end = QTime::fromString(match.captured(2), u"H:mm"_s);
        if (match.hasMatch() && start.isValid() && end.isValid()) {
            n.quietHours.enabled = true;
            n.quietHours.start = start;
            n.quietHours.end = end;
        } else {
            reader.problem(kQuietHours, tr("must be a time range such as 22:00-07:00"));
        }
    }
    if (reader.has(kQuietDays)) {
        QList<int> days;
        bool ok = true;
        for (const QString &day : reader.list(kQuietDays)) {
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
            reader.problem(kQuietDays, tr("must be days such as mon, tue, wed, thu, fri"));
    }
    if (reader.has(kVip)) {
        for (const QString &address : reader.list(kVip)) {
            if (address.contains(u'@'))
                n.vipSenders.append(address.toLower());
            else
                reader.problem(kVip, tr("must be email addresses separated by commas"));
        }
    }
    if (reader.has(kMuted)) {
        // account-id/folder: the first slash splits (account ids have none; folders may).
        for (const QString &item : reader.list(kMuted)) {
            const qsizetype slash = item.indexOf(u'/');
            if (slash > 0 && slash < item.size() - 1)
                n.mutedFolders.append({item.left(slash), item.mid(slash + 1)});
            else
                reader.problem(kMuted, tr("must be account/folder pairs such as work/Lists/Qt"));
        }
    }
    return result;
}
