"""The whole test suite's wall time, and its slowest tests.

    python benchmarks/suite_time.py [--top N] [--ci] [PYTEST ARGS...]

Runs the README's test command (`python -m pytest`, with any further arguments given, e.g. a
file) with pytest's `--durations`, then prints the wall time, the summary line, the load average
before and after, the CPU time the suite used, and the N slowest test phases (15 by default:
setup, call or teardown, as pytest reports them; a session fixture's cost shows as the setup of
the first test that uses it). `--ci` sets CI=true, as .ci/run does, so that nothing may skip. On
a shared machine compare figures measured back to back, and say how loaded the machine was. A
benchmark: it prints, it does not judge.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DURATION = re.compile(r"^(\d+\.\d+)s (setup|call|teardown)\s+(\S.*)$")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=15, help="how many of the slowest test phases to print")
    parser.add_argument("--ci", action="store_true", help="run as CI does (CI=true: nothing may skip)")
    args, pytest_args = parser.parse_known_args(argv)
    env = os.environ | ({"CI": "true"} if args.ci else {})
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--durations={args.top}",
               "--durations-min=0", *pytest_args]
    load_before = os.getloadavg()
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = children.ru_utime + children.ru_stime
    load_after = os.getloadavg()
    lines = done.stdout.splitlines()
    slowest = [m.groups() for m in map(DURATION.match, lines) if m]
    summary = next((line for line in reversed(lines) if re.search(r"\b(passed|failed|error)", line)), "(no summary)")
    print(f"command: {' '.join(command[1:])}{'  (CI=true)' if args.ci else ''}")
    print(f"wall time: {wall:.0f} s ({wall / 60:.1f} min), exit {done.returncode}")
    print(f"pytest: {summary.strip('= ')}")
    # What the suite's processes (and the processes they waited for) used of the cores: on 2 cores,
    # CPU time well under twice the wall time means waiting, not work.
    print(f"CPU time (user + system, the suite and the processes it waited for): {cpu:.0f} s, "
          f"{cpu / wall:.2f} x the wall time")
    print("load average (1, 5, 15 min): before " + " ".join(f"{x:.1f}" for x in load_before)
          + ", after " + " ".join(f"{x:.1f}" for x in load_after) + f", on {os.cpu_count()} core(s)")
    print(f"the {len(slowest)} slowest test phases:")
    for seconds, phase, test in slowest:
        print(f"  {float(seconds):7.1f} s  {phase:8}  {test}")
    if done.returncode != 0:
        print("\n".join(lines[-40:]), file=sys.stderr)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
