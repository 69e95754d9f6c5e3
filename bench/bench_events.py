"""How long does ``journeymap import --events`` of 100,000 contacts take?

A contact-history export of 100,000 contacts (``journeymap.tools.synthetic.contact_export``:
Dutch headers, ``;``, Windows-1252 as Dutch Excel saves it, about 14,300 customers) is imported
into a fresh SQLite library by a whole ``journeymap import --events`` process. Beside it, the
lower bounds of its two halves: reading the same file with ``csv.reader`` and inserting as many
step rows with bare ``sqlite3`` ``executemany`` in one transaction. Target: seconds.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.processes import environment, machine, measure, python
from journeymap.tools.synthetic import contact_export

CONTACTS = 100_000
RUNS = 3

CSV_READ = """
import csv, sys
with open(sys.argv[1], encoding="cp1252", newline="") as handle:
    rows = list(csv.reader(handle, delimiter=";"))
"""

SQLITE_INSERT = """
import csv, os, sqlite3, sys
if os.path.exists(sys.argv[2]):
    os.remove(sys.argv[2])
with open(sys.argv[1], encoding="cp1252", newline="") as handle:
    rows = list(csv.reader(handle, delimiter=";"))[1:]
db = sqlite3.connect(sys.argv[2])
db.execute("CREATE TABLE IF NOT EXISTS step (id INTEGER PRIMARY KEY, journey_id INTEGER, "
           "position INTEGER, key TEXT, title TEXT, channel TEXT, score INTEGER, outcome TEXT, "
           "wait_minutes REAL, elapsed_days REAL, note TEXT)")
with db:
    db.executemany("INSERT INTO step (journey_id, position, key, title, channel, score, outcome, "
                   "wait_minutes, elapsed_days, note) VALUES (?, ?, ?, ?, ?, 0, ?, ?, 0, ?)",
                   [(hash(r[0]) % 100000, n, f"s{n}", r[5], r[2], r[3], r[4] or None, r[5])
                    for n, r in enumerate(rows)])
"""


def main() -> None:
    """Write the export, time the import and its lower bounds, and print the figures."""
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "contacten.csv"
        path.write_bytes(contact_export(CONTACTS).encode("cp1252"))
        megabytes = path.stat().st_size / 1e6
        env = environment(Path(work) / "home")
        # Every run writes a database of its own: the one of the previous run is removed.
        times = measure({
            "csv": [python(), "-c", CSV_READ, str(path)],
            "sqlite3": [python(), "-c", SQLITE_INSERT, str(path), str(Path(work) / "bare.db")],
            "import": [python(), "-c", _IMPORT, str(path), str(Path(work) / "library.sqlite3")],
        }, env, RUNS)
    print(machine())
    print(f"{CONTACTS:,} contacts, file {megabytes:.1f} MB (Windows-1252); medians of {RUNS} runs, "
          "whole processes, a fresh library each")
    product = times["import"]
    for name, label in (("csv", "python: csv.reader of the file"),
                        ("sqlite3", "python: csv.reader + sqlite3 executemany")):
        bound = times[name]
        print(f"  {label:<42} {bound.wall:6.2f} s wall {bound.cpu:6.2f} s CPU")
    wall, cpu = product.ratio(times["sqlite3"])
    print(f"  {'journeymap import --events FILE':<42} {product.wall:6.2f} s wall "
          f"{product.cpu:6.2f} s CPU  ratio to csv + sqlite3 {wall:.2f} wall, {cpu:.2f} CPU")


#: ``journeymap import --events`` into a fresh library file (the previous one removed first).
_IMPORT = """
import os, sys
from pathlib import Path
library = Path(sys.argv[2])
for suffix in ("", "-wal", "-shm"):
    Path(str(library) + suffix).unlink(missing_ok=True)
os.environ["JOURNEYMAP_DATABASE_URL"] = f"sqlite:///{library}"
from journeymap.__main__ import main
sys.argv = ["journeymap", "import", "--events", sys.argv[1]]
code = main()
sys.exit(code or 0)
"""


if __name__ == "__main__":
    main()
