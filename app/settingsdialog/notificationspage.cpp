#include "notificationspage.h"

#include "fieldhint.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QPlainTextEdit *listEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setMaximumHeight(90);
    return edit;
}

} // namespace

NotificationsPage::NotificationsPage(QWidget *parent)
    : QWidget(parent)
    , m_enabled(new QCheckBox(tr("&Show a notification for new mail"), this))
    , m_sound(new QCheckBox(tr("Play a so&und"), this))
    , m_showPreview(new QCheckBox(tr("Show the message &preview"), this))
    , m_deleteAction(new QCheckBox(tr("Offer \"&Delete\" on a notification"), this))
    , m_burstThreshold(new QSpinBox(this))
    , m_burstWindow(new QSpinBox(this))
    , m_quiet(new QCheckBox(tr("&Quiet hours from"), this))
    , m_quietFrom(new QTimeEdit(this))
    , m_quietTo(new QTimeEdit(this))
    , m_silently(new QCheckBox(tr("During quiet hours, show notifications &without sound"), this))
    , m_vip(listEdit(u"vipSenders"_s, tr("boss@example.org"), this))
    , m_vipHint(new FieldHint(this))
    , m_muted(listEdit(u"mutedFolders"_s, tr("work/Lists/Announcements"), this))
    , m_mutedHint(new FieldHint(this))
{
    m_enabled->setObjectName(u"enabled"_s);
    m_sound->setObjectName(u"sound"_s);
    m_showPreview->setObjectName(u"showPreview"_s);
    m_deleteAction->setObjectName(u"deleteAction"_s);
    m_burstThreshold->setObjectName(u"burstThreshold"_s);
    m_burstThreshold->setRange(1, 100);
    m_burstThreshold->setSuffix(tr(" messages"));
    m_burstWindow->setObjectName(u"burstWindow"_s);
    m_burstWindow->setRange(1, 60);
    m_burstWindow->setSuffix(tr(" s"));
    m_quiet->setObjectName(u"quietHours"_s);
    m_quietFrom->setObjectName(u"quietFrom"_s);
    m_quietTo->setObjectName(u"quietTo"_s);
    m_quietFrom->setDisplayFormat(u"HH:mm"_s);
    m_quietTo->setDisplayFormat(u"HH:mm"_s);
    m_silently->setObjectName(u"quietSilently"_s);
    // The rest of the sentence, off the line: one long line was wider than a laptop at 2x.
    m_silently->setToolTip(
        tr("Unchecked, quiet hours show no notifications: only the list and the badge change."));

    auto *general = new QGroupBox(tr("Announcing"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(m_enabled);
    generalForm->addRow(m_sound);
    generalForm->addRow(m_showPreview);
    generalForm->addRow(m_deleteAction);
    auto *burstRow = new QHBoxLayout;
    burstRow->addWidget(m_burstThreshold);
    auto *within = buddyLabel(tr("wi&thin"), m_burstWindow, general);
    burstRow->addWidget(within);
    burstRow->addWidget(m_burstWindow);
    burstRow->addStretch(1);
    generalForm->addRow(buddyLabel(tr("Group mo&re than"), m_burstThreshold, general), burstRow);

    auto *quiet = new QGroupBox(tr("Quiet hours"), this);
    auto *quietLayout = new QVBoxLayout(quiet);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_quiet);
    timeRow->addWidget(m_quietFrom);
    timeRow->addWidget(buddyLabel(tr("t&o"), m_quietTo, quiet));
    timeRow->addWidget(m_quietTo);
    timeRow->addStretch(1);
    quietLayout->addLayout(timeRow);
    auto *dayRow = new QHBoxLayout;
    dayRow->addWidget(new QLabel(tr("On:"), quiet));
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), quiet);
        box->setObjectName(u"day%1"_s.arg(day));
        m_days.append(box);
        dayRow->addWidget(box);
    }
    dayRow->addStretch(1);
    quietLayout->addLayout(dayRow);
    quietLayout->addWidget(m_daysHint = new FieldHint(quiet));
    quietLayout->addWidget(m_silently);

    auto *lists = new QGroupBox(tr("Senders and folders"), this);
    auto *listsForm = new QFormLayout(lists);
    listsForm->addRow(
        buddyLabel(tr("&VIP senders\n(always announced,\none address a line):"), m_vip, lists),
        m_vip);
    listsForm->addRow(QString(), m_vipHint);
    listsForm->addRow(
        buddyLabel(tr("&Muted folders\n(account/folder,\none a line):"), m_muted, lists), m_muted);
    listsForm->addRow(QString(), m_mutedHint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(quiet);
    layout->addWidget(lists);
    layout->addStretch(1);

    // Tab goes in reading order (the day boxes are made after the fields around them).
    QList<QWidget *> order {m_enabled,     m_sound, m_showPreview, m_deleteAction, m_burstThreshold,
                            m_burstWindow, m_quiet, m_quietFrom,   m_quietTo};
    for (QCheckBox *box : std::as_const(m_days))
        order.append(box);
    order.append({m_silently, m_vip, m_muted});
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    auto changedNow = [this] {
        if (m_loading)
            return;
        validate();
        Q_EMIT changed();
    };
    for (QCheckBox *box : {m_enabled, m_sound, m_showPreview, m_deleteAction, m_quiet, m_silently})
        connect(box, &QCheckBox::toggled, this, changedNow);
    for (QCheckBox *box : std::as_const(m_days))
        connect(box, &QCheckBox::toggled, this, changedNow);
    for (QSpinBox *spin : {m_burstThreshold, m_burstWindow})
        connect(spin, &QSpinBox::valueChanged, this, changedNow);
    for (QTimeEdit *edit : {m_quietFrom, m_quietTo})
        connect(edit, &QTimeEdit::timeChanged, this, changedNow);
    for (QPlainTextEdit *edit : {m_vip, m_muted})
        connect(edit, &QPlainTextEdit::textChanged, this, changedNow);
    // Quiet-hour details only mean something with quiet hours on; sound with notifications on.
    auto enableDetails = [this] {
        const bool quietOn = m_quiet->isChecked();
        m_quietFrom->setEnabled(quietOn);
        m_quietTo->setEnabled(quietOn);
        for (QCheckBox *box : std::as_const(m_days))
            box->setEnabled(quietOn);
        m_silently->setEnabled(quietOn);
    };
    connect(m_quiet, &QCheckBox::toggled, this, enableDetails);
    setSettings(NotificationSettings {});
    enableDetails();
}

