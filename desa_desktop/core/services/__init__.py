"""Use cases: one transaction per user action."""
