#!/usr/bin/env python3
"""What a user might write instead of hcsim: the bundled default loop in vectorised numpy.

It reads the same catalogue files as hcsim (the loop, its personas, the level's bar, the pool and
a bundled profile) and plays the loop in batches of whole columns: each run's candidate drawn
around the stated profile as hcsim draws it (the self-assessment leniency taken off, an error of
the stated uncertainty related across competencies by the pool's general and cluster factors,
kept on the 1-5 scale), the candidate's readiness and consistency, loop form, round form and rater
error, the persona's severity, the four-point cuts at bar - w, bar and bar + w, each round's
weighted recommendation with a must-have at Strong No forcing Strong No, the gates, and a
committee that hires when a normal posterior on the overall, from the mean of all the ratings,
clears the bar with the loop's confidence (no grid posterior per competency, no role weights or
correlation, no levels, holds, vetoes, owner's readings, reasons or pay).

It does less than hcsim, and a vectorised loop plays every round for every run (a stopped run is
only masked), so its rate is an upper bound for a numpy version of the same work. Used by
benchmarks/peer.sh; see docs/performance.md.

Usage: numpy_peer.py RUNS [PROFILE]   prints "numpy peer: R M loops/s on one core (P(offer) p)"
"""
import os
import sys
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one core, like hcsim --threads 1

import numpy as np
import yaml
from scipy.special import ndtr

CATALOGUE = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                         "../../core/src/main/resources/hcsim/catalogue")
SCORE = {"STRONG_NO": 1, "LEAN_NO": 2, "LEAN_HIRE": 3, "STRONG_HIRE": 4}
UNSTATED_READINESS = -0.15  # docs/calibration.md: an untrained candidate under-performs
BATCH = 100_000


def read(name):
    with open(os.path.join(CATALOGUE, name), encoding="utf-8") as f:
        return yaml.safe_load(f)


