#!/usr/bin/env python3
"""Makes a pseudo-translation of Mailbell for layout tests.

  pseudo-translate.py translations/mailbell_en.ts OUT.ts

Every message of the English file becomes "[Šéţţîñĝš ~~]": accented letters (a font without
them shows boxes), about 40 % longer (as German and French often are) and bracketed (a cut-off
end is seen). Placeholders (%1, %L1, %n), mnemonics (&S keeps its letter), HTML tags and
entities, URLs, command-line options and line breaks stay as they are; plural messages get both
English numerus forms, from the English file's when it has them. lrelease makes the .qm, which
the tests load in place of mailbell_en.qm.
"""
import math
import re
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

ACCENTED = dict(zip(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"))
# Kept as they are: placeholders, %%, HTML tags and entities, a mnemonic with its letter, a
# literal &&, URLs, command-line options.
KEPT = re.compile(r"%L?(?:\d+|n)|%%|<[^<>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);|&&|&\w"
                  r"|https?://[^\s<>\"]+|(?<![\w-])--?[a-zA-Z][\w-]*")
GROWTH = 0.4


def accent(text):
    parts, last = [], 0
    for match in KEPT.finditer(text):
        parts.append("".join(ACCENTED.get(c, c) for c in text[last:match.start()]))
        parts.append(match.group(0))
        last = match.end()
    parts.append("".join(ACCENTED.get(c, c) for c in text[last:]))
    return "".join(parts)


def padding(count):
    """count characters of "~~~~~ ~~~": words no longer than a real one, so wrapping still works."""
    words, left = [], max(1, count)
    while left > 0:
        words.append("~" * min(5, left))
        left -= len(words[-1]) + 1
    return " ".join(words)


def pseudo(text):
    visible = re.sub(r"<[^<>]*>", "", KEPT.sub("", text))
    letters = sum(c.isalpha() for c in visible)
    if letters == 0:
        return text  # "%1 (%2)", ", ": nothing a translator would change
    # Leading and trailing white space (" min", "...\n") stays outside the brackets.
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    body = accent(text[start:end])
    grow = math.ceil(GROWTH * len(visible.strip()))
    padded = "[" + body + " " + padding(grow - 3) + "]"
    if body.startswith("<"):
        # Rich text must still start with a tag (Qt::mightBeRichText): brackets go inside.
        first = body.index(">") + 1
        closing = body.rfind("</") if body.endswith(">") else len(body)
        closing = max(closing, first)
        padded = (body[:first] + "[" + body[first:closing] + " " + padding(grow - 3) + "]"
                  + body[closing:])
    return text[:start] + padded + text[end:]


def main():
    source_path, out_path = sys.argv[1], sys.argv[2]
    root = ET.parse(source_path).getroot()
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           '<TS version="2.1" language="en_US">']
    for context in root.iter("context"):
        out.append("<context>")
        out.append("    <name>%s</name>" % escape(context.findtext("name") or ""))
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            numerus = message.get("numerus") == "yes"
            out.append('    <message numerus="yes">' if numerus else "    <message>")
            out.append("        <source>%s</source>" % escape(source))
            comment = message.findtext("comment")
            if comment is not None:
                out.append("        <comment>%s</comment>" % escape(comment))
            if numerus:
                forms = [f.text or "" for f in message.iter("numerusform")]
                if len(forms) != 2 or not all(forms):
                    forms = [source, source]
                out.append("        <translation>")
                for form in forms:
                    out.append("            <numerusform>%s</numerusform>"
                               % escape(pseudo(form)))
                out.append("        </translation>")
            else:
                out.append("        <translation>%s</translation>" % escape(pseudo(source)))
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
