#!/usr/bin/env python3
"""Writes a deterministic synthetic corpus of German news-like articles for benchmarking extraction.

Usage: make_synthetic_corpus.py OUT_DIR [--megabytes 50 | --documents 50000] [--seed 42]

Sentences come from templates filled with organisation, product, place and person names read from the
extractor's lexicon (Sources/GeflechtExtraction/Lexicon/Data), so the rules have real work to do:
mentions, roles, cues, statuses, amounts, dates, epithets and teasers. The same seed and size always give
byte-identical files. The corpus is not committed.
"""
import argparse
import os
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "Sources", "GeflechtExtraction", "Lexicon", "Data")


def rows(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                yield line.split("\t")


def load_names():
    orgs, products = [], []
    for cols in rows("entities.tsv"):
        (orgs if cols[0] == "organization" else products).append(cols[2])
    places = [cols[0].split("|")[0] for cols in rows("places.txt")]
    first = [cols[0] for cols in rows("first_names.txt")]
    return sorted(orgs), sorted(products), sorted(places), sorted(first)


SURNAMES = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann",
            "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Krüger", "Hartmann"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]

TEMPLATES = [
    "{o1} investiert {amount} in {o2}.",
    "Im {month} {year} stieg {o1} als Hauptinvestor bei {o2} ein.",
    "Der Konzern will nach eigenen Angaben {amount} in Rechenzentren bei {place} investieren.",
    "{o1}-Chef {person} kündigte am {day}. {month} {year} eine Partnerschaft mit {o2} an.",
    "{person}, Vorsitzender von {o1}, sagte, man arbeite eng mit {o2} zusammen.",
    "{o2} wurde von {o1} für {amount} übernommen.",
    "Laut Berichten könnte {o1} das Start-up {o2} übernehmen, was beide Unternehmen nicht kommentierten.",
    "{o1} ist nicht an {o2} beteiligt, sondern kooperiert mit {o3}.",
    "Das Projekt {product} ist ein Gemeinschaftsprojekt von {o1}, {o2} und {o3}.",
    "{o1} nutzt {product} für das Training seiner Modelle.",
    "{o1} baut ein neues Rechenzentrum in {place}, das {year} in Betrieb gehen soll.",
    "Als Cloud-Anbieter von {o2} gilt {o1} seit {year}.",
    "Die Übernahme von {person} durch {o1} sorgte für Aufsehen in der Branche.",
    "{o1} bezeichnete {o2} öffentlich als Konkurrenten.",
    "Der Softwarekonzern gab bekannt, dass er {product} weiterentwickeln werde.",
    "Analysten erwarten, dass die Nachfrage nach Rechenleistung in {place} weiter steigt.",
    "Die Aktie von {o1} legte nach der Ankündigung um {pct} Prozent zu.",
    "{o3} schloss sich der Initiative {year} an.",
    "„Wir unterstützen {product} ausdrücklich“, sagte {person}.",
]
TEASER = ["Geldanlage Die besten Fonds für {year}", "Karriere Warum Manager jetzt umdenken",
          "Reise Die schönsten Städte am Meer"]
TEASER_BODY = "Viele Anleger fragen sich, was sich lohnt. Unser Autor hat nachgerechnet."


def article(rng, names, index):
    orgs, products, places, first = names
    def person():
        return f"{rng.choice(first)} {rng.choice(SURNAMES)}"
    def fill(template):
        a, b, c = rng.sample(orgs, 3)
        return template.format(
            o1=a, o2=b, o3=c, product=rng.choice(products), place=rng.choice(places), person=person(),
            amount=f"{rng.randint(1, 99)},{rng.randint(1, 9)} Milliarden {rng.choice(['Euro', 'US-Dollar'])}",
            month=rng.choice(MONTHS), day=rng.randint(1, 28), year=rng.randint(2015, 2030), pct=rng.randint(1, 15))
    lines = [fill("{o1} und {o2} vertiefen ihre Zusammenarbeit"), ""]
    for p in range(rng.randint(6, 12)):
        lines.append(" ".join(fill(rng.choice(TEMPLATES)) for _ in range(rng.randint(3, 7))))
        lines.append("")
        if p == 3 and rng.random() < 0.3:
            for t in TEASER:
                lines += [t.format(year=rng.randint(2020, 2030)), "", TEASER_BODY, ""]
    lines.append("© Synthetische Zeitung GmbH – Alle Rechte vorbehalten.")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--megabytes", type=float, default=50)
    parser.add_argument("--documents", type=int, help="write this many articles instead of --megabytes")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    names = load_names()
    os.makedirs(args.out, exist_ok=True)
    target = int(args.megabytes * 1024 * 1024)
    written = 0
    index = 0
    while (index < args.documents) if args.documents is not None else (written < target):
        text = article(rng, names, index).encode("utf-8")
        with open(os.path.join(args.out, f"synthetic_{index:06d}.txt"), "wb") as f:
            f.write(text)
        written += len(text)
        index += 1
    print(f"{index} articles, {written / 1024 / 1024:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
