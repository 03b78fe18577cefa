"""Exponential backoff with full jitter: retries spread out instead of hammering a weak link."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    """Delays of ``uniform(0, min(cap, base * 2**attempt))`` seconds."""

    base: float = 0.5
    cap: float = 60.0
    attempt: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def next_delay(self) -> float:
        """The delay before the next try; each call doubles the ceiling up to ``cap``."""
        ceiling = min(self.cap, self.base * (2**self.attempt))
        self.attempt += 1
        return self.rng.uniform(0, ceiling)

    def reset(self) -> None:
        self.attempt = 0
