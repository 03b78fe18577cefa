"""The local SQLite store: models, engine, migrations."""
