#include "inidocument.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

// The line without its '\r' and surrounding spaces, if it is valid UTF-8.
std::optional<QString> decoded(const QByteArray &raw)
{
    QByteArray line = raw;
    if (line.endsWith('\r'))
        line.chop(1);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(line);
    if (decoder.hasError())
        return std::nullopt;
    return text.trimmed();
}

bool isHeader(const QByteArray &raw)
{
    const std::optional<QString> line = decoded(raw);
    // An undecodable line is never a header: the readers report it and skip only that line.
    return line && line->startsWith(u'[');
}

} // namespace

IniDocument::IniDocument(const QByteArray &text)
{
    QByteArray bytes = text;
    m_endsWithNewline = bytes.isEmpty() || bytes.endsWith('\n');
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    m_blocks.append(Block {});
    if (text.isEmpty())
        return;
    for (const QByteArray &line : bytes.split('\n')) {
        if (isHeader(line))
            m_blocks.append(Block {});
        m_blocks.last().lines.append(line);
    }
}

QByteArray IniDocument::toBytes() const
{
    QByteArray text;
    for (const Block &block : m_blocks) {
        for (const QByteArray &line : block.lines)
            text += line + '\n';
    }
    if (!m_endsWithNewline && !text.isEmpty())
        text.chop(1);
    return text;
}

QString IniDocument::sectionName(int block) const
{
    if (block <= 0 || block >= blockCount())
        return {};
    const QString header = decoded(m_blocks.at(block).lines.constFirst()).value_or(QString());
    if (!header.endsWith(u']'))
        return {};
    return header.mid(1, header.size() - 2).trimmed();
}

QByteArray IniDocument::blockText(int block) const
{
    QByteArray text;
    for (const QByteArray &line : m_blocks.at(block).lines)
        text += line + '\n';
    return text;
}

int IniDocument::lastBlock(const QString &name) const
{
    for (int block = blockCount() - 1; block > 0; --block) {
        if (sectionName(block) == name)
            return block;
    }
    return -1;
}

QString IniDocument::keyOf(const QByteArray &raw)
{
    const std::optional<QString> line = decoded(raw);
    if (!line || line->startsWith(u'#') || line->startsWith(u';') || line->startsWith(u'['))
        return {};
    const qsizetype equals = line->indexOf(u'=');
    if (equals <= 0)
        return {};
    return line->left(equals).trimmed().toLower();
}

int IniDocument::lastLineOf(int block, const QString &key) const
{
    const QList<QByteArray> &lines = m_blocks.at(block).lines;
    const int first = block == 0 ? 0 : 1;
    for (int i = int(lines.size()) - 1; i >= first; --i) {
        if (keyOf(lines.at(i)) == key)
            return i;
    }
    return -1;
}

bool IniDocument::hasKey(int block, const QString &key) const
{
    return lastLineOf(block, key) >= 0;
}

std::optional<QString> IniDocument::value(int block, const QString &key) const
{
    const int line = lastLineOf(block, key);
    if (line < 0)
        return std::nullopt;
    const QString text = decoded(m_blocks.at(block).lines.at(line)).value_or(QString());
    return text.mid(text.indexOf(u'=') + 1).trimmed();
}

void IniDocument::setValue(int block, const QString &key, const QString &value)
{
    QList<QByteArray> &lines = m_blocks[block].lines;
    const QByteArray line = key.toUtf8() + " = " + value.toUtf8();
    const int existing = lastLineOf(block, key);
    if (existing >= 0) {
        lines[existing] = line;
        return;
    }
    int after = block == 0 ? -1 : 0;
    for (int i = int(lines.size()) - 1; i > after; --i) {
        if (!keyOf(lines.at(i)).isEmpty()) {
            after = i;
            break;
        }
    }
    lines.insert(after + 1, line);
}

void IniDocument::removeKey(int block, const QString &key)
{
    QList<QByteArray> &lines = m_blocks[block].lines;
    for (int i = int(lines.size()) - 1; i >= (block == 0 ? 0 : 1); --i) {
        if (keyOf(lines.at(i)) == key)
            lines.removeAt(i);
    }
}

void IniDocument::removeBlock(int block)
{
    if (block <= 0 || block >= blockCount())
        return;
    // Comment lines right above the next header (no blank line between) describe that section:
    // they stay, moved to the end of the block before.
    const QList<QByteArray> &lines = m_blocks.at(block).lines;
    qsizetype firstKept = lines.size();
    if (block + 1 < blockCount()) {
        while (firstKept > 1) {
            const std::optional<QString> line = decoded(lines.at(firstKept - 1));
            if (!line || !(line->startsWith(u'#') || line->startsWith(u';')))
                break;
            --firstKept;
        }
    }
    const QList<QByteArray> kept = lines.mid(firstKept);
    m_blocks.removeAt(block);
    m_blocks[block - 1].lines.append(kept);
}

int IniDocument::appendSection(const QString &name)
{
    if (!m_endsWithNewline) {
        m_endsWithNewline = true; // the last line gets its newline before the new section
    }
    const bool empty = toBytes().trimmed().isEmpty();
    if (!empty) {
        Block &last = m_blocks.last();
        if (last.lines.isEmpty() || !last.lines.constLast().trimmed().isEmpty())
            last.lines.append(QByteArray());
    }
    m_blocks.append(Block {{'[' + name.toUtf8() + ']'}});
    return blockCount() - 1;
}
