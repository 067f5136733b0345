#pragma once

#include <QByteArrayView>
#include <QString>

// One line of an INI-style file (accounts.conf, settings.conf) as every reader of those files
// and the editor (IniDocument) see it: the one place that decides what is a comment, a
// [section] header or a "key = value" line. The line is taken without its '\r', decoded as UTF-8
// and trimmed; '#' or ';' first makes a comment; keys compare lower-case. A plain value.
struct IniLine
{
    enum class Kind {
        Blank, // nothing but spaces
        Comment,
        Section, // "[name]"; the name may be empty ("[]")
        UnclosedSection, // '[' first but no ']' at the end: no valid header, still a header line
        KeyValue, // "key = value" with something before the '='
        Other, // any other text: no '=', or nothing before it
        HasNul, // a NUL byte: valid UTF-8, but no text a user typed
        NotUtf8,
    };

    Kind kind = Kind::Blank;
    int number = 0; // in the file, from 1
    QString text; // the decoded, trimmed line; empty for HasNul and NotUtf8
    QString name; // Section: the name between the brackets, trimmed
    QString key; // KeyValue: trimmed, lower-case
    QString value; // KeyValue: trimmed

    bool isHeader() const { return kind == Kind::Section || kind == Kind::UnclosedSection; }

    static IniLine parse(QByteArrayView raw, int number = 0);
};
