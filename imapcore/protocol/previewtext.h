#pragma once

#include <QString>
#include <QStringView>

namespace ImapCore {

// The one-paragraph preview a notification shows under the subject, built from decoded body
// text (CharsetDecoder, HtmlToText): what the sender wrote in this message, without the quoted
// history, attributions and signatures that mail clients append.
class PreviewText
{
public:
    PreviewText() = delete;

    // Default length of a preview, in UTF-16 units (the ellipsis included).
    static constexpr qsizetype defaultLength = 200;

    // One paragraph of at most maxLength UTF-16 units: quoted lines ("> "), attribution lines
    // ("On ... wrote:" and its translations), signatures ("-- ") and forwarded/original message
    // blocks dropped, invisible characters removed, whitespace collapsed, cut at a word boundary
    // with "…". A text that is nothing but quotes keeps them. Valid UTF-16, no control characters.
    static QString build(QStringView text, qsizetype maxLength = defaultLength);
};

} // namespace ImapCore
