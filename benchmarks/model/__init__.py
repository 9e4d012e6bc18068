"""Benchmarks of the WavLLM model (``wavllm_agent.modeling``): scripts with a ``main()``."""
