"""Persistence: SQLAlchemy models, engines and Alembic migrations shared by SQLite and PostgreSQL."""
