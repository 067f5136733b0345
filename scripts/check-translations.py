#!/usr/bin/env python3
"""Checks translations/*.ts: up to date with the sources, shipped languages finished.

  check-translations.py TS_DIR [--lupdate LUPDATE --project PROJECT.cmake --generator GEN.cmake
                                --option OPT ...]

1. Up to date (with --lupdate): lupdate runs, with the build's project file and options, on a
   temporary copy of the .ts files; a message it adds is a string the sources have and the
   committed files lack, one it removes is a string no source has any more.
2. Every shipped language (each mailbell_<lang>.ts but mailbell_en.ts, the source language) has
   every message finished and non-empty, with the source's placeholders (%1, %L1, %n), its one
   mnemonic (&) and its HTML tags.
3. mailbell_en.ts has both English numerus forms of every plural message
   (scripts/fill-english-plurals.py fills them).

Prints what is wrong (the first few messages and a count per file) and exits 1; 0 when all is
well.
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SHOWN = 5  # messages listed per problem and file; the rest are counted
PLACEHOLDER = re.compile(r"%L?(?:\d+|n)")
ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
MNEMONIC = re.compile(r"&[^\W_]")  # "&Settings"; not "a & b", nor "&&" (a literal &)
# HTML tags by name: "--account <name>" in a plain-text help is a word a translator translates.
TAG = re.compile(r"</?(?:a|b|i|u|s|p|br|em|strong|tt|code|pre|span|div|ul|ol|li|html|body|head"
                 r"|qt|nobr|big|small|sub|sup|font|img|table|tr|td|th|hr|h[1-6]|center"
                 r"|blockquote|dl|dt|dd|kbd)(?:\s[^<>]*)?/?>", re.IGNORECASE)


class Message:
    def __init__(self, context, element):
        self.context = context
        self.source = element.findtext("source") or ""
        self.comment = element.findtext("comment") or ""
        self.numerus = element.get("numerus") == "yes"
        translation = element.find("translation")
        self.type = translation.get("type", "") if translation is not None else "unfinished"
        if translation is None:
            self.forms = []
        elif self.numerus:
            self.forms = [form.text or "" for form in translation.findall("numerusform")]
        else:
            self.forms = [translation.text or ""]

    def key(self):
        return (self.context, self.source, self.comment, self.numerus)

    def describe(self):
        text = self.source if len(self.source) <= 70 else self.source[:67] + "..."
        return "%s: \"%s\"" % (self.context, text.replace("\n", "\\n"))


def read_ts(path):
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        messages.extend(Message(name, element) for element in context.iter("message"))
    return root.get("language", ""), messages


def mnemonics(text):
    return len(MNEMONIC.findall(ENTITY.sub("", text).replace("&&", "")))


def mismatches(message):
    """What a finished translation lost or added of the source's markup."""
    problems = []
    want_placeholders = collections.Counter(PLACEHOLDER.findall(message.source))
    want_tags = collections.Counter(TAG.findall(message.source))
    want_mnemonics = mnemonics(message.source)
    for form in message.forms:
        have = collections.Counter(PLACEHOLDER.findall(form))
        if message.numerus:
            # A form may say "one" instead of %n (Qt allows it), but not lose %1 or gain one.
            for numerus in ("%n", "%Ln"):
                have.pop(numerus, None)
            want = collections.Counter({k: v for k, v in want_placeholders.items()
                                        if k not in ("%n", "%Ln")})
        else:
            want = want_placeholders
        if have != want:
            problems.append("placeholders %s, the source has %s"
                            % (sorted(have.elements()), sorted(want.elements())))
        if collections.Counter(TAG.findall(form)) != want_tags:
            problems.append("HTML tags differ from the source's")
        if mnemonics(form) != want_mnemonics:
            problems.append("%d mnemonic(s) (&), the source has %d"
                            % (mnemonics(form), want_mnemonics))
    if (message.numerus and want_placeholders.keys() & {"%n", "%Ln"}
            and not any("%n" in form or "%Ln" in form for form in message.forms)):
        problems.append("no numerus form has %n")
    return sorted(set(problems))


