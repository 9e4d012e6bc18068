"""The ``sv`` task: speaker verification on two recordings, or on one ("one speaker throughout?")."""

from __future__ import annotations

from wavllm_agent.engines.base import Engine
from wavllm_agent.results import SvResult
from wavllm_agent.tasks.base import Task, TaskInput, TaskParams, require_audio
from wavllm_agent.tasks.traits import PlanningTraits, PlanRole, TrainingTraits

_COUNTS = (
    "one", "single", "only one", "just one", "a single", "several", "multiple", "more than one",
    "many different", "a few different", "several different", "multiple different", "one or two",
    "two or more", "one or more", "solo", "a solo", "a lone", "lone", "1", "only", "just the", "only the",
    "a second", "second",
)
_PEOPLE = (
    "person", "people", "speaker", "speakers", "voice", "voices", "individual", "individuals", "narrator",
    "narrators", "host", "hosts", "presenter", "presenters", "lecturer", "lecturers", "caller", "callers",
    "reporter", "reporters", "newsreader", "newsreaders", "announcer", "announcers", "interviewer",
    "storyteller", "preacher", "commentator", "commentators", "guest", "guests", "teacher", "singer",
    "ppl", "folks", "emcee", "compere", "compère", "auctioneer", "moderator", "quizmaster",
)
_TEACHING = ("instructor", "instructors", "tutor", "tutors")
"""Counted as talkers except after "second" ("Does the caller ask for a second tutor?" asks about the content)."""
_OTHERS = ("anyone else", "anybody else", "someone else", "somebody else", "another person", "another voice")


class SvTask(Task):
    """Same speaker or not, with the score the decision rests on."""

    name = "sv"
    description = ("Speaker verification: with two audio files, are they the same speaker; "
                   "with one, does a single speaker speak throughout.")
    params_model = TaskParams
    output_noun = "speaker verdict"
    audio_inputs = 2
    metrics = ("eer", "yes_no_accuracy")
    # Training hears a pair as one recording (clip, pause, clip): the single-recording question fits.
    training = TrainingTraits(target="yes_no", subtask_requires={"speakers": 1}, subtask_answer="Yes")
    prompts = (
        "Is there only one speaker in the audio clip?",
        "Does the same person speak throughout this recording?",
        "Is this audio spoken by a single speaker?",
        "Are all the utterances in the clip from the same speaker?",
        "Listen to the audio: is it one voice from beginning to end?",
    )
    pair_prompts = (
        "Are the two utterances spoken by the same speaker?",
        "Do these two recordings come from the same person?",
        "Is the speaker of the first clip the same as the speaker of the second?",
    )
    phrases = (
        "same speaker", "same person", "same voice", "one speaker", "only one speaker",
        "single speaker", "how many speakers", "different speakers", "different speaker",
        "speaker verification", "verify the speaker", "one voice", "same people", "more than one speaker",
        "multiple speakers", "how many people speak", "how many people are speaking", "how many people talk",
        "how many people are talking", "how many people are in the recording", "how many people are there",
        "how many people can", "how many people do", "how many voices", "number of speakers", "one person",
        "several speakers", "same individual", "single voice", "change of speaker", "speaker change",
        "speaker changes", "person in the second", "speaker in the second", "voice in the second",
        "also the person", "also the speaker",
    )
    # Asking how many people speak: a count next to a word for people ("a single person",
    # "several people", "just one voice"), in any of the ways users combine them.
    phrases += tuple(f"{c} {p}" for c in _COUNTS for p in _PEOPLE) + (
        "different people", "different voices", "different individuals", "does all the talking",
        "one or more", "one or several", "one or many", "number of people", "number of ppl talking", "number of ppl speaking", "number of voices", "same person",
        "count of speakers", "count of the speakers", "speaker count", "speaker check",
        "same speaker", "or just one", "or only one", "or just the one", "or only the one", "or several", "or multiple", "or more than one",
        "or a single one", "there is a second speaker", "there is another speaker", "there is another voice",
        "there is a second voice", "there are other speakers", "any other speakers", "anyone else speaking",
        "anyone else talking", "someone else speaking", "someone else talking", "others join in",
        "other people join in", "two people in it", "couple of people", "same caller", "same host",
        "same presenter", "group discussion or", "or a group discussion", "anybody else speaking",
        "anybody else talking", "anybody else chimes in", "anyone else chimes in", "someone else chimes in",
        "somebody else chimes in", "anybody else joins", "anyone else joins", "someone else joins",
        "other people too", "other people talking", "other people speaking", "other voices", "or are there others",
        "or a few", "1 voice or",
        *(f"{who} {how} {when}" for who in ("voice", "speaker") for how in ("consistent", "constant")
          for when in ("from start to finish", "from beginning to end", "from the start to the end",
                       "from the beginning to the end")),
        "how many ppl r", "how many ppl are", "how many ppl talk", "how many ppl speak", "how many ppl in", "how many ppl on",
        "how many folks r", "how many folks are",
        "same guy", "same dude", "same man", "same woman", "same lady",
        "same girl", "same bloke", "same narrator", "count the speakers", "count the voices", "count speakers", "count voices",
        "count the people", "count how many", "sound alike", "sound the same", "sound identical",
        "compare the voices", "compare the speakers", "compare the two voices", "belong to one", "belong to the same", "how many people are on the line", "how many people are on the call",
        "how many people on the line", "how many voices are on", "headcount of the voices", "headcount of voices",
        "headcount of the speakers", "headcount of speakers", "head count of the voices", "head count of the speakers",
        "voice headcount", "speaker headcount", "tally the speakers", "tally up the speakers", "tally the voices",
        "tally up the voices", "tally the distinct speakers", "tally up the distinct speakers", "tally the different voices",
        "tally up the different voices", "tally the distinct voices", "tally up the distinct voices",
    ) + tuple(f"how many {p}" for p in ("narrators", "presenters", "hosts", "lecturers", "announcers", "reporters",
                                        "commentators", "interviewers", "storytellers", "singers")) + (
    ) + tuple(f"{who} {verb}" for who in _OTHERS for verb in ("speaks", "talks", "joins", "join in", "cuts in")) \
      + tuple(f"{p} or one" for p in _PEOPLE if p.endswith("s")) \
      + tuple(f"{c} {p}" for c in _COUNTS if "second" not in c for p in _TEACHING) \
      + tuple(f"how many {p} {verb}" for p in ("people", "ppl", "persons", "speakers", "voices")
              for verb in ("discuss", "are discussing", "discussing"))
    planning = PlanningTraits(role=PlanRole.SPEAKERS, fallback_phrases=(
        "both recordings", "both files", "both clips", "both samples", "two recordings", "two files",
        "two clips", "two samples", "two voices", "same narrator", "sole speaker", "only speaker", "sole voice",
        "only voice", "all the talking", "all the speaking",
    ))

    def run(self, engine: Engine, inputs: TaskInput, params: TaskParams) -> SvResult:
        audio = require_audio(self, inputs)
        verdict = engine.verify_speakers(audio, inputs.audio2)
        pair = inputs.audio2 is not None
        if pair:
            text = "Yes, the same speaker." if verdict.same_speaker else "No, different speakers."
        else:
            # No "yes" or "no": the verdict answers "one speaker?" and "a second voice?" alike.
            text = "One speaker throughout." if verdict.same_speaker else "More than one speaker."
        return SvResult(task=self.name, text=text, engine=engine.name,
                        same_speaker=verdict.same_speaker, score=float(verdict.score),
                        threshold=float(verdict.threshold), mode="pair" if pair else "single")
