"""The conversation cards and the outcome's coverage notice on the dialogue table."""

from __future__ import annotations

from impact_core.samen.conversation import Card
from impact_core.samen.reasoning import Coverage
from impact_core.ui import drawn, safe
from impact_core.ui.drawn import Part
from impact_core.ui.session import presenting, tr

NAMES_SHOWN = 8


def conversation_cards(cards: list[Card]) -> tuple[Part, ...]:
    # Bordered columns are the cards themselves: no container of their own inside each.
    return (
        drawn.header(tr("cards.heading")),
        drawn.caption(tr("cards.intro")),
        drawn.columns(*(_card(card) for card in cards), border=not presenting()),
    )


def _card(card: Card) -> Part:
    # No icon in the title: Streamlit draws one as a ligature, read aloud as "gavel".
    title = tr(f"cards.{card.key}.title")
    if presenting():  # the shared screen: four closed cards, opened one at a time in the conversation
        return drawn.box(drawn.expander(title, _card_text(card)))
    return drawn.box(drawn.subheader(title), _card_text(card))


def _card_text(card: Card) -> Part:
    # One element per card, not one per fact or name.
    return drawn.markdown(
        *(
            part
            for fact in card.facts
            for part in (
                tr(f"cards.{fact.key}", **fact.values),
                _names(fact.names),
            )
        ),
        f"**{tr(f'cards.{card.key}.prompt')}**",
    )


def _names(names: tuple[str, ...]) -> str:
    """The first few names, one per line. A card starts a conversation; at sector scale one
    party alone chose hundreds of indicators, and the room needs the count and some examples."""
    lines = [safe.escape_markdown(f"• {name}") for name in names[:NAMES_SHOWN]]
    if len(names) > NAMES_SHOWN:
        lines.append(safe.escape_markdown(tr("cards.more_names", count=len(names) - NAMES_SHOWN)))
    return "  \n".join(lines)


def outcome_coverage(coverage: Coverage | None) -> tuple[Part, ...]:
    """Say plainly when the chosen outcome rests on one track or on none."""
    if coverage is Coverage.BLIND_SPOT:
        return (drawn.warning(tr("dialogue.blind_spot"), icon=":material/visibility_off:"),)
    if coverage in (Coverage.NUMBERS_ONLY, Coverage.STORIES_ONLY, Coverage.CRAFT_ONLY):
        return (
            drawn.info(tr("dialogue.one_track", track=tr(f"reasoning.coverage.{coverage}")), icon=":material/balance:"),
        )
    return ()
