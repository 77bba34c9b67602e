"""Rasa input channels of the project."""
