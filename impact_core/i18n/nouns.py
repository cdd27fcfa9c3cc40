"""Counted words: one form for one, another for more, in each language ('1 verhaal', '3 verhalen')."""

# noun -> ((Dutch one, Dutch more), (English one, English more))
NOUNS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "story": (("verhaal", "verhalen"), ("story", "stories")),
    "reflection": (("reflectie", "reflecties"), ("reflection", "reflections")),
    "number": (("cijfer", "cijfers"), ("number", "numbers")),
    "indicator": (("indicator", "indicatoren"), ("indicator", "indicators")),
    "moral_dilemma": (("moreel dilemma", "morele dilemma's"), ("moral dilemma", "moral dilemmas")),
    "participant": (("deelnemer", "deelnemers"), ("participant", "participants")),
    "month": (("maand", "maanden"), ("month", "months")),
    "year": (("jaar", "jaar"), ("year", "years")),
}
