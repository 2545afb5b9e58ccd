#!/usr/bin/env python3
"""Checks the sample outputs in README.md and docs/*.md against what hcsim prints now.

A sample is a fenced block whose lines start with `$ ./hcsim ARGS`; the lines after each such
line, up to the next `$ ` line or the end of the block, are what the command prints (standard
output, then standard error). Every sample command is run from the repository's root through
the launcher; a difference is shown as a diff and makes the exit code 1.

Usage: docs/samples.py            check every sample
       docs/samples.py --update   write the outputs of now into the files (after a deliberate change)
"""
import difflib
import glob
import os
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(command):
    args = shlex.split(command)[1:]  # without ./hcsim
    done = subprocess.run(["./hcsim", *args], cwd=ROOT, capture_output=True, text=True)
    return (done.stdout + done.stderr).splitlines()


def check(path, update):
    lines = open(path, encoding="utf-8").read().split("\n")
    out, fenced, moved, i = [], False, 0, 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            fenced = not fenced
        if fenced and line.startswith("$ ./hcsim"):
            j = i + 1
            while j < len(lines) and not lines[j].startswith("$ ") and not lines[j].startswith("```"):
                j += 1
            expected, actual = lines[i + 1:j], run(line[2:])
            if expected != actual:
                moved += 1
                rel = os.path.relpath(path, ROOT)
                sys.stdout.writelines(difflib.unified_diff(
                    [e + "\n" for e in expected], [a + "\n" for a in actual], f"{rel}: {line}", "now"))
            out.append(line)
            out.extend(actual if update else expected)
            i = j
            continue
        out.append(line)
        i += 1
    if update and moved:
        open(path, "w", encoding="utf-8").write("\n".join(out))
    return moved


def main():
    update = "--update" in sys.argv[1:]
    # Build first (the launcher says so on stderr), so that no sample's output includes it.
    subprocess.run(["./hcsim", "--version"], cwd=ROOT, capture_output=True, check=True)
    files = [os.path.join(ROOT, "README.md")] + sorted(glob.glob(os.path.join(ROOT, "docs", "*.md")))
    moved = sum(check(f, update) for f in files)
    print(f"samples.py: {moved} sample{'s' if moved != 1 else ''} "
          + ("rewritten" if update else "differ from what hcsim prints now") if moved else "samples.py: every sample matches")
    sys.exit(1 if moved and not update else 0)


if __name__ == "__main__":
    main()
