"""The project's own package. Which process runs what (see ARCHITECTURE.md):

- Rasa server: ``bot/nlu`` (with the safety net's component), ``bot/rest_channel.py``,
  ``bot/tracker_store.py`` (named in config.yml, credentials.yml, endpoints*.yml).
- Action server: ``actions/`` with ``bot/answers``, ``bot/assessment``, ``bot/surveys``,
  ``bot/directory``, ``bot/safety``, the words modules, ``bot/data`` and ``bot/store.py``.
- Gateway: ``bot/gateway``, ``bot/console``, ``bot/directory/server.py``, ``bot/data``,
  ``bot/store.py``.
- Channel relays: ``bot/channels/relay.py``, ``bot/channels/telegram.py``.
- Operations: ``python -m bot`` (run, train, purge, add-staff, survey-report, scale),
  ``bot/stack.py``, ``bot/model.py``, ``bot/proxy.py``.
- Everywhere: ``bot/settings.py``, ``bot/quiet.py``, ``bot/logredact.py``, ``bot/security``.
"""
