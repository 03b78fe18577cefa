"""Reusable widgets of the desktop app: fields, pickers and panels shared by screens."""
