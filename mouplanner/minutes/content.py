"""The minutes of a meeting as blocks of text, in one language or two side by side (English with
Thai, English with Lao): the heading, the co-chairs and attendees per side, the agenda, the
proceedings item by item (minutes, matters arising, decisions, action items), every decision, the
action-item table and the co-chairs' signature blocks. The Word and PDF writers lay these blocks
out; neither decides what the minutes say.

Each text is given per language; dates are each language's own (the Buddhist era in Thai). Words
come from the app's .ts catalogues, so the command line writes any language without Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo

from babel import Locale

from mouplanner.domain.enums import AgendaKind
from mouplanner.locale.catalog import enum_label, translate
from mouplanner.locale.formats import BABEL_LOCALES, Formats
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.locale.text import display, pick_field
from mouplanner.services.meeting_outline import Action, Outline

LAYOUTS = {"en": ("en",), "th": ("th",), "lo": ("lo",), "en+th": ("en", "th"), "en+lo": ("en", "lo")}
Text = dict[str, str]  # language -> text


@dataclass
class Block:
    kind: Literal["title", "heading", "subheading", "para", "table", "signatures"]
    text: Text = field(default_factory=dict)
    rows: list[list[Text]] = field(default_factory=list)  # a table: its header row first
    widths: tuple[int, ...] = ()  # a table's column widths, in parts of the page's width


@dataclass
class Minutes:
    langs: tuple[str, ...]
    blocks: list[Block]
    title: Text  # also the document's title property


def words(source: str, langs: tuple[str, ...]) -> Text:
    return {lang: translate("Minutes", source, lang) for lang in langs}


def _each(langs: tuple[str, ...], make: Any) -> Text:
    return {lang: make(lang) for lang in langs}


def _name(person: Any, lang: str) -> str:
    return display(person, lang) if person is not None else ""


def _country(code: str, lang: str) -> str:
    if not code:
        return ""
    return Locale.parse(BABEL_LOCALES.get(lang, "en_GB")).territories.get(code.upper(), code)


def _when(outline: Outline, lang: str, formats: Formats) -> str:
    m = outline.meeting
    parts = [formats.date(m.meeting_date, "long")]
    if m.end_date and m.end_date != m.meeting_date:
        parts = [f"{parts[0]} – {formats.date(m.end_date, 'long')}"]
    if m.start_time and m.meeting_date:
        offset = datetime.combine(m.meeting_date, datetime.strptime(m.start_time, "%H:%M").time(),
                                  ZoneInfo(m.time_zone)).strftime("%z")
        parts.append(f"{m.start_time} (UTC{offset[:3]}:{offset[3:]}, {m.time_zone})")
    place = ", ".join(p for p in (m.venue, _country(m.host_country, lang)) if p)
    if place:
        parts.append(place)
    if m.online_link:
        parts.append(m.online_link)
    return formats.digits(" · ".join(p for p in parts if p))


def _side_name(outline: Outline, side: int, lang: str) -> str:
    orgs = outline.sides.get(side) or []
    return display(orgs[0], lang) if orgs else translate("Minutes", "Side %1", lang).replace("%1", str(side))


def _action_rows(actions: list[Action], langs: tuple[str, ...], fmt: dict[str, Formats], arising: bool
                 ) -> list[list[Text]]:
    header = [words("No.", langs), words("Action", langs), words("Owner", langs), words("Due", langs),
              words("Status", langs)]
    if arising:
        header.append(words("Progress", langs))
    rows = [header]
    for n, a in enumerate(actions, 1):
        status = a.update.status if a.update is not None else a.item.status
        row = [_each(langs, lambda lang, n=n: fmt[lang].digits(str(n))),
               _each(langs, lambda lang, a=a: display(a.item, lang)),
               _each(langs, lambda lang, a=a: _name(a.owner, lang)),
               _each(langs, lambda lang, a=a: fmt[lang].date(a.item.due_date, "medium")),
               _each(langs, lambda lang, s=status: enum_label(s, lang))]
        if arising:
            row.append(_each(langs, lambda lang, a=a: a.update.text if a.update is not None else ""))
        rows.append(row)
    return rows


def minutes(outline: Outline, layout: str, formats: dict[str, Formats] | None = None) -> Minutes:
    """The minutes of ``outline``'s meeting in ``layout`` (a key of LAYOUTS)."""
    langs = LAYOUTS[layout]
    fmt = {lang: (formats or {}).get(lang) or Formats(lang) for lang in langs}
    m = outline.meeting
    blocks: list[Block] = []
    title = _each(langs, lambda lang: translate("Minutes", "Minutes of the %1", lang).replace(
        "%1", display(m, lang)))
    blocks.append(Block("title", title))
    if outline.agreement is not None:
        blocks.append(Block("para", _each(langs, lambda lang: display(outline.agreement, lang))))
    blocks.append(Block("para", _each(langs, lambda lang: _when(outline, lang, fmt[lang]))))

    blocks.append(Block("heading", words("Co-chairs", langs)))
    for side in (1, 2):
        chair = outline.co_chairs.get(side)
        if chair is not None:
            blocks.append(Block("para", _each(langs, lambda lang, c=chair, s=side: ", ".join(
                p for p in (_name(c, lang), c.position, _side_name(outline, s, lang)) if p))))

    blocks.append(Block("heading", words("Attendees", langs)))
    for side in sorted(set(outline.attendees) | {1, 2}):
        people = outline.attendees.get(side) or []
        if not people:
            continue
        blocks.append(Block("subheading", _each(langs, lambda lang, s=side: _side_name(outline, s, lang))))
        rows = [[words("Name", langs), words("Position", langs), words("Organisation", langs), words("Role", langs)]]
        for a in people:
            rows.append([_each(langs, lambda lang, a=a: _name(a.person, lang)),
                         _each(langs, lambda lang, a=a: a.person.position),
                         _each(langs, lambda lang, a=a: display(a.organisation, lang) if a.organisation else ""),
                         _each(langs, lambda lang, a=a: enum_label(a.role, lang))])
        blocks.append(Block("table", rows=rows, widths=(3, 3, 3, 2)))
    named = sum(len(v) for v in outline.attendees.values())
    women = sum(1 for v in outline.attendees.values() for a in v if a.person.sex.value == "female")
    total, others_women = named + (m.headcount_total or 0), women + (m.headcount_women or 0)
    blocks.append(Block("para", _each(langs, lambda lang: fmt[lang].digits(
        translate("Minutes", "In all %1 attendees, of whom %2 women (%3 not named above).", lang)
        .replace("%1", str(total)).replace("%2", str(others_women)).replace("%3", str(m.headcount_total or 0))))))

    blocks.append(Block("heading", words("Agenda", langs)))
    for entry in outline.agenda:
        blocks.append(Block("para", _each(langs, lambda lang, e=entry: fmt[lang].digits(
            f"{e.item.sort_order}. {display(e.item, lang)}"))))

    blocks.append(Block("heading", words("Proceedings", langs)))
    for entry in outline.agenda:
        blocks.append(Block("subheading", _each(langs, lambda lang, e=entry: fmt[lang].digits(
            f"{e.item.sort_order}. {display(e.item, lang)}"))))
        if entry.presenter is not None:
            blocks.append(Block("para", _each(langs, lambda lang, e=entry: translate(
                "Minutes", "Presented by %1", lang).replace("%1", _name(e.presenter, lang)))))
        text = _each(langs, lambda lang, e=entry: pick_field(e.item, "minutes", lang)[0])
        if any(text.values()):
            blocks.append(Block("para", text))
        if entry.item.kind == AgendaKind.MATTERS_ARISING:
            if entry.arising:
                blocks.append(Block("table", rows=_action_rows(entry.arising, langs, fmt, True),
                                    widths=(1, 5, 3, 2, 2, 4)))
            else:
                blocks.append(Block("para", words("No action item was open from earlier meetings.", langs)))
        for decision in entry.decisions:
            blocks.append(Block("para", _each(langs, lambda lang, d=decision: translate(
                "Minutes", "Decision: %1", lang).replace("%1", pick_field(d, "text", lang)[0]))))
        for action in entry.actions:
            blocks.append(Block("para", _each(langs, lambda lang, a=action: translate(
                "Minutes", "Action: %1 (%2, by %3)", lang).replace("%1", display(a.item, lang))
                .replace("%2", _name(a.owner, lang)).replace("%3", fmt[lang].date(a.item.due_date, "medium") or "–"))))

    decisions = [d for e in outline.agenda for d in e.decisions] + outline.decisions
    if decisions:
        blocks.append(Block("heading", words("Decisions", langs)))
        for n, d in enumerate(decisions, 1):
            blocks.append(Block("para", _each(langs, lambda lang, d=d, n=n: fmt[lang].digits(
                f"{n}. {pick_field(d, 'text', lang)[0]}"))))
    blocks.append(Block("heading", words("Action items", langs)))
    if outline.actions:
        blocks.append(Block("table", rows=_action_rows(outline.actions, langs, fmt, False), widths=(1, 6, 3, 2, 2)))
    else:
        blocks.append(Block("para", words("No action item was handed out.", langs)))

    signatures = [[_each(langs, lambda lang, s=side: translate("Minutes", "For the %1", lang).replace(
        "%1", _side_name(outline, s, lang))),
                   _each(langs, lambda lang, s=side: _name(outline.co_chairs.get(s), lang)),
                   _each(langs, lambda lang, s=side: getattr(outline.co_chairs.get(s), "position", "") or "")]
                  for side in (1, 2)]
    blocks.append(Block("signatures", rows=signatures))
    return Minutes(langs, blocks, title)