def report(path, title, items):
    if not items:
        return False
    print("%s: %d %s" % (os.path.basename(path), len(items), title))
    for item in items[:SHOWN]:
        print("    " + item)
    if len(items) > SHOWN:
        print("    ... and %d more" % (len(items) - SHOWN))
    return True


def check_language(path):
    _, messages = read_ts(path)
    unfinished, broken = [], []
    for message in messages:
        if message.type in ("vanished", "obsolete"):
            continue  # the up-to-date check reports these
        if message.type == "unfinished" or not message.forms or not all(message.forms):
            unfinished.append(message.describe())
            continue
        for problem in mismatches(message):
            broken.append("%s: %s" % (message.describe(), problem))
    total = len([m for m in messages if m.type not in ("vanished", "obsolete")])
    failed = report(path, "of %d messages unfinished or empty" % total, unfinished)
    failed |= report(path, "translation(s) that do not keep the source's markup", broken)
    if not failed:
        print("%s: %d of %d messages finished" % (os.path.basename(path), total, total))
    return failed


def check_english(path):
    _, messages = read_ts(path)
    missing = [m.describe() for m in messages if m.numerus and
               (len(m.forms) != 2 or not all(m.forms))]
    return report(path, "plural message(s) without both English forms "
                  "(run scripts/fill-english-plurals.py)", missing)


def check_up_to_date(ts_files, args):
    with tempfile.TemporaryDirectory(prefix="mailbell-lupdate-") as tmp:
        copies = {}
        for path in ts_files:
            copies[path] = os.path.join(tmp, os.path.basename(path))
            shutil.copyfile(path, copies[path])
        project = os.path.join(tmp, "project.json")
        subprocess.run(["cmake", "-DIN_FILE=" + args.project, "-DOUT_FILE=" + project,
                        "-P", args.generator], check=True)
        with open(project, encoding="utf-8") as f:
            data = json.load(f)
        by_name = {os.path.basename(p): c for p, c in copies.items()}
        data["translations"] = [by_name[os.path.basename(p)] for p in data["translations"]
                                if os.path.basename(p) in by_name]
        with open(project, "w", encoding="utf-8") as f:
            json.dump(data, f)
        # Its warnings ("lacks Q_OBJECT macro") are the build's too: shown only if it fails.
        run = subprocess.run([args.lupdate, "-silent", "-project", project] + args.option,
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr + "lupdate failed (exit %d)" % run.returncode)
            return True
        failed = False
        for path, copy in copies.items():
            committed = {m.key(): m for m in read_ts(path)[1]}
            updated = {m.key(): m for m in read_ts(copy)[1]}
            new = [updated[k].describe() for k in updated if k not in committed]
            gone = [committed[k].describe() for k in committed if k not in updated]
            failed |= report(path, "string(s) in the sources but not in this file (run the "
                             "update_translations target)", new)
            failed |= report(path, "string(s) no source has any more (run the "
                             "update_translations target)", gone)
        return failed


def checked(check, path, *args):
    try:
        return check(path, *args)
    except ET.ParseError as error:
        print("%s: not a readable .ts file: %s" % (path, error))
        return True


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts_dir")
    parser.add_argument("--lupdate")
    parser.add_argument("--project", help="the build's .lupdate/<target>_project.cmake")
    parser.add_argument("--generator", help="Qt's GenerateLUpdateProject.cmake")
    parser.add_argument("--option", action="append", default=[],
                        help="an lupdate option of the build (-no-obsolete, ...)")
    args = parser.parse_args()
    ts_files = sorted(os.path.join(args.ts_dir, name) for name in os.listdir(args.ts_dir)
                      if re.fullmatch(r"mailbell_\w+\.ts", name))
    if not ts_files:
        print("no mailbell_*.ts in %s" % args.ts_dir)
        return 1
    failed = False
    if args.lupdate:
        failed |= checked(check_up_to_date, ts_files, args)
    for path in ts_files:
        if os.path.basename(path) == "mailbell_en.ts":
            failed |= checked(check_english, path)
        else:
            failed |= checked(check_language, path)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
