"""Custom actions for the care and support assistant (rasa-sdk).

One module per capability; each action is a thin class over plain functions that are
unit-tested without Rasa. The action server (``python -m rasa_sdk --actions actions``)
imports every module of this package and registers the actions it finds.
"""
