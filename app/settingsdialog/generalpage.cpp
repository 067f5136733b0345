#include "generalpage.h"

#include "languageloader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

GeneralPage::GeneralPage(QWidget *parent)
    : QWidget(parent)
    , m_startAtLogin(new QCheckBox(tr("S&tart Mailbell when I log in"), this))
    , m_language(new QComboBox(this))
{
    m_startAtLogin->setObjectName(u"startAtLogin"_s);
    m_language->setObjectName(u"language"_s);
    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);
    auto *restart = new QLabel(tr("A new language applies the next time Mailbell starts."), this);
    restart->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(m_startAtLogin);
    form->addRow(label, m_language);
    form->addRow(QString(), restart);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    setAvailableLanguages(installedLanguages());
    connect(m_startAtLogin, &QCheckBox::toggled, this, &GeneralPage::changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, &GeneralPage::changed);
}

QStringList GeneralPage::installedLanguages()
{
    return LanguageLoader::availableLanguages();
}

void GeneralPage::setAvailableLanguages(const QStringList &codes)
{
    const QString current = m_language->count() > 0 ? language() : QString();
    const QSignalBlocker blocker(m_language);
    m_language->clear();
    m_language->addItem(tr("System default"), QString());
    for (const QString &code : codes)
        addLanguage(code);
    setLanguage(current);
}

void GeneralPage::addLanguage(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty() || locale.language() == QLocale::C)
        name = code;
    else if (code.contains(u'_'))
        name += u" ("_s + locale.nativeTerritoryName() + u')';
    m_language->addItem(name, code);
}

void GeneralPage::setStartAtLogin(bool start)
{
    m_startAtLogin->setChecked(start);
}

bool GeneralPage::startAtLogin() const
{
    return m_startAtLogin->isChecked();
}

void GeneralPage::setLanguage(const QString &code)
{
    int index = m_language->findData(code);
    if (index < 0) {
        addLanguage(code);
        index = m_language->count() - 1;
    }
    m_language->setCurrentIndex(index);
}

QString GeneralPage::language() const
{
    return m_language->currentData().toString();
}
