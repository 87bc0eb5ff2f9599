"""Test support for the API's unit tests and the integration suites: fakes for what cannot be reached."""
