"""The HTTP API: FastAPI app, routes, services, clients and the assistant workflow."""
