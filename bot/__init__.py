"""The project's own package: configuration, command line, gateway, storage and services."""
