#pragma once

#include "inidocument.h"

#include <QList>
#include <QString>

// One key of a settings object as the writers see it: its value as the file states it, and
// whether that value is the default (then the key need not be in the file at all).
struct SettingsField
{
    QString key;
    QString value;
    bool isDefault = false;
};

// Edits blocks (the sections holding one object, usually one) from what was loaded (before) to
// next, touching as little as possible: a key whose value does not change keeps its line as the
// user wrote it ("yes" stays "yes"); a changed key is rewritten in place, in the last block,
// or added there; a key going back to its default loses its lines. Unknown keys and comments
// are never touched.
void applySettingsFields(IniDocument &document, const QList<int> &blocks,
                         const QList<SettingsField> &before, const QList<SettingsField> &next);
