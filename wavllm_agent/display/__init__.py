"""Human-readable rendering with rich, shared by the CLI and the REPL (both import it; it imports neither).

Only surfaces import this package: the core (api, engines, tasks, planning) never imports rich.
"""
