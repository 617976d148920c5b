"""Documents attached to records (the file's content is kept apart, once: ``domain.document``)."""

from __future__ import annotations

from mouplanner.domain import Attachment, rules
from mouplanner.kinds.kind import Field, Kind
from mouplanner.locale.marks import QT_TRANSLATE_NOOP

ATTACHMENT = Kind(
    Attachment, "attachments", QT_TRANSLATE_NOOP("Labels", "Documents"), (
        Field("file_name", QT_TRANSLATE_NOOP("Form", "File"), width=30),
        Field("description", QT_TRANSLATE_NOOP("Form", "Description"), width=40),
        Field("media_type", QT_TRANSLATE_NOOP("Form", "Type"), width=20),
        Field("size", QT_TRANSLATE_NOOP("Form", "Size (bytes)"), "int", width=12),
        Field("content_hash", QT_TRANSLATE_NOOP("Form", "Content (SHA-256)"), width=20),
        Field("agreement_id", QT_TRANSLATE_NOOP("Form", "Agreement"), "link", link="agreements", width=20),
        Field("agreement_event_id", QT_TRANSLATE_NOOP("Form", "Renewal or amendment"), "link",
              link="agreement_events", width=20),
        Field("meeting_id", QT_TRANSLATE_NOOP("Form", "Meeting"), "link", link="meetings", width=20),
        Field("workstream_id", QT_TRANSLATE_NOOP("Form", "Workstream"), "link", link="workstreams", width=20),
        Field("activity_id", QT_TRANSLATE_NOOP("Form", "Activity"), "link", link="activities", width=20),
        Field("action_item_id", QT_TRANSLATE_NOOP("Form", "Action item"), "link", link="action_items", width=20),
    ),
    icon="agreement", rules=rules.attachment,
)
