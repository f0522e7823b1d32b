"""Python's cyclic garbage collector, paused where a batch of work makes many objects and no
cycles worth collecting (parsing a spec, building and rendering its IR, the model worker's
requests): the collector would otherwise walk the growing heap over and over for nothing."""

from __future__ import annotations

import gc


class paused:  # noqa: N801  a context manager, spelled as one: `with collector.paused():`
    """Pause the collector inside the block; afterwards it is on again if it was on before.

    A class, not a `contextlib.contextmanager` generator: that one sets `__traceback__` on the
    exception leaving the block, which a frozen dataclass exception (SpecError) refuses."""

    def __enter__(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self._was_enabled:
            gc.enable()
