"""Loading, validating and linting OpenAPI documents."""

from generator.spec.loader import LoadedSpec, SpecError, load_spec

__all__ = ["LoadedSpec", "SpecError", "load_spec"]
