#pragma once

#include <QString>
#include <QStringView>

namespace ImapCore {

// Reduces an HTML body part to plain text for a notification preview. Not a renderer: it keeps
// the words and the line structure and drops everything else, tolerating malformed and
// truncated markup (a partial FETCH cuts HTML anywhere). Runs in linear time on any input.
class HtmlToText
{
public:
    HtmlToText() = delete;

    // Tags removed; <script>, <style>, <head>, <title> and comments dropped; character
    // references decoded (HTML named entities of common use, numeric ones with the
    // windows-1252 remapping of 0x80..0x9F); block elements become line breaks; whitespace
    // collapsed; <blockquote> text prefixed with "> " (so PreviewText drops it). The result is
    // valid UTF-16 without control characters but line breaks and tabs.
    static QString convert(QStringView html);
};

} // namespace ImapCore
