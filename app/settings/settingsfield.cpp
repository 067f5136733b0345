#include "settingsfield.h"

#include <algorithm>

void applySettingsFields(IniDocument &document, const QList<int> &blocks,
                         const QList<SettingsField> &before, const QList<SettingsField> &next)
{
    for (const SettingsField &field : next) {
        const auto old = std::find_if(before.cbegin(), before.cend(),
                                      [&](const SettingsField &f) { return f.key == field.key; });
        const bool inFile = std::any_of(blocks.cbegin(), blocks.cend(), [&](int block) {
            return document.hasKey(block, field.key);
        });
        // Unchanged, and the file states it or need not: leave the user's line alone. (An
        // absent key whose default moved, such as port after a security change, is written.)
        if (old != before.cend() && old->value == field.value && (inFile || field.isDefault))
            continue;
        if (field.isDefault) {
            for (int block : blocks)
                document.removeKey(block, field.key);
            continue;
        }
        // The last block's line wins when the file has the key twice; earlier ones go.
        const int target = blocks.constLast();
        for (int block : blocks) {
            if (block != target)
                document.removeKey(block, field.key);
        }
        document.setValue(target, field.key, field.value);
    }
}
