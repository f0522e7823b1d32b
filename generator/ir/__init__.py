"""The intermediate model built from a loaded spec."""

from generator.ir.build import build_api
from generator.ir.model import (
    Api,
    Operation,
    Parameter,
    RequestBody,
    Resource,
    Response,
    SecurityScheme,
    Server,
)

__all__ = [
    "Api",
    "Operation",
    "Parameter",
    "RequestBody",
    "Resource",
    "Response",
    "SecurityScheme",
    "Server",
    "build_api",
]
