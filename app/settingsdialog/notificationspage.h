#pragma once

#include "notificationsettings.h"

#include <QWidget>

class FieldHint;
class QCheckBox;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

// The settings dialog's Notifications tab: every NotificationSettings field (on/off, sound,
// preview, the Delete action, grouping of bursts, quiet hours with their days, VIP senders and
// muted folders). VIP senders are one address a line; muted folders one "account/folder" a line
// (the account id, then the folder, as in settings.conf). A line that is not valid is named
// under its field and the page is invalid until it is fixed.
class NotificationsPage : public QWidget
{
    Q_OBJECT

public:
    explicit NotificationsPage(QWidget *parent = nullptr);

    void setSettings(const NotificationSettings &settings);
    NotificationSettings settings() const;
    bool isValid() const;

Q_SIGNALS:
    void changed();
    void validityChanged(bool valid);

private:
    void validate();
    QStringList lines(const QPlainTextEdit *edit) const;

    QCheckBox *m_enabled;
    QCheckBox *m_sound;
    QCheckBox *m_showPreview;
    QCheckBox *m_deleteAction;
    QSpinBox *m_burstThreshold;
    QSpinBox *m_burstWindow;
    QCheckBox *m_quiet;
    QTimeEdit *m_quietFrom;
    QTimeEdit *m_quietTo;
    QList<QCheckBox *> m_days; // Monday first
    FieldHint *m_daysHint = nullptr;
    QCheckBox *m_silently;
    QPlainTextEdit *m_vip;
    FieldHint *m_vipHint;
    QPlainTextEdit *m_muted;
    FieldHint *m_mutedHint;
    bool m_valid = true;
    bool m_loading = false;
};
