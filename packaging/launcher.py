"""Entry script of the frozen bundle: the same ``main()`` as ``python -m journeymap``.

A smoke run (``JOURNEYMAP_SMOKE``, see ``journeymap/ui/smoke.py``) gets its watcher installed
before the app starts, so the bundle test works whether or not the composition root wires it.
Headless subcommands never import Qt here.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    """Run JourneyMap."""
    if os.environ.get("JOURNEYMAP_SMOKE"):
        from journeymap.ui.smoke import prepare_if_requested

        prepare_if_requested()
    from journeymap.__main__ import main as journeymap_main

    return journeymap_main()


if __name__ == "__main__":
    sys.exit(main())
