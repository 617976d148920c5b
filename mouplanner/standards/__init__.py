"""The formats other tools read (issue 19): iCalendar (RFC 5545) for Outlook, Thunderbird and
Google Calendar; each written by a kept library or against its standard's own schema, with the
Gregorian dates those formats carry."""
