"""Sync with HQ: outbox reading, HTTP client, the sync state machine, connectivity probe. No Qt."""
