"""Declarative base and the columns every record shares.

Every record has a stable UUID (its identity in Excel round trips and in exchange between
laptops), a row version, UTC timestamps, who and which device changed it last, and a
tombstone (``deleted_at``) instead of row removal.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import Date, DateTime, Integer, Numeric, String, TypeDecorator
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from mouplanner.domain import enums


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class StoredValueError(ValueError):
    """A value in the database that does not read as its column's type: another program (or a
    damaged disk) wrote it. Storage reports it as a damaged workspace."""

    def __init__(self, value: Any, expected: str):
        self.value, self.expected = value, expected
        super().__init__(f"a stored value {str(value)[:40]!r} is not {expected}")


class _Checked(TypeDecorator[Any]):
    """A column type whose reads fail with StoredValueError, not with whatever the driver's
    conversion happens to raise, when the stored value is not of the type."""

    cache_ok = True
    expected = "a value"
    python: type | tuple[type, ...] = object

    def result_processor(self, dialect: Any, coltype: Any) -> Any:
        convert = super().result_processor(dialect, coltype)
        expected, python = self.expected, self.python

        def process(value: Any) -> Any:
            try:
                out = value if convert is None else convert(value)
            except (ValueError, TypeError, LookupError, ArithmeticError):
                raise StoredValueError(value, expected) from None
            if out is not None and not isinstance(out, python):
                raise StoredValueError(value, expected)
            return out

        return process


def _checked(name: str, impl: type, expected: str, python: type) -> type[_Checked]:
    return type(name, (_Checked,), {"impl": impl, "cache_ok": True, "expected": expected, "python": python})


CheckedDate = _checked("CheckedDate", Date, "a date", date)
CheckedInteger = _checked("CheckedInteger", Integer, "a whole number", int)
CheckedNumeric = _checked("CheckedNumeric", Numeric, "a number", Decimal)
CheckedEnum = _checked("CheckedEnum", SAEnum, "one of the listed values", Enum)


class UTCDateTime(_Checked):
    """Stores naive UTC (portable across SQLite and PostgreSQL), returns aware UTC."""

    impl = DateTime
    cache_ok = True
    expected, python = "a date and time", datetime

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def _enum_type(enum_cls: type[Enum]) -> _Checked:
    return CheckedEnum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
    )


class Base(DeclarativeBase):
    type_annotation_map = {
        datetime: UTCDateTime(),
        date: CheckedDate(),
        int: CheckedInteger(),
        Decimal: CheckedNumeric(16, 2),
        str: String(500),
        **{cls: _enum_type(cls) for cls in vars(enums).values()
           if isinstance(cls, type) and issubclass(cls, enums.LabelledEnum)
           and cls is not enums.LabelledEnum},
    }


_DOMAIN_FIELDS: dict[type, list[str]] = {}


class Record:
    """Mixin: identity, row version, audit columns and tombstone."""

    # Columns the journal does not record field by field: identity and bookkeeping.
    BOOKKEEPING: ClassVar[frozenset[str]] = frozenset(
        {"id", "version", "created_at", "updated_at", "changed_by", "changed_on", "deleted_at"}
    )
    # Human name of the entity, for messages ("Activity", "Cooperation area").
    LABEL: ClassVar[str] = ""
    # Nullable links whose target's deletion deletes this record too (non-nullable links
    # always do; other nullable links are cleared instead).
    CASCADE_LINKS: ClassVar[frozenset[str]] = frozenset()
    if TYPE_CHECKING:  # what each model's declarative base gives it (for type checks only)
        __tablename__: Any
        __table__: Any

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(120), default="")
    changed_on: Mapped[str] = mapped_column(String(120), default="")
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)

    def apply_defaults(self) -> None:
        """Fill unset columns with their scalar defaults now, not at INSERT time."""
        for col in self.__table__.columns:
            default = col.default
            if getattr(self, col.key) is None and default is not None and default.is_scalar:
                setattr(self, col.key, default.arg)

    @classmethod
    def domain_fields(cls) -> list[str]:
        """Column names that carry domain data, in table order (computed once per class)."""
        cached = _DOMAIN_FIELDS.get(cls)
        if cached is None:
            table = cls.__table__
            cached = _DOMAIN_FIELDS[cls] = [c.key for c in table.columns if c.key not in cls.BOOKKEEPING]
        return cached


class Named:
    name_en: Mapped[str] = mapped_column(default="")
    name_th: Mapped[str] = mapped_column(default="")
    name_lo: Mapped[str] = mapped_column(default="")


class Titled:
    title_en: Mapped[str] = mapped_column(default="")
    title_th: Mapped[str] = mapped_column(default="")
    title_lo: Mapped[str] = mapped_column(default="")