MARKED = (QT_TRANSLATE_NOOP("Minutes", "Minutes of the %1"), QT_TRANSLATE_NOOP("Minutes", "Co-chairs"),
          QT_TRANSLATE_NOOP("Minutes", "Attendees"), QT_TRANSLATE_NOOP("Minutes", "Side %1"),
          QT_TRANSLATE_NOOP("Minutes", "Name"), QT_TRANSLATE_NOOP("Minutes", "Position"),
          QT_TRANSLATE_NOOP("Minutes", "Organisation"), QT_TRANSLATE_NOOP("Minutes", "Role"),
          QT_TRANSLATE_NOOP("Minutes", "In all %1 attendees, of whom %2 women (%3 not named above)."),
          QT_TRANSLATE_NOOP("Minutes", "Agenda"), QT_TRANSLATE_NOOP("Minutes", "Proceedings"),
          QT_TRANSLATE_NOOP("Minutes", "Presented by %1"),
          QT_TRANSLATE_NOOP("Minutes", "No action item was open from earlier meetings."),
          QT_TRANSLATE_NOOP("Minutes", "Decision: %1"), QT_TRANSLATE_NOOP("Minutes", "Action: %1 (%2, by %3)"),
          QT_TRANSLATE_NOOP("Minutes", "Decisions"), QT_TRANSLATE_NOOP("Minutes", "Action items"),
          QT_TRANSLATE_NOOP("Minutes", "No action item was handed out."), QT_TRANSLATE_NOOP("Minutes", "No."),
          QT_TRANSLATE_NOOP("Minutes", "Action"), QT_TRANSLATE_NOOP("Minutes", "Owner"),
          QT_TRANSLATE_NOOP("Minutes", "Due"), QT_TRANSLATE_NOOP("Minutes", "Status"),
          QT_TRANSLATE_NOOP("Minutes", "Progress"), QT_TRANSLATE_NOOP("Minutes", "For the %1"))
