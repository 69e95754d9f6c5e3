"""The library's tables (sqlmodel), in portable SQL: the same schema runs on SQLite and PostgreSQL.

Lists (phases, tags, info_given, rejected proposals) are stored as JSON text; enums as their
string values; no database enum types, no AUTOINCREMENT, so migrations stay simple on every
database. Only ``mapping`` converts these rows to and from ``core.model.Journey``.
"""

# No ``from __future__ import annotations`` here: sqlmodel reads the annotations at class creation.

import datetime as dt

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlmodel import Field, SQLModel

#: Named constraints, so batch migrations on SQLite can find and alter them by name.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

TITLE_LENGTH = 200
CHANNEL_LENGTH = 40
WORD_LENGTH = 20
STEP_ID_LENGTH = 40


class JourneyRow(SQLModel, table=True):
    """One journey: its context and phases. ``version`` grows by one on every save."""

    __tablename__ = "journey"

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    title: str = Field(sa_column=Column(String(TITLE_LENGTH), nullable=False))
    persona: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    organisation: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    goal: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    description: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    author: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    date: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    language: str = Field(sa_column=Column(String(8), nullable=False))
    kind: str = Field(default="actual", sa_column=Column(String(WORD_LENGTH), nullable=False))
    plan: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    tags: str = Field(default="[]", sa_column=Column(Text, nullable=False))  # JSON list
    phases: str = Field(sa_column=Column(Text, nullable=False))  # JSON list of strings
    created_at: dt.datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    updated_at: dt.datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    version: int = Field(default=1, sa_column=Column(Integer, nullable=False))


class StepRow(SQLModel, table=True):
    """One step of a journey, at its 0-based ``position``; ``key`` is the step's id.

    Positions are not unique in the schema: moving a step renumbers several rows in one
    statement, and a unique position would refuse the moment two rows share one. The step id is
    unique per journey, and the library keeps the positions 0..n-1.
    """

    __tablename__ = "step"
    __table_args__ = (
        UniqueConstraint("journey_id", "key"),
        Index("ix_step_journey_id_position", "journey_id", "position"),
    )

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    journey_id: int = Field(
        sa_column=Column(Integer, ForeignKey("journey.id", ondelete="CASCADE"), nullable=False)
    )
    position: int = Field(sa_column=Column(Integer, nullable=False))
    key: str = Field(sa_column=Column(String(STEP_ID_LENGTH), nullable=False))
    title: str = Field(sa_column=Column(String(TITLE_LENGTH), nullable=False))
    channel: str = Field(sa_column=Column(String(CHANNEL_LENGTH), nullable=False))
    score: int = Field(sa_column=Column(Integer, nullable=False))
    phase: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    initiator: str = Field(sa_column=Column(String(WORD_LENGTH), nullable=False))
    outcome: str = Field(sa_column=Column(String(WORD_LENGTH), nullable=False))
    info_given: str = Field(sa_column=Column(Text, nullable=False))  # JSON list of strings
    recognized: bool | None = Field(default=None, sa_column=Column(Boolean, nullable=True))
    context_available: bool | None = Field(
        default=None, sa_column=Column(Boolean, nullable=True)
    )
    referred_to: str | None = Field(
        default=None, sa_column=Column(String(CHANNEL_LENGTH), nullable=True)
    )
    wait_minutes: float | None = Field(default=None, sa_column=Column(Float, nullable=True))
    elapsed_days: float | None = Field(default=None, sa_column=Column(Float, nullable=True))
    sensitive: bool | None = Field(default=None, sa_column=Column(Boolean, nullable=True))
    evidence: str | None = Field(default=None, sa_column=Column(String(WORD_LENGTH), nullable=True))
    note: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    planned_step: str | None = Field(
        default=None, sa_column=Column(String(STEP_ID_LENGTH), nullable=True)
    )
    #: JSON list of ``{"field": ..., "quote": ...}``: proposals the designer turned down.
    rejected_proposals: str = Field(default="[]", sa_column=Column(Text, nullable=False))


class LibraryMetaRow(SQLModel, table=True):
    """Facts about the library itself, such as ``seeded`` (the samples were loaded once)."""

    __tablename__ = "library_meta"

    key: str = Field(sa_column=Column(String(64), primary_key=True))
    value: str = Field(sa_column=Column(Text, nullable=False))
