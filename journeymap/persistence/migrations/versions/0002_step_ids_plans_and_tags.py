"""Give every step a stable id, and journeys their kind, plan and tags.

Existing steps get the ids ``s1`` .. ``sN`` in step order, the ids a journey file without ids
reads as, so a journey exported before and after this migration names its steps alike. Every
journey becomes an ``actual`` journey without a plan or tags. Step positions stop being unique in
the schema (a move renumbers several rows in one statement); the step id is unique per journey.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the columns, fill the step ids, and swap the unique constraint."""
    with op.batch_alter_table("journey") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=20), nullable=False,
                                   server_default="actual"))
        batch.add_column(sa.Column("plan", sa.Text(), nullable=True))
        batch.add_column(sa.Column("tags", sa.Text(), nullable=False, server_default="[]"))
    with op.batch_alter_table("step") as batch:
        batch.add_column(sa.Column("key", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("planned_step", sa.String(length=40), nullable=True))
    step = sa.table("step", sa.column("key", sa.String()), sa.column("position", sa.Integer()))
    # Portable SQL: CAST and || (concatenation) read alike on SQLite and PostgreSQL.
    op.execute(step.update().values(
        key=sa.literal("s") + sa.cast(step.c.position + 1, sa.String())))
    with op.batch_alter_table("step") as batch:
        batch.alter_column("key", existing_type=sa.String(length=40), nullable=False)
        batch.drop_constraint("uq_step_journey_id_position", type_="unique")
        batch.create_unique_constraint("uq_step_journey_id_key", ["journey_id", "key"])
        batch.create_index("ix_step_journey_id_position", ["journey_id", "position"])


def downgrade() -> None:
    """Drop what ``upgrade`` added (step ids, kinds, plans and tags are lost)."""
    with op.batch_alter_table("step") as batch:
        batch.drop_index("ix_step_journey_id_position")
        batch.drop_constraint("uq_step_journey_id_key", type_="unique")
        batch.create_unique_constraint("uq_step_journey_id_position", ["journey_id", "position"])
        batch.drop_column("planned_step")
        batch.drop_column("key")
    with op.batch_alter_table("journey") as batch:
        batch.drop_column("tags")
        batch.drop_column("plan")
        batch.drop_column("kind")
