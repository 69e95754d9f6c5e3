"""The Qt-free core: journey model, channel catalogue, validation, analysis and layout.

Only the standard library is imported here, so the command line and the tests run without a display.
"""
