"""spaCy components of canlp, one module per component; factories are in :mod:`canlp.factories`."""
