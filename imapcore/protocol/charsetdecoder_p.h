#pragma once

// Internal to the protocol layer: the charset machinery behind CharsetDecoder that EncodedWords
// and MimeParameters reuse. Results are not sanitized and not bounded; callers do both.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ImapCore::CharsetInternal {

// What to do with an incomplete multibyte sequence at the end of the input.
enum class Tail { Replace, Drop };

// The canonical charset name: quotes and blanks removed, the RFC 2231 5 "*language" suffix cut.
QByteArray normalizeCharset(QByteArrayView charset);

// True for a charset whose bytes mean something only in a shift state set by earlier bytes
// (ISO-2022-JP and the other ISO 2022 encodings, HZ, UTF-7), by its normalizeCharset() name.
bool isStatefulCharset(const QByteArray &name);

// Bytes in the named MIME charset; unknown and untrustworthy labels go to decodeUnlabelled.
QString decodeLabelled(QByteArrayView bytes, QByteArrayView charset, Tail tail);
// The same for a name normalizeCharset() already gave (a run of RFC 2047 words normalizes once).
QString decodeLabelledNormalized(QByteArrayView bytes, const QByteArray &name, Tail tail);

// Bytes without a trustworthy label: UTF-8 if they are UTF-8, else the hint, else windows-1252.
QString decodeUnlabelled(QByteArrayView bytes, QByteArrayView hint, Tail tail);

} // namespace ImapCore::CharsetInternal
