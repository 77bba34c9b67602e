"""Who may read what: shared secrets, conversation credentials, client addresses, safe files."""
