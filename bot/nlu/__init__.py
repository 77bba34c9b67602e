"""The project's own Rasa NLU components (no downloaded weights). They run inside the Rasa
server process (config.yml names them); keep them light and never import the data layer."""
