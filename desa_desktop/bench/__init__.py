"""The benchmark suite: ``python -m desa_desktop.bench [--quick] [--json FILE]``.

Separate from the test suite: it measures, it never asserts. Every scenario returns a
:class:`~desa_desktop.bench.runner.Figure` (median, min and max of several runs against
the issue's target); the runner prints them as a table and writes them as JSON.
"""
