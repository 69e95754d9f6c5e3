"""The desktop interface (PySide6). The only package besides ``journeymap.app`` that imports Qt."""
