#include "listvalue.h"

using namespace Qt::StringLiterals;

namespace ListValue {

QStringList split(const QString &text)
{
    QStringList items;
    QString item;
    bool quoted = false; // inside "..."
    bool wasQuoted = false; // this item was quoted: keep its spaces
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'\\' && i + 1 < text.size()) {
                item += text.at(++i);
            } else if (c == u'"') {
                quoted = false;
            } else {
                item += c;
            }
            continue;
        }
        if (c == u'"' && item.trimmed().isEmpty() && !wasQuoted) {
            item.clear();
            quoted = true;
            wasQuoted = true;
        } else if (c == u',') {
            items.append(wasQuoted ? item : item.trimmed());
            item.clear();
            wasQuoted = false;
        } else if (!(wasQuoted && c.isSpace())) {
            item += c;
        }
    }
    items.append(wasQuoted ? item : item.trimmed());
    return items;
}

QString join(const QStringList &items)
{
    QStringList written;
    for (const QString &item : items) {
        const bool needsQuotes = item.contains(u',') || item.contains(u'"') || item.startsWith(u'"')
            || item != item.trimmed() || item.contains(u'\\');
        if (!needsQuotes) {
            written.append(item);
            continue;
        }
        QString escaped = item;
        escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
        written.append(u'"' + escaped + u'"');
    }
    return written.join(u", "_s);
}

} // namespace ListValue
