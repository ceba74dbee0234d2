"""The GraphQL graph: translates GraphQL to domain calls and results back."""
