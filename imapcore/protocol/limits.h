#pragma once

#include <QtGlobal>

// Every bound the protocol layer enforces, in one place. Crossing one is a clear error value
// (FramingError / ParseError), never a crash or unbounded growth. The numbers are generous for
// real servers (a FETCH ENVELOPE line with a thousand recipients is ~100 KiB) and small enough
// that a hostile server cannot make us allocate more than a few tens of MiB per connection.
namespace ImapCore::Limits {

// Longest line (the bytes between literals, CRLF included) the framer accepts.
inline constexpr qsizetype maxLineLength = 1024 * 1024;

// Largest single literal ({n} or ~{n}). We only ever fetch headers and partial bodies.
inline constexpr qint64 maxLiteralSize = 32 * 1024 * 1024;

// Largest complete response: all of its lines and literals together.
inline constexpr qint64 maxResponseSize = 64 * 1024 * 1024;

// Most literals a single response may carry.
inline constexpr int maxLiteralsPerResponse = 100000;

// Most bytes of a response the framer could not frame that its FramingError keeps (from the
// response's start), so that the error can say what was not understood; the excerpt shown is
// shorter still (ImapError::maxExcerptBytes).
inline constexpr qsizetype maxFramingErrorContext = 128;

// Deepest nesting of parenthesised lists (BODYSTRUCTURE of a multipart in a message/rfc822 in ...).
inline constexpr int maxNestingDepth = 64;

// Most digits the framer accepts in a literal's size before calling it hostile. 18 digits always
// fit in a qint64, so an oversized literal up to this length is reported with its exact size
// ("literal of 99999999999 bytes ... exceeds the 32 MiB limit"); maxLiteralSize decides the rest.
inline constexpr int maxLiteralSizeDigits = 18;

// Largest number IMAP allows for a number / nz-number (RFC 9051 4: 32-bit unsigned);
// mod-sequence values are 63-bit (RFC 7162 7).
inline constexpr quint64 maxNumber = 0xFFFFFFFFull;
inline constexpr quint64 maxModSeq = 0x7FFFFFFFFFFFFFFFull;

// Most messages one mailbox may claim (EXISTS, a FETCH's sequence number). A server's count is
// a claim: beyond this it is a protocol error for that folder (the connection is replaced with
// backoff), so no loop or allocation can be driven by "* 4294967295 EXISTS". 2^24 messages are
// 128 MiB of UIDs and flags; real mailboxes stay far below (Gmail's largest are a few million).
inline constexpr quint32 maxMailboxMessages = 1u << 24;

// Most plain bytes one step of inflating a COMPRESS=DEFLATE stream (RFC 4978) produces before
// they go to the framer. Deflate expands up to about 1000:1, so the bytes of one read are
// inflated chunk by chunk, each framed (and its limits checked) before the next: what a
// decompression bomb can make us hold is what the framer may hold, plus one chunk.
inline constexpr qsizetype inflateChunkBytes = 64 * 1024;

// Most items in one list-valued response (SEARCH results, flags, capabilities, ...).
inline constexpr qsizetype maxListItems = 10 * 1000 * 1000;

// Most messages of one folder that were already unseen when it was first synchronized whose
// summaries are fetched (the newest ones) to list them as unread; they are listed, never
// announced. The rest still count in the folder's unseen count.
inline constexpr qsizetype unseenBacklogPerFolder = 50;

// Most UIDs one UID STORE names when every unseen message of a folder is marked \Seen, so that
// a command line stays far below the servers' limits (Dovecot: 64 KiB) even without ranges.
inline constexpr qsizetype maxUidsPerStore = 1000;

} // namespace ImapCore::Limits
