"""Remember the proposed annotations a designer turned down, per step.

A JSON list of ``{"field": ..., "quote": ...}`` in a text column, like the journey's tags.
Existing steps have rejected nothing.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the column, an empty list on every step."""
    with op.batch_alter_table("step") as batch:
        batch.add_column(sa.Column("rejected_proposals", sa.Text(), nullable=False,
                                   server_default="[]"))


def downgrade() -> None:
    """Drop the column (the rejections are lost)."""
    with op.batch_alter_table("step") as batch:
        batch.drop_column("rejected_proposals")
