#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;

// The settings dialog's General tab: start at login and the language ("System default" or one
// of the translations the app carries; a language set in the file but not available stays
// listed, so saving does not change it behind the user's back).
class GeneralPage : public QWidget
{
    Q_OBJECT

public:
    explicit GeneralPage(QWidget *parent = nullptr);

    // Language codes ("de", "pt_BR") with a translation; by default LanguageLoader's.
    void setAvailableLanguages(const QStringList &codes);
    static QStringList installedLanguages();

    void setStartAtLogin(bool start);
    bool startAtLogin() const;
    // "" is the system default.
    void setLanguage(const QString &code);
    QString language() const;

Q_SIGNALS:
    void changed();

private:
    void addLanguage(const QString &code);

    QCheckBox *m_startAtLogin;
    QComboBox *m_language;
};
