"""The session: what the app and the command line share above the core (Qt-free).

``context`` resolves the language and analysis settings every analysis uses; ``exports`` is the
one registry of export kinds; ``history`` keeps undoable operations; ``document`` is the open
journey with its analysis and save policy. The Qt interface adapts these with signals; the
command line uses them directly. See ``docs/architecture.md``.
"""
