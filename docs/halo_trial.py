#!/usr/bin/env python3
"""Reproduces the table of docs/study.md, "The halo route, re-fitted" (issue 19).

Each row splits the noise of one rating between the loop form, the round form (shared by the
ratings of one interview: an interviewer's halo) and the interviewer's own error, and may weaken
the competencies' general factor. The noise goes into loop files that extend the bundled
`panel-committee` and `ali-health-pm` (`extends:` with `noise` and every persona of
`personas.yaml` with its `noise` scaled); the general factor has no loop key, so for those rows
`pool.yaml` is rewritten for the run and restored afterwards (the launcher rebuilds the jar).
For each row: the share of the AUC gain of six interviews over one that four reach on the panel
loop (100,000 candidates), and the default loop's inter-rater reliability, hire rate and validity
(40,000 candidates), seed 20261125, the committees as bundled. It takes a few minutes.

Usage: docs/halo_trial.py
"""
import json
import os
import subprocess
import sys
import tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOGUE = os.path.join(ROOT, "core/src/main/resources/hcsim/catalogue")
POOL = os.path.join(CATALOGUE, "pool.yaml")
BUNDLED_OWN_ERROR = 0.48  # the interviewers' noise in personas.yaml; the recruiter and bar raiser scale with it
BUNDLED_GENERAL = "structure:\n  general: 0.5"

# (loop form, round form, own error, general factor), in the order of the table; the first is the bundled model,
# the second the split it replaced.
ROWS = [
    (0.2, 0.3, 0.48, 0.5),
    (0.15, 0.3, 0.5, 0.5),
    (0.15, 0.3, 0.5, 0.4),
    (0.15, 0.3, 0.5, 0.3),
    (0.15, 0.5, 0.3, 0.5),
    (0.15, 0.5, 0.2, 0.5),
    (0.15, 0.55, 0.15, 0.5),
    (0.15, 0.6, 0.3, 0.5),
    (0.15, 0.6, 0.1, 0.5),
    (0, 0.55, 0.25, 0.5),
    (0.2, 0.55, 0.1, 0.3),
]


def study(*args):
    done = subprocess.run(["./hcsim", "study", "--format", "json", *args], cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        sys.exit(done.stderr)
    return json.loads(done.stdout)


def loop_file(folder, parent, loop_form, round_form, own_error):
    personas = yaml.safe_load(open(os.path.join(CATALOGUE, "personas.yaml"), encoding="utf-8"))["personas"]
    for persona in personas.values():
        persona["noise"] = round(persona["noise"] * own_error / BUNDLED_OWN_ERROR, 4)
    path = os.path.join(folder, parent + ".yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump({"extends": parent, "id": parent + "-halo",
                        "noise": {"loopForm": loop_form, "roundForm": round_form}, "personas": personas},
                       f, allow_unicode=True)
    return path


def row(folder, loop_form, round_form, own_error, general):
    panel = loop_file(folder, "panel-committee", loop_form, round_form, own_error)
    default = loop_file(folder, "ali-health-pm", loop_form, round_form, own_error)
    auc = [p["metrics"]["auc"]["value"]
           for p in study("--loop", panel, "--sweep", "rounds=1,2,3,4,5,6", "--candidates", "100000")["sweep"]["points"]]
    m = study("--loop", default, "--candidates", "40000")["metrics"]
    share = (auc[3] - auc[0]) / (auc[5] - auc[0])
    bundled = " (bundled)" if (loop_form, round_form, own_error, general) == ROWS[0] else ""
    return (f"| {loop_form:g} | {round_form:g} | {own_error:g} | {general:g}{bundled} | {share:.1%} "
            f"| {m['interRaterReliability']['value']:.3f} | {m['hireRate']['value']:.1%} "
            f"| {m['validity']['value']:.3f} / {m['validityDecided']['value']:.3f} |")


def write_if_changed(path, text):
    """Writes only a change: touching a source makes the launcher rebuild the jar."""
    if open(path, encoding="utf-8").read() != text:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


def main():
    bundled_pool = open(POOL, encoding="utf-8").read()
    if BUNDLED_GENERAL not in bundled_pool:
        sys.exit(f"{POOL}: expected '{BUNDLED_GENERAL}' (the bundled general factor); update ROWS and this script")
    print("| loop form | round form | own error | general factor | panel: share at four "
          "| default loop: reliability | hire rate | validity, all / reaching the committee |")
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="hcsim-halo-") as folder:
        try:
            for loop_form, round_form, own_error, general in ROWS:
                write_if_changed(POOL, bundled_pool.replace(BUNDLED_GENERAL, f"structure:\n  general: {general:g}"))
                print(row(folder, loop_form, round_form, own_error, general), flush=True)
        finally:
            write_if_changed(POOL, bundled_pool)


if __name__ == "__main__":
    main()
