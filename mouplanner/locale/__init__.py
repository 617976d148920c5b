"""Language-dependent text, dates, numbers and money (no Qt): used by the UI, Excel and reports."""

LANGUAGES = ("en", "th", "lo")
