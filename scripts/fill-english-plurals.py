#!/usr/bin/env python3
"""Fills the English plural forms of translations/mailbell_en.ts.

The source texts are English, so mailbell_en.ts needs only the numerus messages
("Found %n folder(s)."): Qt picks "1 folder" / "2 folders" from them, and Mailbell loads
the English file for every language it has no translation for. Run after
`cmake --build build/dev --target update_translations`; every numerus message is (re)filled.
Exits 1 when a numerus message has no rule here (add one to SINGULAR_WORDS).
"""
import html
import re
import sys

TS = sys.argv[1] if len(sys.argv) > 1 else "translations/mailbell_en.ts"
# Plural words written out in a source text (not inside a compound such as "recent-messages"),
# and their singular; verbs agree with the one thing.
SINGULAR_WORDS = {"messages": "message", "entries": "entry", "these": "this", "were": "was",
                  "are": "is"}
# Sources that read the same for one and for many.
SAME_FOR_BOTH = re.compile(r"%n (min|h) ago|%n unread|and %n more$")


def forms(source):
    text = html.unescape(source)
    singular = text.replace("(s)", "")
    for plural, one in SINGULAR_WORDS.items():
        singular = re.sub(r"(?<![-\w])%s\b" % plural, one, singular)
    if singular != text or SAME_FOR_BOTH.search(text):
        return singular, text.replace("(s)", "s")
    return None


def main():
    with open(TS, encoding="utf-8") as f:
        ts = f.read()
    missing = []

    def fill(match):
        source, rest = match.group(1), match.group(2)
        result = forms(source)
        if result is None:
            missing.append(html.unescape(source))
            return match.group(0)
        one, many = (html.escape(form, quote=True).replace("&#x27;", "&apos;") for form in result)
        translation = ("<translation>\n            <numerusform>%s</numerusform>\n"
                       "            <numerusform>%s</numerusform>\n        </translation>"
                       % (one, many))
        rest = re.sub(r"<translation.*?</translation>", translation, rest, flags=re.S)
        return '<message numerus="yes">\n        <source>%s</source>%s</message>' % (source, rest)

    ts = re.sub(r'<message numerus="yes">\s*<source>(.*?)</source>(.*?)</message>', fill, ts,
                flags=re.S)
    with open(TS, "w", encoding="utf-8") as f:
        f.write(ts)
    for source in missing:
        print("fill-english-plurals: no rule for: %s" % source, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
