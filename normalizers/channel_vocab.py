"""The channel heads' vocabulary (data/channel_heads.yaml) as the reader uses it
(normalizers/channel_heads.py): heads with their `with`/`platform` keys split into words,
the evidence of a survey's kind, the prepositions of means and venue, the words that join
channels named side by side, negation and condition patterns, channels' own domains, and a
speller over every word the file names."""
from __future__ import annotations

import re

from textcore.vocab import vocabulary

from .channel_places import LOOKALIKE
from .matcher import DATA
from .phrase import Speller


def _shared_with(heads: dict[str, dict], data: dict) -> None:
    """`with` words several heads share: a meaning class's (`with_classes`, after each head's own, in its own
    noun group only and not where the phrase names a word of its `unless`: `classes`), and a bot on a
    messenger or a network ("ВК-бот": a chat-bot; in the head's own noun group only, «(без бота)» none)."""
    for spec in heads.values():
        spec["classes"], spec["own_classes"] = [], []
    for cls in (data.get("with_classes") or {}).values():
        for word in cls["heads"]:      # (a class of the head's own manner, `own`: channel_noun_groups.with_own)
            heads[word]["own_classes" if cls.get("own") else "classes"] += [
                ((w,), cls["code"], frozenset(cls.get("unless", ()))) for w in cls["words"]]
    bots = data.get("bots") or {}
    for spec in heads.values():
        spec["bots"] = [((w,), "chatbot") for w in bots.get("words", ())] if spec.get("default") in bots.get("of", ()) else []


def _by_first_word(phrases) -> dict[str, list[tuple[str, ...]]]:
    """Phrases of lemmas («отделение связь») as word tuples, looked up by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        out.setdefault(phrase.split()[0], []).append(tuple(phrase.split()))
    return out


class Heads:
    def __init__(self, data: dict):
        self.heads: dict[str, dict] = {}
        for word, spec in data["heads"].items():
            spec = {"default": spec} if isinstance(spec, str) else dict(spec)
            if isinstance(spec.get("platform"), str):          # a mapping named in `platforms`
                spec["platform"] = data["platforms"][spec["platform"]]
            spec["unless_platform"] = frozenset(spec.get("unless_platform", ()))
            for field in ("with", "platform"):
                spec[field] = [(tuple(k.split()), v) for k, v in (spec.get(field) or {}).items()]
            spec["addresses"] = [(k, v) for k, v in spec["platform"] if k[0].startswith("@")]  # never `unless_platform`'s
            self.heads[str(word)] = spec
        _shared_with(self.heads, data)
        self.evidence = {k: set(v) for k, v in data["evidence"].items()}
        self.survey_devices, self.survey_paper = (frozenset(data.get(k, ())) for k in ("survey_devices", "survey_paper"))
        self.means = set(data.get("means", ()))
        self.booking = frozenset(data.get("booking", ()))
        self.venue_preps = set(data.get("venue", {}).get("prepositions", ()))
        # a name quoted right after a preposition of means or of place is the means or the place itself
        # («по «горячей линии»», «в «Одноклассниках»»), no detail beside the phrase
        self.quoted_means = re.compile(r"(?<![а-яё])((?:%s)\s+)[«\"“]([^»\"”]{1,80})[»\"”]" % "|".join(
            sorted(self.means | self.venue_preps)), re.IGNORECASE) if self.means else None
        self.venues = set(data.get("venue", {}).get("channels", ()))
        self.media = set(data.get("venue", {}).get("media", ()))
        self.boards = set(data.get("venue", {}).get("boards", ()))
        self.not_places = tuple(tuple(i.split()) for i in data.get("venue", {}).get("idioms", ()))
        self.combining = frozenset(data.get("combining", ()))
        self._placed(data.get("placed") or {})
        self.topic_preps = frozenset(data.get("venue", {}).get("topic", ()))
        visit = data.get("visit") or {}
        self.visit = {k: (frozenset(v) if isinstance(v, list) else v) for k, v in visit.items()}
        self.generic = frozenset(data.get("generic", ()))
        under = data.get("under") or {}             # normalizers/channel_feed.py
        self.under = {"prepositions": frozenset(under["prepositions"]), "published": frozenset(under["published"]),
                      "feed": frozenset(under.get("feed", ())), "feed_places": frozenset(under.get("feed_places", ())),
                      "place_prepositions": frozenset(under.get("place_prepositions", ())), "code": under["code"]} if under else None
        self.brands: dict[str, str] = data.get("brands") or {}
        self.bodies = frozenset(data.get("bodies", ()))
        self.negation = re.compile(r"(?<![а-яё])(?:%s)(?![а-яё])" % "|".join(data.get("negation", ())),
                                   re.IGNORECASE)
        several = data.get("several", {})
        # commas, slashes, line breaks (a bulleted cell) and the coordinating words
        # (opened only where no space precedes: a run of spaces is scanned once, not from each of them)
        self.coordinators = re.compile(r"(?<!\s)\s*(?:[,/\n]|(?<![а-яё])(?:%s)(?![а-яё]))\s*" % "|".join(
            several.get("coordinators", ())), re.IGNORECASE)
        self.not_peer = re.compile(r"^(?:%s)(?![а-яё])|(?<![а-яё])(?:%s)(?![а-яё])" % (
            "|".join(several.get("condition", ())), "|".join(several.get("subordinate", ()))), re.IGNORECASE)
        # a part of a site named in quotes ("раздел «Интернет-приёмная»"): its name may be a channel
        sections = data.get("sections") or {}
        self.sections = re.compile(r"(?<![а-яё])(?:%s)[а-яё]*\s*[«\"“]([^»\"”]{1,80})[»\"”]" % "|".join(
            sections["words"]), re.IGNORECASE) if sections else None
        self.section_channels = frozenset(sections.get("channels", ()))
        self.section_of = frozenset(sections.get("of", ()))
        self.domains: dict[str, str] = data["domains"]
        # sorted and made Latin once, not per address read
        self.hosts = sorted(((d.translate(LOOKALIKE), c) for d, c in self.domains.items()), key=lambda p: -len(p[0]))
        self.head_words = frozenset(self.heads)
        vocab = set(self.heads) | {w for s in self.heads.values() for k, _ in s["with"] + s["platform"] for w in k}
        vocab |= {w for ws in self.evidence.values() for w in ws}
        self.vocab = frozenset(w for w in vocab if re.fullmatch("[а-я]+", w))
        self.speller = Speller(sorted(vocab))

    def _placed(self, placed: dict) -> None:
        """Where a head stands in its clause (`placed`: normalizers/channel_hosts.py), its setting and manner."""
        self.time_preps = frozenset(placed.get("time", ()))
        self.frames = frozenset(placed.get("frames", ()))
        self.manners = frozenset(placed.get("manners", ()))
        self.strong_means = frozenset(placed.get("means", ()))
        self.host_codes = frozenset(placed.get("hosts", ()))
        self.host_preps = frozenset(placed.get("host_prepositions", ()))
        self.hosted = frozenset(placed.get("hosted", ()))
        self.owned_deeds = frozenset(placed.get("writing", ()))
        self.carrying = frozenset(placed.get("carrying", ()))
        self.posted = _by_first_word(placed.get("posted", ()))


@vocabulary(DATA / "channel_heads.yaml", required=("heads", "evidence", "domains"))
def heads(data: dict) -> Heads:
    return Heads(data)