class Loop:
    """The default loop's interviews for one profile, as index arrays numpy can use."""

    def __init__(self, profile_name):
        loop = read("loops/ali-health-pm.yaml")
        personas = read("personas.yaml")["personas"]
        # A bundled profile by name, or a profile file by path (hcsim takes either).
        if os.path.isfile(profile_name):
            with open(profile_name, encoding="utf-8") as f:
                profile = yaml.safe_load(f)
        elif os.path.isfile(os.path.join(CATALOGUE, f"profiles/{profile_name}.yaml")):
            profile = read(f"profiles/{profile_name}.yaml")
        else:
            print(f"numpy_peer.py: {profile_name}: no such bundled profile or profile file", file=sys.stderr)
            sys.exit(2)
        level = next(l for l in read("levels.yaml")["levels"] if l["id"] == profile["targetLevel"])
        pool = read("pool.yaml")
        ids = list(loop["roleWeights"])
        self.stated = np.array([profile["proficiency"][c] for c in ids], float)[:, None]
        # The self-assessment error (pool.yaml): truth = stated - leniency + u z, z related across
        # competencies by a general factor, one factor per cluster and a part of each one's own.
        self_assessment = pool["selfAssessment"]
        default_u = round(pool["sd"] * (1 - self_assessment["agreement"] ** 2) ** 0.5, 2)
        self.uncertainty = profile.get("uncertainty", default_u)
        self.leniency = profile.get("leniency", self_assessment["leniency"])
        structure = pool["structure"]
        clusters = list(structure["clusters"].values())
        cluster_of = {c: j for j, cl in enumerate(clusters) for c in cl["competencies"]}
        self.cluster = np.array([cluster_of[c] for c in ids])
        self.clusters = len(clusters)
        general = np.array([clusters[cluster_of[c]].get("general", structure["general"]) for c in ids])
        share = np.array([clusters[cluster_of[c]]["share"] for c in ids])
        self.general_w = np.sqrt(general)[:, None]
        self.cluster_w = np.sqrt(share)[:, None]
        self.own_w = np.sqrt(1 - general - share)[:, None]
        self.readiness = profile.get("readiness", UNSTATED_READINESS)
        self.bar = level["bar"]
        self.prior_mean = self.bar + pool["offsetFromBar"]
        self.prior_var = pool["sd"] ** 2
        self.loop_sd = loop["noise"]["loopForm"]
        # Round form grows as consistency falls: at 0.5 it is the loop's roundForm.
        consistency = profile.get("consistency", pool["consistency"])
        self.round_sd = loop["noise"]["roundForm"] * (2 * (1 - consistency)) ** 0.5
        self.confidence = loop["committee"]["confidence"]
        self.rounds = []
        for r in loop["rounds"]:
            if r.get("decides"):
                continue
            p = personas[r["persona"]]
            focus = [ids.index(c) for c in r["focus"]]
            w = np.array(list(r["focus"].values()), float)
            must = [focus.index(ids.index(c)) for c in r.get("mustHave", [])]
            self.rounds.append((p["severity"], p["noise"], p["cutWidth"], np.array(focus),
                                w / w.sum(), must, SCORE.get(r.get("gate"), 0)))
        # A rating read back as a proficiency: bar + (score - 2.5) * w, with the noise it was drawn
        # with as its measurement SD.
        self.cut_width = self.rounds[0][2]
        self.rating_var = self.loop_sd ** 2 + loop["noise"]["roundForm"] ** 2 + 0.5 ** 2

    def drawn(self, rng, n):
        """Each run's candidate around the stated profile: in place, one (competencies x runs) array,
        each competency's column of runs contiguous."""
        truth = rng.standard_normal((len(self.stated), n))
        truth *= self.own_w
        truth += self.cluster_w * rng.standard_normal((self.clusters, n))[self.cluster]
        truth += self.general_w * rng.standard_normal(n)
        truth *= self.uncertainty
        truth += self.stated - self.leniency
        np.clip(truth, 1.0, 5.0, out=truth)
        return truth

    def play(self, rng, n):
        """Plays n loops; returns how many end in an offer. Whole columns, one per run: numpy is
        fastest on long contiguous vectors."""
        points = np.zeros(n)   # sum of (score - 2.5) over the ratings a run reached
        ratings = np.zeros(n)  # how many ratings it reached
        going = np.ones(n, bool)
        if self.uncertainty == 0:
            # A profile taken as exact (uncertainty 0): one number a competency, as hcsim draws nothing.
            truth = (self.stated - self.leniency)[:, 0]
        else:
            truth = self.drawn(rng, n)
        loop_form = rng.standard_normal(n) * self.loop_sd + self.readiness
        for severity, noise, w, focus, weights, must, gate in self.rounds:
            shared = loop_form + rng.standard_normal(n) * self.round_sd - severity - self.bar
            weighted = np.zeros(n)
            strong_no = np.zeros(n, bool)
            for i, c in enumerate(focus):
                seen = shared + rng.standard_normal(n) * noise + truth[c]
                score = (seen >= -w).astype(np.int8) + (seen >= 0) + (seen >= w)  # 0..3; 0 is Strong No
                weighted += weights[i] * score
                if i in must:
                    strong_no |= score == 0
                points += np.where(going, score - 1.5, 0.0)
            ratings += going * len(focus)
            rec = np.where(strong_no, 1, np.rint(weighted) + 1)
            going &= rec >= gate
        # The committee: a normal prior on the overall (the pool's), and the ratings' mean read back
        # as a proficiency, bar + (mean score - 2.5) * w, each rating a measurement with the noise it
        # was drawn with.
        precision = 1.0 / self.prior_var + ratings / self.rating_var
        reading = self.bar * ratings + points * self.cut_width
        mean = (self.prior_mean / self.prior_var + reading / self.rating_var) / precision
        return int((going & (ndtr((mean - self.bar) * np.sqrt(precision)) >= self.confidence)).sum())


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
    loop = Loop(sys.argv[2] if len(sys.argv) > 2 else "consumer-pm-to-health")
    rng = np.random.default_rng(20261125)
    loop.play(rng, BATCH)  # warm-up: numpy's first calls load and allocate
    start = time.perf_counter()
    done = offers = 0
    while done < runs:
        offers += loop.play(rng, BATCH)
        done += BATCH
    seconds = time.perf_counter() - start
    print(f"numpy peer: {done / seconds / 1e6:.3f} M loops/s on one core (P(offer) {offers / done:.3f})")


if __name__ == "__main__":
    main()
