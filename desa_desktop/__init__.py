"""Desa Desktop: offline-first registration for Desa Sadar Jaminan Sosial Ketenagakerjaan."""

__version__ = "0.1.0"
