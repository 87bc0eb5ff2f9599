"""LangGraph workflows, one folder each."""
