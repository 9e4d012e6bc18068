"""A LangChain agent with ears, running fully offline.

    python examples/agent/agent.py AUDIO "question" [--engine NAME] [--single-tool] [--routing llm]
                                   [--answer-from generate]

The agent loop is LangChain's tool-calling loop (model -> AIMessage with tool_calls -> tools ->
ToolMessage -> model, until an answer), driven by a chat model over the embedded engine's local
LLM, so no API key is needed. The tools are wavllm's toolkit, one tool per registered task
(``--single-tool``: the one ``wavllm`` tool that plans a whole instruction). The final answer is
made of the tools' outputs, decided before anything is generated (``--answer-from generate``: the
LLM writes it, and it is checked against the last output). The time taken goes to stderr.

To use a hosted model instead, pass any LangChain chat model with ``bind_tools`` to ``run_agent``,
e.g. ``ChatOpenAI(model=...)`` from ``langchain-openai``.
"""

from __future__ import annotations

import argparse
import sys
import time

from langchain_core.messages import AIMessage, BaseMessage, ToolMessage

from wavllm_agent.errors import WavLLMError
from wavllm_agent.langchain import LocalToolCallingChatModel, WavLLMTool, WavLLMToolkit, run_agent


def show(message: BaseMessage) -> None:
    """Print each step of the loop as it happens (on stderr, so stdout holds only the answer)."""
    if isinstance(message, AIMessage) and message.tool_calls:
        for call in message.tool_calls:
            print(f"-> calls {call['name']}({call['args']})", file=sys.stderr)
    elif isinstance(message, ToolMessage):
        print(f"<- {message.name} [{message.status}]:\n{message.content}\n", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("audio", help="the recording to ask about")
    parser.add_argument("question", help="what to ask, e.g. 'What is said in the recording?'")
    parser.add_argument("--engine", default=None, help="wavllm engine (default: the embedded one)")
    parser.add_argument("--single-tool", action="store_true", help="give the agent the one WavLLMTool")
    parser.add_argument("--routing", choices=["planner", "llm"], default="planner",
                        help="how the local model picks tools (see wavllm_agent.langchain.routing)")
    parser.add_argument("--answer-from", choices=["auto", "generate"], default="auto",
                        help="auto: the tools' outputs are the answer; generate: the LLM writes it")
    args = parser.parse_args(argv)

    tools = [WavLLMTool(args.engine)] if args.single_tool else WavLLMToolkit(engine=args.engine).get_tools()
    model = LocalToolCallingChatModel(args.engine, routing=args.routing, answer_from=args.answer_from)
    question = f"{args.question}\n\nThe recording is at: {args.audio}"
    started = time.perf_counter()
    try:
        run = run_agent(model, tools, question, on_message=show)
    except WavLLMError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    print(f"({time.perf_counter() - started:.1f} s)", file=sys.stderr)
    print(run.answer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
