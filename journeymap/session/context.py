"""The resolved context of an analysis: its language and the user's analysis settings.

Every analysis (the screen, ``analyze``, each export, ``compare``, ``aggregate``) takes its
settings from here, so a norm changed in Preferences or with ``journeymap settings`` changes the
screen and every report alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journeymap.core.analysis import analyze, find
from journeymap.core.findings import Analysis, Finding
from journeymap.core.model import Journey
from journeymap.core.proposals import Reading, SuggestedAnalysis, suggest
from journeymap.core.settings import AnalysisSettings
from journeymap.core.texts import language


@dataclass(frozen=True, slots=True)
class AnalysisContext:
    """What an analysis needs besides the journey.

    Attributes:
        lang: language of messages and tips (``"en"`` or ``"nl"``).
        settings: the user's channel norms and rule thresholds.
    """

    lang: str = "en"
    settings: AnalysisSettings = field(default_factory=AnalysisSettings)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lang", language(self.lang))

    def analyze(self, journey: Journey) -> Analysis:
        """Return the analysis of ``journey`` in this context."""
        return analyze(journey, lang=self.lang, settings=self.settings)

    def findings(self, journey: Journey) -> tuple[Finding, ...]:
        """Return the findings alone of ``journey`` in this context (those of ``analyze``)."""
        return find(journey, lang=self.lang, settings=self.settings)

    def suggest(self, journey: Journey, *, reading: Reading | None = None,
                recorded: Analysis | None = None) -> SuggestedAnalysis:
        """Return the analysis of ``journey`` as if every open proposal of the note reader were
        accepted, with what each inferred finding rests on (docs/proposals.md).

        ``reading`` and ``recorded`` (the journey's note reading and its analysis in this
        context) spare reading and analysing again when the caller has them already.
        """
        if reading is None:
            from journeymap.notes import read_journey

            reading = read_journey(journey)

        def analyze(other: Journey) -> Analysis:
            return recorded if recorded is not None and other is journey else self.analyze(other)

        return suggest(journey, reading, analyze)

    def with_language(self, lang: str) -> AnalysisContext:
        """Return this context in another language."""
        return AnalysisContext(lang, self.settings)


def user_context(lang: str | None = None, journey: Journey | None = None) -> AnalysisContext:
    """Return the context the user's preferences ask for.

    Args:
        lang: the language asked for (``--lang``); ``None`` takes the journey's own language, or
            the preferred language when there is no journey.
        journey: the journey to be analysed, whose language is the default.
    """
    from journeymap.preferences import load_preferences

    prefs = load_preferences()
    chosen = lang or (journey.language if journey is not None else prefs.language)
    return AnalysisContext(chosen, prefs.analysis_settings())
