"""Benchmarks: speed and memory as ratios against baselines run in the same invocation.

Run them all with ``python -m benchmarks`` (see ``benchmarks/__main__.py``).
"""
