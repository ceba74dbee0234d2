"""Demo data: the public credit data sets as the customers of a made-up bank.

``seed.seed_demo`` is the entry point; the project README tells how
each row becomes a customer with accounts and transactions.
"""
