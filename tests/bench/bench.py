#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Whole-process timings of Plenary beside matplotlib. Prints medians and ratios; asserts nothing."""
import os
import statistics
import subprocess
import sys
import tempfile
import time


def median_ms(cmd, runs, env=None):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), min(samples), max(samples)


def line(name, m):
    print(f"  {name:<46} median {m[0]:8.1f} ms   (min {m[1]:.1f}, max {m[2]:.1f})")


def main():
    plenary = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    here = os.path.dirname(os.path.abspath(__file__))
    tmp = tempfile.mkdtemp(prefix="plenary-bench-")
    size = "1200x800"
    offscreen = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    print(f"Plenary benchmark: {runs} runs each, whole processes, {os.cpu_count()} cores")

    # Warm the page cache once for each program.
    subprocess.run([plenary, "--export", f"{tmp}/warm.png"], check=True, env=offscreen, stderr=subprocess.DEVNULL)
    subprocess.run([sys.executable, f"{here}/donut.py", f"{tmp}/warm2.png", size], check=True)

    paint = median_ms([plenary, "--quit-after-first-paint"], runs, offscreen)
    line("start to first paint (offscreen platform)", paint)
    if os.environ.get("DISPLAY"):
        line("start to first paint (X display " + os.environ["DISPLAY"] + ")",
             median_ms([plenary, "--quit-after-first-paint"], runs))

    exports = {}
    for fmt in ("png", "svg", "pdf"):
        exports[fmt] = median_ms([plenary, "--export", f"{tmp}/donut.{fmt}", "--chart", "donut", "--size", size], runs, offscreen)
        line(f"plenary --export donut {size} .{fmt}", exports[fmt])
    mpl = median_ms([sys.executable, f"{here}/donut.py", f"{tmp}/mpl.png", size], runs)
    line(f"matplotlib donut {size} .png", mpl)
    ratio = exports["png"][0] / mpl[0]
    print(f"  ratio plenary/matplotlib (PNG donut): {ratio:.3f}   (target < 0.15)")
    print(f"  ratio start-to-first-paint/matplotlib: {paint[0] / mpl[0]:.3f}")


if __name__ == "__main__":
    main()
