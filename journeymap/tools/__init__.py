"""Developer tools run with ``python -m journeymap.tools.<name>`` (report samples, screenshots)."""
