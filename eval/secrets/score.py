#!/usr/bin/env python3
"""Scores secret scanners against labelled runbooks. Prints only counts, never a value.

Usage: score.py --manifest M --synthetic-dir D --labels L --snippets-dir S
                --ours-synthetic T1 --ours-snippets T2
                [--secretlint-synthetic J1 --secretlint-snippets J2]

Ground truth, at line granularity (file, line):
- synthetic corpus: the gen_corpus.py manifest ("secrets" with line/kind/value; "placeholders"
  with line); every other line holds no secret;
- hand-written snippets: labels.tsv (file, line, secret|placeholder, form, optional line range
  for a value continued over a backslash: a finding on any line of the range counts).
Recall = labelled secret lines with a finding / labelled secret lines.
Precision = finding lines that are labelled secret / finding lines.
Placeholder false positives = finding lines labelled placeholder.
"""
import argparse
import json
import os
import sys


def truth_synthetic(manifest):
    """secrets: {(file, line): {lines where a finding counts}}; placeholders: {(file, line)}."""
    with open(manifest, encoding="utf-8") as fh:
        m = json.load(fh)
    secrets, placeholders = {}, set()
    for f in m["files"]:
        for s in f["secrets"]:
            secrets[(f["file"], s["line"])] = {(f["file"], s["line"])}
        for p in f["placeholders"]:
            placeholders.add((f["file"], p["line"]))
    return secrets, placeholders


def truth_labels(path):
    secrets, placeholders = {}, set()
    with open(path, encoding="utf-8") as fh:
        for row in fh:
            if row.startswith("#") or not row.strip():
                continue
            f, line, label, _form, span = row.rstrip("\n").split("\t")
            key = (f, int(line))
            if label == "secret":
                secrets[key] = {key}
                if span:
                    a, b = (int(x) for x in span.split("-"))
                    secrets[key] = {(f, n) for n in range(a, b + 1)}
            else:
                placeholders.add(key)
    return secrets, placeholders


def ours(tsv):
    found = set()
    with open(tsv, encoding="utf-8") as fh:
        for row in fh:
            c = row.rstrip("\n").split("\t")
            found.add((c[0], int(c[1])))
    return found


def secretlint(path, base):
    with open(path, encoding="utf-8") as fh:
        text = fh.read().strip()
    data = json.loads(text) if text else []
    found = set()
    for f in data:  # "sourceContent" holds the file text: never printed
        rel = os.path.relpath(f["filePath"], base).replace(os.sep, "/")
        for msg in f.get("messages", []):
            found.add((rel, msg["loc"]["start"]["line"]))
    return found


def score(truth, found):
    secrets, placeholders = truth
    accepted = set().union(*secrets.values()) if secrets else set()
    hit = {k for k, lines in secrets.items() if lines & found}
    tp_lines = found & accepted
    return {"secrets": len(secrets), "found": len(hit),
            "recall": len(hit) / len(secrets) if secrets else float("nan"), "findings": len(found),
            "precision": len(tp_lines) / len(found) if found else float("nan"),
            "placeholder_fp": len(found & placeholders), "other_fp": len(found - accepted - placeholders)}


def row(set_name, tool, r):
    return (f"| {set_name} | {tool} | {r['secrets']} | {r['found']} | {r['recall']:.3f} | {r['findings']} | "
            f"{r['precision']:.3f} | {r['placeholder_fp']} | {r['other_fp']} |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--manifest", required=True)
    ap.add_argument("--synthetic-dir", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--snippets-dir", required=True)
    ap.add_argument("--ours-synthetic", required=True)
    ap.add_argument("--ours-snippets", required=True)
    ap.add_argument("--secretlint-synthetic")
    ap.add_argument("--secretlint-snippets")
    ap.add_argument("--secretlint-label", default="secretlint")
    ap.add_argument("--count", default="200")
    ap.add_argument("--iact-labels")
    ap.add_argument("--iact-dir")
    ap.add_argument("--ours-iact")
    ap.add_argument("--secretlint-iact")
    a = ap.parse_args()
    sets = [(f"synthetic (gen_corpus --count {a.count})", truth_synthetic(a.manifest)),
            ("hand-written snippets", truth_labels(a.labels))]
    tools = [("no-credentials", [ours(a.ours_synthetic), ours(a.ours_snippets)])]
    if a.secretlint_synthetic and a.secretlint_snippets:
        tools.append((a.secretlint_label, [secretlint(a.secretlint_synthetic, a.synthetic_dir),
                                           secretlint(a.secretlint_snippets, a.snippets_dir)]))
    if a.iact_labels and a.ours_iact:
        sets.append(("real corpus iact/docs", truth_labels(a.iact_labels)))
        tools[0][1].append(ours(a.ours_iact))
        if len(tools) > 1:
            tools[1][1].append(secretlint(a.secretlint_iact, a.iact_dir) if a.secretlint_iact else set())
    if len(tools) > 1 and len(tools[1][1]) < len(sets):
        sets = sets[:len(tools[1][1])]
    print("| set | tool | secrets | found | recall | findings | precision | FP on placeholders | other FP |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    merged = {}
    for i, (set_name, truth) in enumerate(sets):
        for tool, results in tools:
            print(row(set_name, tool, score(truth, results[i])))
            m = merged.setdefault(tool, [{}, set(), set()])
            m[0].update({(set_name,) + k: {(set_name,) + x for x in v} for k, v in truth[0].items()})
            m[1] |= {(set_name,) + x for x in truth[1]}
            m[2] |= {(set_name,) + x for x in results[i]}
    for tool, (secrets, placeholders, found) in merged.items():
        print(row("**all**", tool, score((secrets, placeholders), found)))
    # our scanner's raw output must not hold any planted value (it prints masked values only)
    with open(a.manifest, encoding="utf-8") as fh:
        planted = [s["value"] for f in json.load(fh)["files"] for s in f["secrets"]]
    leaks = 0
    for path in (a.ours_synthetic, a.ours_snippets, a.ours_iact):
        if path:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            leaks += sum(1 for v in planted if v in text or v[2:] in text)
    print()
    print(f"leak check: {len(planted)} planted values searched in the scanner output: "
          + ("none found" if leaks == 0 else f"{leaks} FOUND"))
    return 1 if leaks else 0


if __name__ == "__main__":
    sys.exit(main())
