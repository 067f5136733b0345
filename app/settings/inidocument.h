#pragma once

#include "iniline.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The text of an INI-style file (accounts.conf, settings.conf) as lines grouped under their
// [section] headers: the one reader of both files (AccountsFile and SettingsFile read its
// lines(), the writers edit it), so that readers and writers agree on every line (IniLine).
// Editing loses nothing: comments, blank lines, unknown keys, a byte order mark, lines that are
// not valid UTF-8 and sections with a broken header all stay byte for byte. Only the lines a
// caller sets or removes change. "key = value" is the only line form it writes.
class IniDocument
{
public:
    explicit IniDocument(const QByteArray &text = {});

    QByteArray toBytes() const;

    // Every line of the file in order, classified and numbered from 1, for the readers.
    QList<IniLine> lines() const;

    // Block 0 is what precedes the first header (comments, usually); each header starts a block.
    int blockCount() const { return int(m_blocks.size()); }
    // The section name; empty for block 0 and for a header that is not a valid "[name]".
    QString sectionName(int block) const;
    // The block's lines, header included, as in the file.
    QByteArray blockText(int block) const;
    // The last block named name, or -1.
    int lastBlock(const QString &name) const;

    bool hasKey(int block, const QString &key) const;
    // The value of the key's last line in the block.
    std::optional<QString> value(int block, const QString &key) const;
    // Rewrites the key's last line in place ("key = value"), or adds one after the block's last
    // key line (after the header when it has none).
    void setValue(int block, const QString &key, const QString &value);
    // Removes every line of the key from the block.
    void removeKey(int block, const QString &key);
    // Removes the section with its lines, but not the comment lines right above the next
    // header: those describe the next section.
    void removeBlock(int block);
    // Adds "[name]" at the end, after a blank line; returns its block.
    int appendSection(const QString &name);

private:
    struct Block
    {
        QList<QByteArray> lines; // without '\n'; lines[0] is the header (but in block 0)
    };
    // The key of a "key = value" line, lower-case; empty for other lines.
    static QString keyOf(const QByteArray &line);
    int lastLineOf(int block, const QString &key) const;
    // The lines without the byte order mark.
    QByteArray text() const;

    QList<Block> m_blocks;
    bool m_endsWithNewline = true;
    bool m_byteOrderMark = false; // the file began with one (UTF-8 EF BB BF); kept on save
};
