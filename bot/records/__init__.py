"""Assessment records: the structured JSON for the council, and the summary people keep."""
