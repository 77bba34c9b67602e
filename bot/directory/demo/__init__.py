"""Fictional demo data for the directory: made-up services in a real-shaped area (Leeds, LS)."""
