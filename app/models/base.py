"""Declarative base shared by every table."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, Date, DateTime, Enum, MetaData
from sqlalchemy.orm import DeclarativeBase

# Named constraints so Alembic's batch mode can find them again when it rebuilds a table.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {
        datetime: DateTime(),
        date: Date(),
        list: JSON(),
        dict: JSON(),
    }


def enum_column(enum: type[StrEnum], name: str) -> Enum:
    """Store an enum by its value, with a CHECK constraint naming the allowed values."""
    return Enum(enum, name=name, native_enum=False, create_constraint=True, length=16,
                values_callable=lambda e: [m.value for m in e], validate_strings=True)
