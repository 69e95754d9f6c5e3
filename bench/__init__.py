"""Speed measurements, run on demand (``make bench`` or ``python -m bench [NAME...]``).

Each ``bench/bench_NAME.py`` module has a ``main()`` that prints its figures; results are written
down in ``bench/RESULTS.md``, never asserted in unit tests.
"""
