"""The headquarters server: HTTP API (FastAPI), its own store (SQLite or PostgreSQL), admin CLI.

HQ keeps no state in process memory: every fact lives in the database, so several server
processes (uvicorn workers, or hosts behind a load balancer) can share one PostgreSQL.
It depends on :mod:`desa_desktop.protocol` and the Qt-free domain rules only.
"""
