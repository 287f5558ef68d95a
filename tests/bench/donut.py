#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The alternative a user would pick: the same donut of A/RES/ES-11/9 drawn with matplotlib, same size."""
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def main():
    out, size = sys.argv[1], sys.argv[2]
    width, height = (int(v) for v in size.split("x"))
    counts = {"Yes": 91, "No": 12, "Abstain": 57, "Non-voting": 33}
    colours = ["#0072B2", "#D55E00", "#E69F00", "#999999"]
    total = sum(counts.values())
    fig, ax = plt.subplots(figsize=(width / 100, height / 100), dpi=100)
    labels = [f"{k} {v} ({100 * v / total:.0f}%)" for k, v in counts.items()]
    ax.pie(list(counts.values()), labels=labels, colors=colours, startangle=90, counterclock=False,
           wedgeprops={"width": 0.4, "edgecolor": "white"})
    ax.set_title("Return of Ukrainian children\nA/RES/ES-11/9 · 3 December 2025 · recorded vote")
    ax.legend(loc="center left", bbox_to_anchor=(1, 0.5))
    fig.text(0.01, 0.01, "Source: UN Digital Library, record 4094643", fontsize=9)
    fig.savefig(out)


if __name__ == "__main__":
    main()
