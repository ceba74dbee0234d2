"""CIMS: a customer information management system for banks."""

__version__ = "0.1.0"
