#pragma once

// The Alt letters (mnemonics) a window offers at one time, for widget tests: a letter used twice
// only moves the focus between its owners, so the key no longer does what either label says.
// Header-only: the support libraries do not link Qt Widgets.

#include <QAbstractButton>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>
#include <QTranslator>

#include <memory>

namespace Mnemonics {

namespace Detail {

inline void collect(QHash<QString, QStringList> &owners, const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        owners[key.toString(QKeySequence::PortableText)].append(text);
}

inline QStringList duplicates(const QHash<QString, QStringList> &owners)
{
    QStringList out;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it->size() > 1)
            out.append(it.key() + QStringLiteral(": ") + it->join(QStringLiteral(" / ")));
    }
    out.sort();
    return out;
}

} // namespace Detail

// The letters used more than once among what `window` shows now: buttons, labels with a buddy,
// group boxes, tabs and menu-bar titles ("Alt+A: &Add / &Automatic"); empty when all differ.
// Menus are windows of their own: check an open one with the QMenu overload.
inline QStringList duplicatesIn(QWidget *window)
{
    QHash<QString, QStringList> owners;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->window() != window || !widget->isVisibleTo(window))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            Detail::collect(owners, button->text());
        } else if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->buddy())
                Detail::collect(owners, label->text());
        } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            Detail::collect(owners, box->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    Detail::collect(owners, tabs->tabText(i));
            }
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : bar->actions()) {
                if (action->isVisible())
                    Detail::collect(owners, action->text());
            }
        }
    }
    return Detail::duplicates(owners);
}

// The letters used more than once among a menu's visible entries.
inline QStringList duplicatesIn(QMenu *menu)
{
    QHash<QString, QStringList> owners;
    for (QAction *action : menu->actions()) {
        if (action->isVisible() && !action->isSeparator())
            Detail::collect(owners, action->text());
    }
    return Detail::duplicates(owners);
}

// The languages to check in: "" (the English source texts) and each translation built beside
// the app (TRANSLATIONS_DIR/mailbell_<language>.qm).
inline QStringList languages()
{
    return {QString(), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

// Installs the app's translation for `language` for as long as the returned object lives
// (nothing for ""); null when the .qm file cannot be loaded.
inline std::unique_ptr<QTranslator> translateInto(const QString &language, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (language.isEmpty())
        return translator;
    if (!translator->load(QStringLiteral("mailbell_") + language, directory)
        || !QCoreApplication::installTranslator(translator.get()))
        return nullptr;
    return translator;
}

} // namespace Mnemonics
