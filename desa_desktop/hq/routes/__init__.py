"""HTTP routes, one module per concern; each is a thin face over an HQ service module."""
