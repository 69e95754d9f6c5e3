"""Alembic environment for the library. JourneyMap runs it in code (``persistence.migrate``).

The caller hands over an open connection in ``config.attributes["connection"]``; there is no
alembic.ini and no offline mode. SQLite needs batch mode: it cannot alter most of a table in place.
"""

from alembic import context
from sqlmodel import SQLModel

import journeymap.persistence.tables  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run the library migrations with journeymap.persistence.migrate")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