void NotificationsPage::setSettings(const NotificationSettings &settings)
{
    m_loading = true;
    m_enabled->setChecked(settings.enabled);
    m_sound->setChecked(settings.sound);
    m_showPreview->setChecked(settings.showPreview);
    m_deleteAction->setChecked(settings.deleteAction);
    m_burstThreshold->setValue(settings.burstThreshold);
    m_burstWindow->setValue(qBound(1, (settings.burstWindowMs + 500) / 1000, 60));
    const QuietHours &quiet = settings.quietHours;
    m_quiet->setChecked(quiet.enabled);
    m_quietFrom->setTime(quiet.start);
    m_quietTo->setTime(quiet.end);
    for (int day = 1; day <= 7; ++day)
        m_days[day - 1]->setChecked(quiet.weekdays.isEmpty() || quiet.weekdays.contains(day));
    m_silently->setChecked(quiet.showSilently);
    m_vip->setPlainText(settings.vipSenders.join(u'\n'));
    QStringList muted;
    for (const MutedFolder &folder : settings.mutedFolders)
        muted.append(folder.accountId + u'/' + folder.folder);
    m_muted->setPlainText(muted.join(u'\n'));
    m_loading = false;
    validate();
}

QStringList NotificationsPage::lines(const QPlainTextEdit *edit) const
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

NotificationSettings NotificationsPage::settings() const
{
    NotificationSettings settings;
    settings.enabled = m_enabled->isChecked();
    settings.sound = m_sound->isChecked();
    settings.showPreview = m_showPreview->isChecked();
    settings.deleteAction = m_deleteAction->isChecked();
    settings.burstThreshold = m_burstThreshold->value();
    settings.burstWindowMs = m_burstWindow->value() * 1000;
    QuietHours &quiet = settings.quietHours;
    quiet.enabled = m_quiet->isChecked();
    quiet.start = m_quietFrom->time();
    quiet.end = m_quietTo->time();
    for (int day = 1; day <= 7; ++day) {
        if (m_days[day - 1]->isChecked())
            quiet.weekdays.append(day);
    }
    if (quiet.weekdays.size() == 7)
        quiet.weekdays.clear(); // every day
    quiet.showSilently = m_silently->isChecked();
    for (const QString &line : lines(m_vip)) {
        if (line.contains(u'@'))
            settings.vipSenders.append(line.toLower());
    }
    for (const QString &line : lines(m_muted)) {
        const qsizetype slash = line.indexOf(u'/');
        if (slash > 0 && slash < line.size() - 1)
            settings.mutedFolders.append({line.left(slash), line.mid(slash + 1)});
    }
    return settings;
}

bool NotificationsPage::isValid() const
{
    return m_valid;
}

void NotificationsPage::validate()
{
    // Name the first wrong line of each list, as typed.
    QString vipProblem;
    for (const QString &line : lines(m_vip)) {
        if (!line.contains(u'@') || line.contains(u',') || line.contains(u' ')) {
            vipProblem = tr("\"%1\" is not an email address.").arg(line);
            break;
        }
    }
    QString mutedProblem;
    for (const QString &line : lines(m_muted)) {
        const qsizetype slash = line.indexOf(u'/');
        if (slash <= 0 || slash == line.size() - 1 || line.contains(u',')) {
            mutedProblem = tr("\"%1\" is not account/folder, such as work/Lists/Qt.").arg(line);
            break;
        }
    }
    bool anyDay = false;
    for (QCheckBox *box : std::as_const(m_days))
        anyDay = anyDay || box->isChecked();
    const QString dayProblem = anyDay || !m_quiet->isChecked()
        ? QString()
        : tr("Choose at least one day for quiet hours.");
    m_daysHint->setProblem(dayProblem);
    m_vipHint->setProblem(vipProblem);
    m_mutedHint->setProblem(mutedProblem);
    const bool valid = vipProblem.isEmpty() && mutedProblem.isEmpty() && dayProblem.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}
