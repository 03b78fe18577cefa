"""Figures, statistics, the table and the JSON file of a benchmark run."""

from __future__ import annotations

import json
import math
import platform
import statistics
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Sizes:
    """How big each scenario is: the issue's sizes in full mode, smaller ones in quick mode."""

    push_records: int = 20_000
    single_records: int = 2_000  # one record per request: a sample, the rate is per request
    devices: int = 10
    device_records: int = 2_000
    pull_records: int = 20_000
    stored: int = 100_000
    saves: int = 200
    searches: int = 40  # per query kind
    runs: int = 3

    @classmethod
    def quick(cls) -> Sizes:
        return cls(
            push_records=4_000,
            single_records=200,
            devices=10,
            device_records=300,
            pull_records=3_000,
            stored=15_000,
            saves=60,
            searches=15,
            runs=2,
        )


@dataclass
class Figure:
    """One scenario's result. ``higher`` says whether a bigger number is better."""

    name: str
    unit: str
    samples: list[float]
    target: float | None
    higher: bool = True
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.samples) if self.samples else float("nan")

    @property
    def met(self) -> bool | None:
        if self.target is None or not self.samples:
            return None
        return self.median >= self.target if self.higher else self.median <= self.target

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "unit": self.unit,
            "median": _round(self.median) if self.samples else None,
            "min": _round(min(self.samples)) if self.samples else None,
            "max": _round(max(self.samples)) if self.samples else None,
            "target": self.target,
            "target_is": "at least" if self.higher else "at most",
            "met": self.met,
            "runs": len(self.samples),
            "note": self.note,
            **({"extra": self.extra} if self.extra else {}),
        }


def _round(value: float) -> float:
    return round(value, 3) if abs(value) < 100 else round(value, 1)


def percentile(values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile (``fraction`` 0..1) of ``values``."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), math.ceil(fraction * len(ordered))))
    return ordered[rank - 1]


def not_available(name: str, unit: str, target: float | None, why: str, higher: bool) -> Figure:
    """A scenario that could not run here (the reason goes in the note)."""
    return Figure(name, unit, [], target, higher, note=f"not available: {why}")


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.2f}"


def table(figures: Sequence[Figure]) -> str:
    """The figures as a plain-text table."""
    header = ("scenario", "unit", "median", "min", "max", "target", "met")
    rows = [header]
    for f in figures:
        target = "-" if f.target is None else ("≥ " if f.higher else "≤ ") + _fmt(f.target)
        met = {True: "yes", False: "NO", None: "-"}[f.met]
        rows.append(
            (
                f.name,
                f.unit,
                _fmt(f.median) if f.samples else "n/a",
                _fmt(min(f.samples)) if f.samples else "",
                _fmt(max(f.samples)) if f.samples else "",
                target,
                met,
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    notes = [f"  {f.name}: {f.note}" for f in figures if f.note]
    return "\n".join(lines + (["", "notes:", *notes] if notes else []))


def machine() -> dict[str, Any]:
    """What ran the benchmark: CPU count and model, memory, Python."""
    import os

    model = ""
    memory_kb = 0
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory_kb = int(line.split()[1])
    except OSError:
        pass
    return {
        "cpus": os.cpu_count(),
        "cpu_model": model or platform.processor(),
        "memory_gb": round(memory_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def write_json(path: Path, figures: Sequence[Figure], mode: str, extra: dict[str, Any]) -> None:
    """The run as JSON: the machine, the mode, one entry per scenario."""
    document = {
        "mode": mode,
        "machine": machine(),
        "scenarios": [f.as_json() for f in figures],
        **extra,
    }
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


Scenario = Callable[[Sizes, Path], list[Figure]]


def run_all(
    families: Sequence[tuple[str, Scenario]],
    sizes: Sizes,
    work: Path,
    say: Callable[[str], None],
) -> list[Figure]:
    """Run every family; a family that fails reports its error instead of stopping the rest."""
    figures: list[Figure] = []
    for name, family in families:
        say(f"[bench] {name} ...")
        try:
            found = family(sizes, work)
        except Exception as error:  # one broken family must not hide the others' figures
            say(f"[bench] {name} failed: {type(error).__name__}: {error}")
            found = [Figure(f"{name} (failed)", "-", [], None, note=f"{type(error).__name__}")]
        for figure in found:
            say(f"[bench]   {figure.name}: {_fmt(figure.median) if figure.samples else 'n/a'}")
        figures += found
    return figures


def as_dict(sizes: Sizes) -> dict[str, int]:
    return asdict(sizes)
