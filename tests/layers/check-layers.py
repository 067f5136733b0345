#!/usr/bin/env python3
"""The layering rules the include paths cannot enforce (ARCHITECTURE.md, rule 1).

The build already refuses an app file that includes an engine or protocol header (they are not
on its include path) and a protocol file that includes a Network header (the protocol library
links only Qt Core). What it cannot see, because imapcore's own sources share one folder tree:
  - nothing below the facade includes it: no engine/ or protocol/ file includes mailengine.h;
  - the facade's headers include no engine/ header (the values they share live beside them);
  - no include path or #include climbs out of its folder with "..".
Prints each violation as file:line and exits 1 if there is any.
"""
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def includes(path):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = INCLUDE.match(line)
        if match:
            yield number, match.group(1)


def main(root):
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

    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
