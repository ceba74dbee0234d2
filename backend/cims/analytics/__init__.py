"""Analytics: scikit-learn models, their training, evaluation and versioned storage.

- ``credit``: probability of default, grade, points, factors in words, credit limit.
- ``anomaly``: abnormal transactions against each customer's own history.
- ``stability``: population stability index between training and current data.
- ``registry``: versioned model storage with an explicitly activated version.
- ``features``, ``segments``, ``value``, ``recommend``: customer features, rule and
  learned segments, RFM and lifetime value, next-best products.
- ``triage``: product and issue suggested for a new complaint.

Modules import scikit-learn on use; importing this package stays cheap. Nothing here
imports ``cims.api`` or ``cims.auth``; training runs as a command, never in a request.
"""
