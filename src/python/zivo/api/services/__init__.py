"""Application logic behind the routes; plain functions over a Session and injected clients."""
