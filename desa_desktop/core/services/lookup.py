"""Loading one record by UUID inside a unit of work, refusing with a clear finding when absent."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desa_desktop.core.services.errors import refuse
from desa_desktop.core.store.models import Registration, SocializationSession


def load_registration(session: Session, uuid: str) -> Registration:
    record = session.scalar(select(Registration).where(Registration.uuid == uuid))
    if record is None:
        raise refuse("uuid", "registration.not_found")
    return record


def load_session(session: Session, uuid: str) -> SocializationSession:
    found = session.scalar(select(SocializationSession).where(SocializationSession.uuid == uuid))
    if found is None:
        raise refuse("session", "session.not_found")
    return found
