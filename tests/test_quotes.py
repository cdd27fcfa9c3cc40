"""Quotes of an erased text in other texts: runs of its words are found whatever the case and
punctuation; fewer words, or other words, are not a quote."""

from hypothesis import given
from hypothesis import strategies as st

from impact_core.gegevens.quotes import RUN, Quoted

WORDS = st.lists(
    st.sampled_from(["zij", "woont", "sinds", "maart", "weer", "thuis", "met", "haar", "zoon"]), min_size=1
)
OTHER = st.lists(st.sampled_from(["alpha", "bravo", "charlie", "delta"]), max_size=8)


@given(told=st.lists(st.text("abcdefghij", min_size=1, max_size=6), min_size=RUN, max_size=20), data=st.data())
def test_any_run_of_the_told_words_is_removed_whatever_the_case_and_punctuation(told, data):
    start = data.draw(st.integers(0, len(told) - RUN))
    length = data.draw(st.integers(RUN, len(told) - start))
    before, after = data.draw(OTHER), data.draw(OTHER)
    quote = ", ".join(word.upper() for word in told[start : start + length])
    text = " ".join([*before, quote, *after])
    kept = Quoted.of([" ".join(told)]).removed(text, "[gewist]")
    assert kept == " ".join([*before, "[gewist]", *after])


@given(told=WORDS, other=OTHER)
def test_words_the_told_text_does_not_have_stay(told, other):
    text = " ".join(other)
    assert Quoted.of([" ".join(told)]).removed(text, "[gewist]") == text


def test_fewer_words_than_a_run_are_no_quote():
    told = "Sinds maart woont zij weer thuis met haar zoon."
    assert Quoted.of([told]).removed("Zij woont weer thuis.", "[gewist]") == "Zij woont weer thuis."


def test_a_whole_short_title_is_a_quote_a_shorter_one_is_not():
    quoted = Quoted.of(["Weer thuis met Ahmed", "Thuis"])
    assert quoted.removed("Over 'Weer thuis met Ahmed' spraken we.", "[gewist]") == "Over '[gewist]' spraken we."
    assert quoted.removed("Thuis is thuis.", "[gewist]") == "Thuis is thuis."


def test_a_name_is_removed_as_a_whole_word_only():
    quoted = Quoted.of([], names=["VT-0012", "Jan"])
    assert quoted.removed("VT-0012 en Jan, niet Jansen.", "[gewist]") == "[gewist] en [gewist], niet Jansen."
