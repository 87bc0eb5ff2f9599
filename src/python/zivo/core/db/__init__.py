"""Relational storage shared by the API and the ML worker: ORM models, engine and migrations."""
