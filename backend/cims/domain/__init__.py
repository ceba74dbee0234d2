"""Business rules. Imports neither Strawberry nor Starlette."""
