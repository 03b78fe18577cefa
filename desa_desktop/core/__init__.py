"""Desa Desktop core: domain rules, the local store and services. No Qt here."""
