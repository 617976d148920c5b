"""Alembic environment: runs on the connection the workspace hands over (never a URL)."""

from alembic import context

from mouplanner.domain import Base
from mouplanner.storage.migrate import include_name

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by a misconfigured alembic call
    raise RuntimeError("mouplanner migrations run through mouplanner.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
