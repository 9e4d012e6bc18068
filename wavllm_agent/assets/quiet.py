"""Keep transformers' own progress bars and chatter off the user's terminal.

The library shows its own progress (a spinner while a model loads, see :mod:`wavllm_agent.progress`);
transformers' "Loading weights" bars would add a second, noisier display on stderr.
"""

from __future__ import annotations

import functools


@functools.cache
def quiet_transformers() -> None:
    """Silence transformers' progress bars and warnings (once per process)."""
    from transformers.utils import logging

    logging.disable_progress_bar()
    logging.set_verbosity_error()
