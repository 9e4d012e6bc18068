"""``python -m wavllm_agent`` runs the ``wavllm`` CLI."""

from wavllm_agent.cli import main

if __name__ == "__main__":
    main()
