"""Compare the packaged text LLMs on what the text steps ask of them: translate a short summary,
summarise a transcript, answer a question about a transcript. Writes JSON with every output.

    .venv/bin/python scripts/compare_llms.py [--models a,b] [--threads N] [--out FILE]

The sentences, references, transcripts and questions below were written for this comparison (the
references by hand); none is used to tune any prompt. Prompts are the ones the ``wavllm_text``
plugin sends (system prompt and two example translations), so the figures are the pipeline's.
Runtime: CTranslate2 int8 (the default). docs/models.md reports the results.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

SENTENCES: list[dict[str, str]] = [
    {"en": "The city council approved a new budget on Tuesday that adds money for schools and repairs to old roads.",
     "de": "Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen, der mehr Geld für Schulen und die "
           "Reparatur alter Straßen vorsieht.",
     "fr": "Le conseil municipal a approuvé mardi un nouveau budget qui prévoit davantage d'argent pour les écoles "
           "et la réparation des vieilles routes.",
     "es": "El ayuntamiento aprobó el martes un nuevo presupuesto que destina más dinero a las escuelas y a la "
           "reparación de carreteras antiguas.",
     "facts": "dienstag|mardi|martes"},
    {"en": "Heavy rain flooded several streets in the north of the town, and the fire brigade rescued twelve people.",
     "de": "Starker Regen überflutete mehrere Straßen im Norden der Stadt, und die Feuerwehr rettete zwölf Menschen.",
     "fr": "De fortes pluies ont inondé plusieurs rues du nord de la ville, et les pompiers ont secouru douze "
           "personnes.",
     "es": "Las fuertes lluvias inundaron varias calles del norte de la ciudad y los bomberos rescataron a doce "
           "personas.",
     "facts": "zwölf|12|douze|doce"},
    {"en": "A young scientist won the prize for her research on how bees find flowers in cities.",
     "de": "Eine junge Wissenschaftlerin gewann den Preis für ihre Forschung darüber, wie Bienen in Städten Blumen "
           "finden.",
     "fr": "Une jeune scientifique a remporté le prix pour ses recherches sur la façon dont les abeilles trouvent "
           "des fleurs en ville.",
     "es": "Una joven científica ganó el premio por su investigación sobre cómo las abejas encuentran flores en "
           "las ciudades.",
     "facts": "biene|abeille|abeja"},
    {"en": "The museum will show paintings from the eighteenth century until the end of March.",
     "de": "Das Museum zeigt bis Ende März Gemälde aus dem achtzehnten Jahrhundert.",
     "fr": "Le musée exposera des peintures du dix-huitième siècle jusqu'à la fin du mois de mars.",
     "es": "El museo expondrá pinturas del siglo dieciocho hasta finales de marzo.",
     "facts": "märz|mars|marzo"},
    {"en": "Train tickets will cost ten percent more from next month, the railway company said on Friday.",
     "de": "Zugfahrkarten werden ab nächstem Monat zehn Prozent mehr kosten, teilte die Bahngesellschaft am "
           "Freitag mit.",
     "fr": "Les billets de train coûteront dix pour cent de plus à partir du mois prochain, a annoncé vendredi la "
           "compagnie ferroviaire.",
     "es": "Los billetes de tren costarán un diez por ciento más a partir del próximo mes, según informó el "
           "viernes la compañía ferroviaria.",
     "facts": "freitag|vendredi|viernes"},
    {"en": "The doctor advised him to sleep more, drink water and walk for thirty minutes every day.",
     "de": "Der Arzt riet ihm, mehr zu schlafen, Wasser zu trinken und jeden Tag dreißig Minuten spazieren zu "
           "gehen.",
     "fr": "Le médecin lui a conseillé de dormir davantage, de boire de l'eau et de marcher trente minutes chaque "
           "jour.",
     "es": "El médico le aconsejó dormir más, beber agua y caminar treinta minutos cada día.",
     "facts": "dreißig|30|trente|treinta"},
]

LIBRARY = ("Good morning everyone. Before we start, a few notices. The library will be closed on Monday for "
           "repairs to the roof and opens again on Wednesday at nine. Books that are due this week can be "
           "returned on Thursday without a fine. The children's reading club moves to Friday afternoon, and the "
           "chess club is looking for two new volunteers to help on Saturday mornings.")
CLINIC = ("Hi, this is Maria from the Green Street dental clinic. I'm calling to move your appointment from "
          "Tuesday the fourth to Thursday the sixth at half past two. Please call us back if that time doesn't "
          "work for you. Thanks, and have a nice day.")
STORY_FILE = Path("/work/shared/wavllm-release-examples/CoT-task-story.tsv")

SUMMARIES = [  # (name, text, facts that a faithful summary keeps: each a regex)
    ("library", LIBRARY, ["monday", "wednesday|reopen"]),
    ("clinic", CLINIC, ["maria|clinic|dental", "thursday"]),
    ("story", None, ["2500", "utopia|harmony|earth"]),
]
QUESTIONS = [  # (transcript name, question, the right answer as a regex)
    ("library", "On which day does the library open again?", "wednesday"),
    ("library", "What is the chess club looking for?", "volunteer"),
    ("clinic", "Who is calling?", "maria"),
    ("clinic", "On which day is the new appointment?", "thursday"),
    ("story", "In which year does the story take place?", "2500"),
]


def story_text() -> str:
    import csv

    with open(STORY_FILE, newline="", encoding="utf-8") as handle:
        return next(csv.DictReader(handle, delimiter="\t"))["orig_story"]


def invented(summary: str, source: str) -> list[str]:
    """Capitalised words and numbers of the summary that the source does not contain."""
    known = set(re.findall(r"\w+", source.lower()))
    words = re.findall(r"\b(?:[A-Z][a-z]+|\d+)\b", summary)
    return [w for w in words if w.lower() not in known]


def evaluate(name: str, threads: int) -> dict[str, object]:
    import sacrebleu
    from wavllm_text.grounded import clean
    from wavllm_text.prompts import SUMMARY_SYSTEM, TRANSLATION_SYSTEM, summary_prompt, translation_prompt

    from wavllm_agent.engines.embedded import LISTEN_SYSTEM
    from wavllm_agent.engines.llm_runtime import load_text_llm

    started = time.perf_counter()
    llm = load_text_llm(name, runtime="ct2", threads=threads)
    tokenizer = llm.tokenizer  # type: ignore[attr-defined]
    load_s = time.perf_counter() - started
    tokens, seconds = 0, 0.0

    def ask(prompt: str, system: str, limit: int) -> str:
        nonlocal tokens, seconds
        start = time.perf_counter()
        out = llm.generate(prompt, system=system, max_new_tokens=limit)
        seconds += time.perf_counter() - start
        tokens += len(tokenizer(out, add_special_tokens=False)["input_ids"]) + 1
        return out

    texts = {"library": LIBRARY, "clinic": CLINIC, "story": story_text()}
    report: dict[str, object] = {"model": name, "load_s": round(load_s, 1)}
    for lang in ("de", "fr", "es"):
        hyps, kept = [], 0
        for row in SENTENCES:
            out = clean(ask(translation_prompt(row["en"], lang, "en"), TRANSLATION_SYSTEM, 96), row["en"])
            hyps.append(out)
            kept += bool(re.search(row["facts"], out.lower()))
        chrf = sacrebleu.corpus_chrf(hyps, [[row[lang] for row in SENTENCES]]).score
        report[f"translate_{lang}"] = {"chrf": round(chrf, 1), "facts_kept": f"{kept}/{len(SENTENCES)}",
                                       "outputs": hyps}
    summaries = []
    for key, _, facts in SUMMARIES:
        out = clean(ask(summary_prompt(texts[key], 20), SUMMARY_SYSTEM, 64), texts[key])
        summaries.append({"text": key, "summary": out, "words": len(out.split()),
                          "facts_kept": sum(bool(re.search(f, out.lower())) for f in facts),
                          "facts": len(facts), "invented": invented(out, texts[key])})
    report["summaries"] = summaries
    answers = []
    for key, question, right in QUESTIONS:
        prompt = f"<transcript>\n{texts[key]}\n</transcript>\n\n{question}"
        out = ask(prompt, LISTEN_SYSTEM, 48)
        answers.append({"question": question, "answer": out, "right": bool(re.search(right, out.lower()))})
    report["questions"] = {"right": f"{sum(a['right'] for a in answers)}/{len(answers)}", "answers": answers}
    report["tokens_per_s"] = round(tokens / seconds, 2)
    report["generated_tokens"] = tokens
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", default="smollm2-135m-instruct,qwen2.5-coder-0.5b-instruct,"
                                            "qwen2.5-coder-1.5b-instruct")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path("llm-comparison.json"))
    args = parser.parse_args(argv)
    results = []
    for name in args.models.split(","):
        print(f"evaluating {name} ...", file=sys.stderr, flush=True)
        results.append(evaluate(name.strip(), args.threads))
        args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
        brief = {k: (v["chrf"] if isinstance(v, dict) and "chrf" in v else v) for k, v in results[-1].items()
                 if k not in ("summaries", "questions")}
        print(json.dumps(brief), file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
