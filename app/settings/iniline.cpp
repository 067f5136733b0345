#include "iniline.h"

#include <QStringDecoder>

IniLine IniLine::parse(QByteArrayView raw, int number)
{
    IniLine line;
    line.number = number;
    if (raw.endsWith('\r'))
        raw.chop(1);
    // A NUL would cut the value short in every C string it reaches (a password command's
    // arguments, a host name).
    if (raw.contains('\0')) {
        line.kind = Kind::HasNul;
        return line;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = QString(decoder.decode(raw)).trimmed();
    if (decoder.hasError()) {
        line.kind = Kind::NotUtf8;
        return line;
    }
    line.text = text;
    if (text.isEmpty()) {
        line.kind = Kind::Blank;
    } else if (text.startsWith(u'#') || text.startsWith(u';')) {
        line.kind = Kind::Comment;
    } else if (text.startsWith(u'[')) {
        line.kind = text.endsWith(u']') ? Kind::Section : Kind::UnclosedSection;
        if (line.kind == Kind::Section)
            line.name = text.mid(1, text.size() - 2).trimmed();
    } else if (const qsizetype equals = text.indexOf(u'='); equals > 0) {
        line.kind = Kind::KeyValue;
        line.key = text.left(equals).trimmed().toLower();
        line.value = text.mid(equals + 1).trimmed();
    } else {
        line.kind = Kind::Other;
    }
    return line;
}
