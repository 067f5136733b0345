#pragma once

#include "messagesummary.h"

#include <QString>

// Plain-text renderings of a message summary shared by the list, the menu and the summary
// window. Everything here is plain text: callers must never hand it to a rich-text widget.
// Every piece of mail text comes out through DisplayText::neutralise(): no bidi controls, and a
// right-to-left field isolated so that it cannot reorder the text it is shown in.
namespace MessageText {

// Who sent it, short: the first sender's name, else the address; "(unknown sender)".
QString sender(const ImapCore::MessageSummary &summary);
// The subject, or "(no subject)".
QString subject(const ImapCore::MessageSummary &summary);
// "Ann <ann@example.org>, Bob <bob@example.org>"
QString addressList(const QList<ImapCore::MailAddress> &addresses);
// "Unread, Flagged, Answered"; "Read" when no flag applies.
QString flags(const ImapCore::MessageFlags &flags);
// The date in the user's locale, long form.
QString date(const QDateTime &date);
// Collapses runs of white space (line breaks included) to one space, for one-line previews;
// neutralised (DisplayText) as one field.
QString oneLine(const QString &text);
// The preview, its lines kept, neutralised line by line.
QString preview(const ImapCore::MessageSummary &summary);
// The whole summary as text, for the clipboard.
QString summaryAsText(const ImapCore::MessageSummary &summary, const QString &accountName);
// Menu text must not turn '&' into a mnemonic.
QString escapeMnemonics(QString text);

} // namespace MessageText
