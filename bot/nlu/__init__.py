"""The project's own Rasa NLU components (no downloaded weights)."""
