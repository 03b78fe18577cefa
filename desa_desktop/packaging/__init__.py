"""Packaging: the PyInstaller entry point, the built program's self-check, the app icon, the build script.

Nothing here is imported by the app itself from a source or wheel install; ``build.spec`` at
the top of the repository freezes :mod:`desa_desktop.packaging.launch`, and
``python -m desa_desktop.packaging.build`` builds and smoke-runs the one-folder program.
"""
