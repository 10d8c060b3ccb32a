"""Signal Monitor: watches companies and markets and alerts an analyst, with the evidence."""

__version__ = "0.1.0"
