"""The safety net: spots danger to life and abuse in what people write.

A trained intent alone can miss a message it has never seen, so a reviewed phrase list
(lexicon.yml) can raise crisis or safeguarding, and a list of everyday look-alikes
("dying to get out", "killing time") keeps those from raising it.
"""
