"""Demo data: made-up identities over real public data sets."""
