#pragma once

#include <QString>
#include <QStringView>

// Mail text (a sender, a subject, a folder name, a preview) made safe to show to a person next to
// other text: the one place that decides what happens to Unicode's bidirectional formatting
// characters in everything Mailbell displays (notifications, the tray menu and tooltip, the
// recent-messages window, the message-summary window). Machine output (`mailbell watch --json`,
// --exec) keeps the raw text. Qt Core only.
namespace DisplayText {

// U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, the pair neutralise() adds.
inline constexpr char16_t kFirstStrongIsolate = 0x2068;
inline constexpr char16_t kPopDirectionalIsolate = 0x2069;

// The explicit bidi formatting characters (UAX #9 table 2: LRE RLE PDF LRO RLO, LRI RLI FSI PDI)
// and the implicit marks (LRM RLM ALM). Mail has no legitimate need for them that survives
// being shown out of its context, and each can move text outside the field it came in.
bool isBidiControl(char16_t c);

// text without any character isBidiControl() accepts.
QString stripBidiControls(QStringView text);

// One field of mail text as it may be shown inside other text: every bidi control is removed
// (so "invoice\u202Efdp.exe" cannot show as "invoiceexe.pdf"), then a field holding a
// right-to-left letter (bidi class R or AL) is wrapped in FSI ... PDI so that it can neither
// reorder nor be reordered by the text around it, while its own direction is taken from its
// first strong letter and a Hebrew or Arabic name stays readable. Stripping alone would leave an
// RTL field free to drag neighbouring digits and punctuation ("Re: 3", ": ", " (2)") into its
// run; removing RTL letters would make such names unreadable.
// Text with no RTL letter comes back with only the controls removed: in the left-to-right text
// we build it cannot reorder anything, and leaving it alone keeps ordinary text byte for byte
// the same (clipboard, search, screen readers, renderers that draw isolates as boxes).
// Each line of a multi-line text is isolated on its own (an isolate ends with its paragraph).
QString neutralise(QStringView text);

} // namespace DisplayText
