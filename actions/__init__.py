"""Custom actions for the care and support assistant (rasa-sdk).

One module per capability; each action is a thin class over plain functions that are
unit-tested without Rasa: a ``TrackerAction`` (``actions/common.py``) with its ``action`` name
and an ``act(dispatcher, tracker)``. Runs in the action server process (``python -m bot.action_server``, rasa-sdk behind a
shared-secret check), which imports every module of this package and registers the actions
it finds. The words the actions say live in ``bot/`` modules with ``all_texts()``.
"""
