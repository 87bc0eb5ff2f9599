"""The lab assistant: answers questions about the caller's own results with read-only tools."""
