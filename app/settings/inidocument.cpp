#include "inidocument.h"

namespace {

constexpr QByteArrayView kByteOrderMark = "\xEF\xBB\xBF";

} // namespace

IniDocument::IniDocument(const QByteArray &text)
{
    QByteArray bytes = text;
    m_byteOrderMark = bytes.startsWith(kByteOrderMark);
    if (m_byteOrderMark)
        bytes.remove(0, kByteOrderMark.size());
    m_blocks.append(Block {});
    m_endsWithNewline = bytes.isEmpty() || bytes.endsWith('\n');
    if (bytes.isEmpty())
        return;
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    for (const QByteArray &line : bytes.split('\n')) {
        // An undecodable line is never a header: the readers report it and skip only that line.
        if (IniLine::parse(line).isHeader())
            m_blocks.append(Block {});
        m_blocks.last().lines.append(line);
    }
}

QByteArray IniDocument::text() const
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

QByteArray IniDocument::toBytes() const
{
    return m_byteOrderMark ? kByteOrderMark.toByteArray() + text() : text();
}

QList<IniLine> IniDocument::lines() const
{
    QList<IniLine> lines;
    int number = 0;
    for (const Block &block : m_blocks) {
        for (const QByteArray &line : block.lines)
            lines.append(IniLine::parse(line, ++number));
    }
    return lines;
}

QString IniDocument::sectionName(int block) const
{
    if (block <= 0 || block >= blockCount())
        return {};
    return IniLine::parse(m_blocks.at(block).lines.constFirst()).name;
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
    return IniLine::parse(raw).key;
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
    return IniLine::parse(m_blocks.at(block).lines.at(line)).value;
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
        while (firstKept > 1
               && IniLine::parse(lines.at(firstKept - 1)).kind == IniLine::Kind::Comment)
            --firstKept;
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
    const bool empty = text().trimmed().isEmpty();
    if (!empty) {
        Block &last = m_blocks.last();
        if (last.lines.isEmpty() || !last.lines.constLast().trimmed().isEmpty())
            last.lines.append(QByteArray());
    }
    m_blocks.append(Block {{'[' + name.toUtf8() + ']'}});
    return blockCount() - 1;
}
