"""mouplanner: plan and follow government MOUs, offline, in English, Thai and Lao."""

__version__ = "0.1.0"
