"""Alembic environment: always run on a connection handed in by app.models.migrate."""

from alembic import context

from app.models.base import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=True)  # SQLite cannot ALTER most things; batch rebuilds
with context.begin_transaction():
    context.run_migrations()
