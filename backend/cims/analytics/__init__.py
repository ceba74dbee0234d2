"""scikit-learn pipelines: training, stored models and their figures."""
