"""The wire format shared by the desktop sync client and HQ. No Qt, no FastAPI, no SQLAlchemy."""
