"""Alembic migrations of the local store, shipped as package data."""
