"""``analyze --json`` and ``aggregate --json`` print byte for byte what they printed before the
speed work (docs/performance notes in bench/RESULTS.md): the samples in both languages, with and
without ``--suggest``, long generated journeys, and a folder of generated journeys read serially
and by parallel workers.

The expected outputs are SHA-256 digests in ``fixtures/output_digests.json``, written from the
code before the reader, the breaks and the text rendering were made faster. When a text or the
analysis changes on purpose, write them again with
``PYTHONPATH=. python -m tests.cli.test_output_identity`` and say why in the commit.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from bench.bench_analysis import build_journey
from journeymap import paths
from journeymap.cli import run_cli
from journeymap.formats import write_journey
from journeymap.tools.synthetic import synthetic_journey, synthetic_journeys

DIGESTS = Path(__file__).parent / "fixtures" / "output_digests.json"
FOLDER_JOURNEYS = 300


def _long_journeys(folder: Path) -> dict[str, Path]:
    """Write the generated long journeys into ``folder``; return them by case name."""
    made = {
        "typical-3000": build_journey(3000),
        "dense-2000": build_journey(2000, dense=True, seed=7),
        "synthetic-2500": synthetic_journey(random.Random(11), 1, steps=2500),
    }
    files = {}
    for name, journey in made.items():
        files[name] = folder / f"{name}.journey.json"
        write_journey(journey, files[name])
    return files


def _journey_folder(folder: Path) -> Path:
    """Write ``FOLDER_JOURNEYS`` generated journeys (in two subfolders) and return the folder."""
    root = folder / "portfolio"
    for number, journey in enumerate(synthetic_journeys(FOLDER_JOURNEYS, seed=3)):
        place = root / ("a" if number % 4 else "b")
        place.mkdir(parents=True, exist_ok=True)
        write_journey(journey, place / f"j{number:04d}.journey.json")
    return root


def _cases(folder: Path) -> Iterator[tuple[str, list[str]]]:
    """Yield (case name, command line) for every output the digests hold."""
    for sample in sorted(paths.samples_dir().glob("*.journey.json")):
        for lang in ("en", "nl"):
            yield f"{sample.name}/{lang}", ["analyze", str(sample), "--json", "--lang", lang]
        yield f"{sample.name}/suggest", ["analyze", str(sample), "--json", "--suggest"]
    for name, path in _long_journeys(folder).items():
        yield name, ["analyze", str(path), "--json"]
        yield f"{name}/nl", ["analyze", str(path), "--json", "--lang", "nl"]


def _output(argv: list[str], *, root: Path | None = None) -> str:
    """Return the digest of what ``journeymap ARGV`` prints (``root`` written as ``ROOT``)."""
    out = io.StringIO()
    with redirect_stdout(out):
        assert run_cli(argv) == 0
    text = out.getvalue()
    if root is not None:
        text = text.replace(json.dumps(str(root))[1:-1], "ROOT")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _expected() -> dict[str, str]:
    data: dict[str, str] = json.loads(DIGESTS.read_text(encoding="utf-8"))
    return data


def test_analyze_json_is_unchanged(tmp_path: Path) -> None:
    expected = _expected()
    cases = dict(_cases(tmp_path))
    assert set(cases) <= set(expected)
    changed = [name for name, argv in cases.items() if _output(argv) != expected[name]]
    assert changed == []


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_aggregate_json_is_unchanged_serial_and_parallel(tmp_path: Path, jobs: str) -> None:
    root = _journey_folder(tmp_path)
    for lang in ("en", "nl"):
        got = _output(["aggregate", str(root), "--json", "--lang", lang, "--jobs", jobs],
                      root=root)
        assert got == _expected()[f"aggregate/{lang}"]


def test_a_process_prints_the_same_bytes(tmp_path: Path) -> None:
    # A real process writes the encoded JSON straight to its standard output.
    sample = paths.samples_dir() / "kookplaat-reparatie.nl.journey.json"
    env = {**os.environ, "JOURNEYMAP_HOME": str(tmp_path), "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([sys.executable, "-m", "journeymap", "analyze", str(sample), "--json"],
                          capture_output=True, env=env, check=True, timeout=120)
    digest = hashlib.sha256(done.stdout).hexdigest()
    assert digest == _expected()["kookplaat-reparatie.nl.journey.json/nl"]


def _write_digests() -> None:
    """Write the digests of the current code's outputs (see the module docstring)."""
    import tempfile

    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        digests = {name: _output(argv) for name, argv in _cases(folder)}
        root = _journey_folder(folder)
        for lang in ("en", "nl"):
            digests[f"aggregate/{lang}"] = _output(
                ["aggregate", str(root), "--json", "--lang", lang], root=root)
    DIGESTS.write_text(json.dumps(digests, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(digests)} digests to {DIGESTS}", file=sys.stderr)


if __name__ == "__main__":
    _write_digests()
