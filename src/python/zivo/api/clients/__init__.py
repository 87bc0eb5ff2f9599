"""Small classes over external services, injected into the app so tests can hand in fakes."""
