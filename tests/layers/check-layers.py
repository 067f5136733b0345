#!/usr/bin/env python3
"""The layering rules the include paths cannot enforce (ARCHITECTURE.md, rule 1).

The build already refuses an app file that includes an engine or protocol header (they are not
on its include path) and a protocol file that includes a Network header (the protocol library
links only Qt Core), as long as no app target links imapcore_internal. What it cannot see,
because imapcore's own sources share one folder tree, and what would undo it:
  - nothing below the facade includes it: no engine/ or protocol/ file includes mailengine.h;
  - the facade's headers include no engine/ header (the values they share live beside them);
  - the app talks to the engine through the facade only: no app file includes an engine/ header,
    nor a protocol/ header the facade does not publish, and no app CMakeLists.txt names
    imapcore_internal (which would put them all on its include path again);
  - no include path or #include climbs out of its folder with "..".
Prints each violation as file:line and exits 1 if there is any. With --self-test, checks that
each rule fires on a small tree made to break it.
"""
import pathlib
import re
import sys
import tempfile

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def includes(path):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = INCLUDE.match(line)
        if match:
            yield number, match.group(1)


def published_protocol_headers(root):
    """The protocol/ headers imapcore publishes to its users (its CMakeLists.txt)."""
    text = (root / "imapcore" / "CMakeLists.txt").read_text(encoding="utf-8")
    names = set()
    for call in re.finditer(r"mailbell_publish_headers\s*\(\s*imapcore\s+PREFIX\s+protocol/\s+"
                            r"HEADERS\s+([^)]*)\)", text):
        for header in call.group(1).split():
            names.add("protocol/" + header.rsplit("/", 1)[-1])
    return names


def check(root):
    root = pathlib.Path(root)
    problems = []
    folders = [root / name for name in ("app", "imapcore", "tests")]
    sources = [p for folder in folders for p in folder.glob("**/*")
               if p.suffix in (".h", ".cpp") and p.is_file()]
    lists = [root / "CMakeLists.txt"] + [p for folder in folders
                                         for p in folder.glob("**/CMakeLists.txt")]

    for folder in ("imapcore/engine", "imapcore/protocol"):
        for path in sorted((root / folder).glob("*")):
            if path.suffix not in (".h", ".cpp"):
                continue
            for number, name in includes(path):
                if name == "mailengine.h":
                    problems.append(f"{path.relative_to(root)}:{number}: includes the facade "
                                    f"(mailengine.h) from below it")

    for path in sorted((root / "imapcore").glob("*.h")):
        for number, name in includes(path):
            if name.startswith("engine/"):
                problems.append(f"{path.relative_to(root)}:{number}: a facade header includes "
                                f"the engine header {name}")

    published = published_protocol_headers(root)
    for path in sorted((root / "app").glob("**/*")):
        if path.suffix not in (".h", ".cpp") or not path.is_file():
            continue
        for number, name in includes(path):
            if name.startswith("engine/") or (name.startswith("protocol/")
                                              and name not in published):
                problems.append(f"{path.relative_to(root)}:{number}: an app file includes the "
                                f"engine's private header {name}; use the facade (mailengine.h)")
    for path in sorted((root / "app").glob("**/CMakeLists.txt")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\bimapcore_internal\b", line.split("#", 1)[0]):
                problems.append(f"{path.relative_to(root)}:{number}: the app links "
                                f"imapcore_internal (the engine's private headers)")

    for path in sorted(sources):
        for number, name in includes(path):
            if name.startswith("../") or "/../" in name:
                problems.append(f"{path.relative_to(root)}:{number}: #include \"{name}\" climbs "
                                f"out of its folder")

    for path in sorted(lists):
        text = path.read_text(encoding="utf-8")
        for call in re.finditer(r"target_include_directories\s*\(([^)]*)\)", text):
            if re.search(r"/\.\.(/|\s|$)", call.group(1)):
                number = text.count("\n", 0, call.start()) + 1
                problems.append(f"{path.relative_to(root)}:{number}: an include directory with "
                                f"\"..\"")

    return problems


# Each rule, and a file that breaks it: (path, text, what the report must say).
SELF_TEST_CASES = [
    ("imapcore/engine/x.cpp", '#include "mailengine.h"\n', "includes the facade"),
    ("imapcore/x.h", '#include "engine/connection.h"\n', "a facade header includes"),
    ("app/cli/x.cpp", '#include "engine/connection.h"\n', "engine's private header"),
    ("app/cli/x.h", '#include "protocol/mailboxname.h"\n', "engine's private header"),
    ("app/CMakeLists.txt", "target_link_libraries(x PRIVATE imapcore_internal)\n",
     "links imapcore_internal"),
    ("tests/x.cpp", '#include "../app/x.h"\n', "climbs out"),
    ("tests/CMakeLists.txt", "target_include_directories(x PRIVATE ${A}/..)\n", "with \"..\""),
]
SELF_TEST_CLEAN = [
    ("CMakeLists.txt", "add_subdirectory(app)\n"),
    ("imapcore/CMakeLists.txt",
     "mailbell_publish_headers(imapcore PREFIX protocol/ HEADERS protocol/mailaddress.h)\n"),
    ("app/ui/y.cpp", '#include "protocol/mailaddress.h"\n#include "mailengine.h"\n'),
    ("app/ui/CMakeLists.txt", "# not imapcore_internal: a comment\n"),
]


def self_test():
    failures = []
    for broken in [None] + SELF_TEST_CASES:
        with tempfile.TemporaryDirectory() as folder:
            root = pathlib.Path(folder)
            for relative, text in SELF_TEST_CLEAN + ([broken[:2]] if broken else []):
                path = root / relative
                path.parent.mkdir(parents=True, exist_ok=True)
                with path.open("a", encoding="utf-8") as file:
                    file.write(text)
            problems = check(root)
            if broken is None and problems:
                failures.append(f"a clean tree was reported: {problems}")
            elif broken and not any(broken[2] in p and broken[0] in p for p in problems):
                failures.append(f"{broken[0]} ({broken[2]}) was not reported: {problems}")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


def main(arguments):
    if arguments[:1] == ["--self-test"]:
        return self_test()
    problems = check(arguments[0])
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
