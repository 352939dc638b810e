#!/usr/bin/env python3
"""Synthetic news corpus for kgx throughput benchmarks.

Writes about MB megabytes (10^6 bytes of UTF-8 article text) of scraped-news
look-alike articles: celebrity, business and politics stories with Title Case
headlines, bylines, quotes, photo credits, pronoun follow-ups, negated and
hypothetical relation sentences and "Related stories" boilerplate.

    python3 bench/make_corpus.py --mb 20 --seed 1 --out-dir DIR --out-file FILE

--out-dir   one article per .txt file (DIR/dNNN/NNNNNN.txt, 1000 per folder),
            the layout `kgx extract DIR` reads.
--out-file  the same articles, in the same order, in one file separated by a
            line holding a lone form feed ("\\n\\f\\n"), the layout
            ../shared/peers/bench.js reads.

The output is a pure function of (--mb, --seed): same arguments, same bytes,
whatever the Python version's hash seed. Generation is sequential, so the
corpus for MB/2 is a prefix of the corpus for MB (same seed).

The cast grows with the text: about one new person per 2 KB, named from
first-name lists and syllable-built surnames (no real celebrities), with a
Zipf-like popularity so a few people recur everywhere and most appear a few
times, as in a real news stream. People keep their spouses, exes, partners,
siblings, parents, children, friends and collaborators from article to
article, so relations are re-asserted across documents.

Standard library only. A summary line goes to standard error; with --stats a
JSON line with bytes, documents and people goes to standard output.
"""

import argparse
import json
import os
import random
import sys

# --------------------------------------------------------------------------
# Pools. Nothing here is a real public figure's full name: first names are
# ordinary given names, surnames are built from syllables.

FEMALE_FIRST = """Abigail Ada Adele Agnes Aisha Alana Alice Alina Alma Amelia Ana Anika
Annette Ariana Astrid Audrey Aurora Ava Beatrice Bella Bianca Brenda Bridget Camila Carla
Carmen Caroline Cassandra Celia Charlotte Chiara Claire Clara Colette Daisy Daniela Daphne
Delia Diana Dora Edith Elena Eliza Ella Eloise Elsa Emilia Emma Erin Esther Eva Evelyn
Fatima Felicity Fiona Flora Frances Freya Gabriela Gemma Georgia Gloria Grace Greta Hana
Hannah Harriet Hazel Helena Imogen Ines Ingrid Irene Iris Isabel Ivy Jade Jana Jasmine
Joanna Josephine Julia Juliet June Karina Katya Laila Lara Laura Lena Leona Lila Lillian
Lina Livia Lola Lorena Louisa Lucia Lucy Luna Lydia Mabel Maeve Magda Maia Malia Mara
Marina Martha Matilda Maya Melody Mila Mina Miriam Nadia Naomi Natalia Nina Nora Olive
Olivia Paige Paloma Paula Pearl Penelope Petra Phoebe Priya Quinn Rachel Rebecca Renata
Rhea Rita Rosalind Ruby Ruth Sabrina Sadie Selma Serena Sienna Simone Sofia Sonia Stella
Talia Tamsin Tessa Thea Uma Valentina Vera Veronica Viola Vivian Wanda Willa Yara Yasmin
Zara Zoe""".split()

MALE_FIRST = """Aaron Abel Adrian Alan Albert Alec Alfie Amir Anders Andre Angus Anton
Arlo Arthur August Axel Barnaby Basil Ben Bernard Blake Bruno Caleb Callum Carlos Casper
Cedric Clark Colin Conrad Cyrus Damian Dante Darius Declan Dmitri Dominic Douglas Edgar
Edmund Elias Elliot Emil Enzo Ezra Felix Fergus Finn Floyd Frank Gabriel Gideon Glen
Graham Gustav Harvey Hector Henry Hugo Ian Idris Ivan Jacob Jasper Joel Jonah Jonas Julian
Kai Karl Kenji Kieran Laszlo Leo Leon Levi Liam Lionel Lorenzo Louis Luca Lucas Magnus
Malcolm Marco Marcus Martin Mateo Max Miles Milo Mitchell Nathan Neil Nico Noah Oliver
Omar Oscar Otto Owen Pablo Patrick Percy Pierre Quentin Rafael Ralph Ravi Reid Rex Rhys
Robin Roland Rory Rufus Samir Sebastian Silas Simon Stellan Theo Tobias Tomas Tristan
Ulrich Victor Vincent Wade Walter Warren Wesley Xavier Yusuf Zane""".split()

SURNAME_HEAD = """Al Ash Bal Bar Bel Ber Bran Brig Cal Car Cor Dal Dar Del Dun El Fal Fen
Gal Gar Gil Hal Har Hol Jar Kel Ker Lan Lar Lin Mal Mar Mel Mor Nor Ol Or Pal Par Pen Quil
Ral Rav Ren Ros Sal Sel Sor Tal Tam Tor Ul Val Ven Vor Wal War Wen Yar Zel Zor""".split()
SURNAME_MID = ["", "", "", "a", "e", "i", "o", "an", "en", "in", "er", "ov", "am", "ar"]
SURNAME_TAIL = """by den dell dorf ford gard ham holt hurst ley lin low mond more ner ney
ridge sen sky son stein stone ter ton vale ver well wick wood worth zik""".split()

# Banned fragments: the seed story's people must never be generated.
BANNED = ("kardash", "kanye", "humphri", "jenner", "amber", "north west", "west")

CITIES = ["Paris", "London", "New York", "Los Angeles", "Tokyo", "Berlin", "Madrid",
           "Rome", "Sydney", "Toronto", "Mumbai", "Dubai", "Singapore", "Istanbul",
           "Cairo", "Lagos", "Nairobi", "Seoul", "Mexico City", "Buenos Aires",
           "Sao Paulo", "Chicago", "Miami", "Vienna", "Prague", "Lisbon", "Amsterdam",
           "Stockholm", "Oslo", "Dublin", "Milan", "Barcelona", "Athens", "Cape Town",
           "Hong Kong", "Bangkok", "Vancouver", "Melbourne", "Zurich", "Geneva",
           "Las Vegas", "Nashville", "Atlanta", "San Francisco", "Monaco", "Cannes"]
COUNTRIES = ["France", "Britain", "Germany", "Spain", "Italy", "Japan", "Canada",
             "Australia", "India", "Brazil", "Mexico", "Kenya", "Nigeria", "Egypt",
             "South Korea", "Sweden", "Norway", "Ireland", "Greece", "Portugal"]
VENUES = ["the Grand Palais", "Madison Square Garden", "the Royal Albert Hall",
          "the Chateau Marmont", "the Hollywood Bowl", "the Palais des Festivals",
          "the Barbican", "the Lincoln Center", "the Opera House", "the Metropolitan Museum"]

ORG_HEAD = """Apex Arden Atlas Aurora Beacon Blue Harbor Bright Cedar Crescent Crown
Delta Eastgate Ember Falcon Golden Granite Hawthorne Horizon Iron Juniper Keystone
Lantern Liberty Lumen Maple Meridian Monarch Northgate Oak Orion Pacific Pinnacle
Quarry Redwood Riverside Sable Silver Summit Sterling Tidewater Union Vanguard Westbrook
Willow Zenith""".split()
ORG_MID = """Media Capital Pictures Records Studios Foods Energy Motors Holdings Labs
Networks Apparel Beauty Airlines Pharma Logistics Telecom Publishing Games Health
Realty Insurance Robotics Foods Brewing Fashion Music Entertainment Sports Bank""".split()
ORG_TAIL = ["", "", "", "Group", "Inc.", "Ltd", "Co.", "Partners", "International",
            "Corporation", "Worldwide"]
OUTLET_A = ["Daily", "Morning", "Evening", "Weekly", "Sunday", "Global", "Metro", "City"]
OUTLET_B = ["Courier", "Ledger", "Herald", "Gazette", "Chronicle", "Tribune", "Post",
            "Dispatch", "Observer", "Record", "Mirror", "Standard"]
MAGAZINES = ["Vogue Insider", "Starlight Weekly", "Glint Magazine", "People Today",
             "Red Carpet Daily", "Style Ledger", "Celebrity Pulse", "The Green Room"]
SHOWS = ["Morning Live", "The Late Hour", "Access Tonight", "Good Day Today",
         "The Evening Show", "Talk of the Town", "Spotlight Weekly", "Night Owls"]
AGENCIES = ["Getty Images", "WireImage", "FilmMagic", "Reuters", "AP Photo",
            "Shutterstock", "Splash News", "Backgrid", "Instagram", "Facebook"]

WORK_A = ["The Last", "Midnight", "Broken", "Silver", "Golden", "Endless", "Wild",
          "Secret", "Burning", "Quiet", "Electric", "Paper", "Crimson", "Hollow", "Lucky"]
WORK_B = ["Summer", "Hearts", "Road", "Season", "Horizon", "Promise", "Kingdom", "River",
          "Letters", "Skies", "Garden", "Empire", "Tides", "Lights", "Harbour"]

ROLES_CELEB_F = ["actress", "singer", "model", "reality star", "TV presenter",
                 "designer", "rapper", "influencer", "dancer", "comedian"]
ROLES_CELEB_M = ["actor", "singer", "model", "reality star", "TV presenter",
                 "designer", "rapper", "footballer", "basketball player", "comedian"]
ROLES_BIZ = ["chief executive", "founder", "chairman", "chief financial officer",
             "investor", "analyst", "economist", "spokesperson"]
ROLES_POL = ["senator", "mayor", "minister", "governor", "congressman", "diplomat",
             "party leader", "adviser"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

QUOTES = [
    "We are so happy together and we can't wait for what comes next",
    "I have always admired the work ethic, it's something I learned from my family",
    "It was the best decision I ever made, honestly",
    "I think people forget that we're human beings with feelings",
    "We kept our distance for a long time, and then it just happened",
    "There was definitely a spark from the very first day",
    "I'm not going to talk about my private life",
    "It's been a really hard year, but we've come out stronger",
    "Family always comes first for me",
    "I didn't expect any of this, it's been overwhelming",
    "We're just friends, that's all there is to it",
    "The numbers speak for themselves and we're confident about the second half",
    "This deal is about the long-term future of the company",
    "Voters deserve a straight answer on this",
    "We will look at every option before making a decision",
    "I called and said, ‘Hello? I thought you were going to call me’",
    "He's always been a good friend to me, we've always been there for each other",
    "She makes me laugh every single day",
    "I'm so proud of everything we've built",
    "Nobody expected the show to last this long",
    "It's time for a fresh start",
    "We wish them nothing but the best",
    "The market has been tough, but our customers stayed with us",
    "I'm looking forward to getting back to work",
]

FILLER = [
    "The couple have kept their relationship largely out of the public eye.",
    "Representatives for both stars did not respond to requests for comment.",
    "The news comes just weeks after the pair were photographed together.",
    "Fans were quick to react on social media.",
    "The announcement was met with surprise by industry analysts.",
    "The event drew hundreds of guests, including several famous faces.",
    "Details of the agreement were not disclosed.",
    "It is not the first time the two have been linked.",
    "The report could not be independently verified.",
    "Tickets for the show sold out within minutes.",
    "The proposal still needs the approval of parliament.",
    "Analysts expect the figures to improve next year.",
    "The ceremony was attended by close friends and family.",
    "Neither side has commented publicly on the matter.",
    "The album debuted at number one in several countries.",
    "The company's shares have more than doubled since the start of the year.",
    "Critics were divided over the decision.",
    "The pair have not confirmed the reports.",
]

NOISE_LINES = ["Advertisement", "Loading the player...", "Share this article",
               "Continue reading below", "Story continues below advertisement",
               "Sign up for our newsletter"]

CATEGORIES = ["TV", "Music", "Celebrity News", "Business", "Politics", "Film", "Style"]

# --------------------------------------------------------------------------


class Person:
    __slots__ = ("pid", "first", "last", "female", "kind", "role", "born",
                 "spouse", "exes", "partner", "siblings", "parents", "children",
                 "friends", "collab", "org")

    def __init__(self, pid, first, last, female, kind, role, born):
        self.pid = pid
        self.first = first
        self.last = last
        self.female = female
        self.kind = kind  # 'celeb' | 'biz' | 'pol'
        self.role = role
        self.born = born
        self.spouse = None
        self.exes = []
        self.partner = None
        self.siblings = []
        self.parents = []
        self.children = []
        self.friends = []
        self.collab = []
        self.org = None

    @property
    def full(self):
        return self.first + " " + self.last


class World:
    def __init__(self, rng):
        self.rng = rng
        self.people = []          # index = popularity rank (0 = most famous)
        self.used_names = set()   # membership only, never iterated
        self.debuts = []          # new people not yet mentioned in any article
        self.surnames = []
        self.used_surnames = set()
        self.orgs = []
        self.used_orgs = set()
        self.journalists = [self._name() for _ in range(400)]
        self.photographers = [self._name() for _ in range(300)]
        self.outlets = [a + " " + b for a in OUTLET_A for b in OUTLET_B]
        for _ in range(60):
            self.new_org()

    # -- names --------------------------------------------------------------
    def new_surname(self):
        rng = self.rng
        for _ in range(1000):
            s = rng.choice(SURNAME_HEAD) + rng.choice(SURNAME_MID) + rng.choice(SURNAME_TAIL)
            if rng.random() < 0.12:  # rare double-barrelled / three-syllable names
                s = rng.choice(SURNAME_HEAD) + rng.choice(SURNAME_MID) + s.lower()
            low = s.lower()
            if any(b in low for b in BANNED):
                continue
            if s in self.used_surnames and rng.random() < 0.85:
                continue
            self.used_surnames.add(s)
            self.surnames.append(s)
            return s
        return s

    def _name(self, female=None, last=None):
        rng = self.rng
        if female is None:
            female = rng.random() < 0.5
        for _ in range(1000):
            first = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
            sur = last or (self.new_surname() if rng.random() < 0.7 or not self.surnames
                           else rng.choice(self.surnames))
            full = first + " " + sur
            if full in self.used_names:
                continue
            self.used_names.add(full)
            return (first, sur, female)
        # exhausted: add a middle initial
        full = first + " " + chr(65 + rng.randrange(26)) + ". " + sur
        self.used_names.add(full)
        return (first + " " + chr(65 + rng.randrange(26)) + ".", sur, female)

    def new_org(self):
        rng = self.rng
        for _ in range(1000):
            name = rng.choice(ORG_HEAD) + " " + rng.choice(ORG_MID)
            tail = rng.choice(ORG_TAIL)
            if tail:
                name += " " + tail
            if name not in self.used_orgs:
                break
        self.used_orgs.add(name)
        self.orgs.append(name)
        return name

    def org(self):
        n = len(self.orgs)
        return self.orgs[int(n ** self.rng.random()) - 1]

    def work(self):
        rng = self.rng
        r = rng.random()
        if r < 0.6:
            return rng.choice(WORK_A) + " " + rng.choice(WORK_B)
        if r < 0.8:
            return rng.choice(WORK_B) + " of " + rng.choice(CITIES)
        return "The " + rng.choice(WORK_B) + " " + rng.choice(["Club", "Diaries", "Game", "Affair"])

    # -- people ---------------------------------------------------------------
    def new_person(self, kind=None, female=None, last=None, born=None, debut=True):
        rng = self.rng
        if kind is None:
            r = rng.random()
            kind = "celeb" if r < 0.6 else ("biz" if r < 0.8 else "pol")
        first, sur, female = self._name(female, last)
        if kind == "celeb":
            role = rng.choice(ROLES_CELEB_F if female else ROLES_CELEB_M)
        elif kind == "biz":
            role = rng.choice(ROLES_BIZ)
        else:
            role = rng.choice(ROLES_POL)
        if born is None:
            born = rng.randint(1950, 2000)
        p = Person(len(self.people), first, sur, female, kind, role, born)
        if kind == "biz":
            p.org = self.org()
        self.people.append(p)
        # "rising star": some newcomers jump to the top of the popularity list
        if rng.random() < 0.02 and len(self.people) > 20:
            j = rng.randrange(min(200, len(self.people) - 1))
            a, b = self.people[j], self.people[-1]
            self.people[j], self.people[-1] = b, a
            a.pid, b.pid = b.pid, a.pid
        if debut:
            self.debuts.append(p)
        return p

    def pick(self, exclude=(), not_family_of=None):
        n = len(self.people)
        for _ in range(20):
            p = self.people[int(n ** self.rng.random()) - 1]  # P(rank r) ~ 1/r
            if p not in exclude and (not_family_of is None or p.last != not_family_of.last):
                return p
        return self.new_person()

    def grow_to(self, target):
        while len(self.people) < target:
            self.new_person()
        while len(self.orgs) < 60 + target // 25:
            self.new_org()

    # -- relations (remembered across articles) -------------------------------
    def related(self, a, kind, exclude):
        rng = self.rng
        if kind == "spouse":
            if a.spouse is None or a.spouse in exclude:
                b = self.pick(exclude=exclude, not_family_of=a)
                if b.spouse is None and a.spouse is None:
                    a.spouse, b.spouse = b, a
                return b
            return a.spouse
        if kind == "ex":
            if a.exes and rng.random() < 0.7:
                b = rng.choice(a.exes)
                if b not in exclude:
                    return b
            b = self.pick(exclude=exclude, not_family_of=a)
            a.exes.append(b)
            b.exes.append(a)
            return b
        if kind == "partner":
            if a.partner is None or a.partner in exclude:
                b = self.pick(exclude=exclude, not_family_of=a)
                a.partner, b.partner = b, a
                return b
            return a.partner
        if kind in ("sibling", "parent", "child"):
            lst = {"sibling": a.siblings, "parent": a.parents, "child": a.children}[kind]
            if lst and (rng.random() < 0.75 or len(lst) >= 3):
                b = rng.choice(lst)
                if b not in exclude:
                    return b
            if kind == "sibling":
                b = self.new_person(kind=a.kind if rng.random() < 0.5 else None,
                                    last=a.last, born=a.born + rng.randint(-8, 8))
                for s in a.siblings:
                    s.siblings.append(b)
                    b.siblings.append(s)
                a.siblings.append(b)
                b.siblings.append(a)
                b.parents = a.parents
            elif kind == "parent":
                b = self.new_person(last=a.last, born=a.born - rng.randint(20, 38))
                a.parents.append(b)
                b.children.append(a)
            else:
                b = self.new_person(kind="celeb", last=a.last,
                                    born=min(2010, a.born + rng.randint(20, 38)))
                a.children.append(b)
                b.parents.append(a)
                if a.spouse is not None:
                    a.spouse.children.append(b)
                    b.parents.append(a.spouse)
            return b
        lst = a.friends if kind == "friend" else a.collab
        if lst and rng.random() < 0.6:
            b = rng.choice(lst)
            if b not in exclude:
                return b
        b = self.pick(exclude=exclude)
        lst.append(b)
        (b.friends if kind == "friend" else b.collab).append(a)
        return b


# --------------------------------------------------------------------------
# Sentence templates. Each is (topic weights, relation slot, text). Slots:
#   {A} {B} {C}   mentions of the lead / a related person / a bystander
#   {P} {Pp} {Po} pronoun of the lead (subject / possessive / object), capital
#   {p} {pp} {po} same, lower case
#   {city} {org} {outlet} {mag} {show} {work} {venue} {country}
#   {year} {month} {date} {weekday} {n} {age} {quote} {child}
# relation slot names which person {B} is relative to {A}.

T = []


def t(topics, rel, text):
    T.append((topics, rel, text))


C, B, P = "celeb", "biz", "pol"
CB, CBP = (C, B), (C, B, P)
# marriages
t((C,), "spouse", "{A} married {B} in {city} in {month} {year}.")
t((C,), "spouse", "{A} and {B} tied the knot at a private ceremony in {city} on {date}.")
t((C, B), "spouse", "{A} has been married to {B} since {year}.")
t((C,), "spouse", "{A}'s {spouse_noun}, {B}, was also at the event.")
t((C,), "spouse", "{A} wed {B} in a lavish ceremony attended by {n} guests at {venue}.")
t((C, P), "spouse", "{A} and {pp} {spouse_noun} {B} arrived together at {venue}.")
# divorces / break-ups
t((C,), "ex", "{A} filed for divorce from {B} in {month} {year}, citing irreconcilable differences.")
t((C,), "ex", "{A} and {B} divorced in {year} after {small} years of marriage.")
t((C,), "ex", "{A} split from {pp} {ex_noun} {B} earlier this year.")
t((C,), "ex", "It wasn't until {pp} marriage to {B} ended that {A} was single again.")
t((C,), "ex", "{A} broke up with {B} in {month}, a source told {outlet}.")
# dating / engagement
t((C,), "partner", "{A} has been dating {B} since {month} {year}.")
t((C,), "partner", "{A} and {B} were spotted holding hands in {city}, fuelling rumours that they are dating.")
t((C,), "partner", "{A} is reportedly in a relationship with {B}.")
t((C,), "partner", "{A} was romantically linked to {B} last summer.")
t((C,), "partner", "{A} got engaged to {B} during a holiday in {city}.")
t((C,), "partner", "{A} made the first move on {B}, the {age}-year-old revealed.")
# meetings
t((C,), "collab", "{A} first met {B} on the set of {work} in {year}.")
t((B, P), "friend", "{A} met with {B} in {city} on {weekday} to discuss the merger.")
t((P,), "collab", "{A} held talks with {B} in {city} on {date}.")
t((C,), "friend", "{A} ran into {B} at a party in {city} last week.")
# friendships
t((C, B), "friend", "{A} has been close friends with {B} for more than a decade.")
t((C,), "friend", "{A} and {B} are best friends, {outlet} reported.")
t((C,), "friend", "{A} celebrated {pp} birthday with {pp} longtime friend {B}.")
# siblings
t((C,), "sibling", "{A}'s {sib_noun}, {B}, shared the news on social media.")
t((C, B), "sibling", "{A} and {pp} {sib_noun} {B} grew up in {city}.")
t((C,), "sibling", "{B}, the younger {sib_noun_b} of {A}, also attended.")
# parents / children
t((C,), "child", "{A} and {pp} partner welcomed a baby {boygirl}, {B}, in {month} {year}.")
t((C, P), "child", "{A} posted a photo of {pp} {child_noun} {B} on Instagram.")
t((C, B, P), "parent", "{A} is the {childof_noun} of {B}, a former {role_b}.")
t((C,), "parent", "{A}'s {parent_noun}, {B}, told {outlet} that {p} was proud.")
t((B,), "parent", "{A} took over the family business from {pp} {parent_noun} {B} in {year}.")
# collaborations
t((C,), "collab", "{A} worked with {B} on {pp} latest album, {work}.")
t((C,), "collab", "{A} and {B} co-star in {work}, which opens in {month}.")
t((C, B), "collab", "{A} teamed up with {B} for a new campaign with {org}.")
t((B,), "collab", "{A} and {B} co-founded {org} in {year}.")
t((C,), "collab", "{B} directed {A} in the {year} film {work}.")
# invitations
t((C,), "friend", "{A} invited {B} to {pp} birthday party in {city}.")
t((C,), "friend", "{B} was invited by {A} to a fashion show in {city}.")
t((P, B), "friend", "{A} invited {B} to speak at a conference in {city}.")
# interviews
t((C,), "none", "In an interview with {outlet}, {A} said {p} was focusing on {pp} career.")
t((C,), "interviewer", "{A} told {B} on {show} that {p} had been hesitant at first.")
t((C,), "interviewer", "{B} interviewed {A} for the {month} issue of {mag}.")
t((B, P), "interviewer", "Speaking to {B} of {outlet}, {A} said the plan was on track.")
# quotes
t(CBP, "none", "“{quote},” {A} said.")
t(CBP, "none", "{A} told {outlet}: “{quote}.”")
t(CBP, "none_pron", "“{quote},” {p} told reporters.")
t((C,), "none_pron", "{P} added: “{quote}.”")
# neutral business
t((B,), "org", "{org} reported revenue of ${n} million for the {quarter} quarter.")
t((B,), "org", "{A} was named chief executive of {org} in {year}.")
t((B,), "org", "Shares of {org} rose {small} per cent in {city} trading on {weekday}.")
t((B,), "org", "{org} announced plans to open a new office in {city}.")
t((B, P), "org", "{A}, a spokesperson for {org}, declined to comment.")
t((B,), "org", "{org} agreed to buy {org2} for ${n} million, the companies said on {weekday}.")
# politics
t((P,), "none", "{A} won the election for mayor of {city} in {year}.")
t((P,), "collab", "Senator {A} met with {B}, the foreign minister of {country}, in {city}.")
t((P,), "none", "The government of {country} said it would review the proposal.")
t((P,), "friend", "{A} endorsed {B} ahead of the vote in {month}.")
t((P,), "none", "{A} visited {city} on {weekday} for talks on trade.")
# negated / hypothetical / reported
t((C,), "partner", "{A} denied that {p} had ever dated {B}.")
t((C,), "partner", "{A} and {B} are not married, despite reports to the contrary.")
t((C,), "partner", "If {A} married {B}, it would be {pp} third wedding.")
t((C,), "partner", "Fans speculated that {A} might marry {B} next year.")
t((C, B), "friend", "{A} has never met {B}, a source close to the {role} said.")
t((C,), "spouse", "Rumours that {A} would divorce {B} were dismissed by {pp} representative.")
t((B, P), "collab", "{A} did not rule out working with {B} again.")
# pronoun follow-ups
t((C,), "none_pron", "{P} later said that the couple were very happy.")
t((C,), "child_pron", "{P} has two children with {B}.")
t((C,), "none_pron", "{P} also revealed that {p} had been hesitant at first.")
t((C, P), "friend_pron", "Earlier this year, {p} was photographed with {B} in {city}.")
t((B, P), "none_pron", "{P} joined {org} in {year} after a career in {city}.")
# descriptions
t(CBP, "none", "The {age}-year-old {role} was born in {city} in {born}.")
t(CBP, "none", "{A}, {age}, has lived in {city} since {year}.")
t((C,), "none", "{A} attended the premiere of {work} at {venue} in {city}.")
t((C,), "bystander", "{A} and {C} were among the guests at {venue}.")
t(CBP, "bystander", "{C}, who was not involved, called the decision surprising.")

TOPIC_TEMPLATES = {k: [x for x in T if k in x[0]] for k in (C, B, P)}

HEADLINES = {
    "spouse": ["{A} Opens Up About Marriage To {B}", "{A} And {B} Tie The Knot In {city}",
               "{A} Gushes Over {B} On Anniversary", "Inside {A} and {B}'s wedding in {city}"],
    "ex": ["{A} Files For Divorce From {B}", "{A} Breaks Silence On Split From {B}",
           "{A} and {B} call it quits after {small} years"],
    "partner": ["{A} And {B} Spark Romance Rumours In {city}", "{A} Confirms Relationship With {B}",
                "{A} reveals {p} made the first move on {B}!", "Are {A} And {B} Dating?"],
    "collab": ["{A} And {B} Team Up For {work}", "{A} Reunites With {B} On New Project"],
    "friend": ["{A} Celebrates Birthday With {B} In {city}", "{A} Defends Friend {B}"],
    "sibling": ["{A}'s {sib_title} {B} Speaks Out", "{A} And {B} Share Rare Family Photo"],
    "child": ["{A} Welcomes Baby {B}", "{A} Shares First Photo Of {B}"],
    "parent": ["{A} Pays Tribute To {B}", "{A} On Growing Up With {B}"],
    "interviewer": ["{A} Tells All In Candid Interview", "{A} Gets Candid On {show}"],
    "org": ["{org} Names {A} As New Chief Executive", "{org} Shares Jump After {A} Deal",
            "{A} Steps Down From {org}"],
    "none": ["{A} Visits {city} For Talks", "{A} Wins Election In {city}",
             "{A} Speaks Out About {work}", "{A} Stuns At {work} Premiere"],
}


class Writer:
    def __init__(self, world, rng):
        self.w = world
        self.rng = rng

    # per-document state
    def _reset(self, topic, lead):
        self.topic = topic
        self.lead = lead
        self.seen = set()
        self.cast = [lead]

    def mention(self, p, allow_role=True, family=False):
        rng = self.rng
        if p.pid not in self.seen:
            self.seen.add(p.pid)
            r = rng.random()
            if allow_role and r < 0.25:
                return p.role + " " + p.full
            return p.full
        r = rng.random()
        if family:  # "Ines and her sister Flora", never "Galenlin and her sister Galenlin"
            return p.first if r < 0.7 else p.full
        if self.topic == C:
            if r < 0.55:
                return p.first
            if r < 0.85:
                return p.full
            return p.last
        if r < 0.6:
            return p.last
        if r < 0.8:
            return p.full
        return p.first

    def fill(self, text, rel, a, b=None, c=None):
        w, rng = self.w, self.rng
        d = {}
        if "{A}" in text:
            fam = b is not None and b.last == a.last and "{B}" in text
            d["A"] = self.mention(a, allow_role=not text.startswith(("“", "{A}'s")), family=fam)
        if "{B}" in text:
            d["B"] = self.mention(b, allow_role=False, family=(b.last == a.last))
        if "{C}" in text:
            d["C"] = self.mention(c)
        # pronouns refer to the lead
        if a.female:
            d.update(P="She", Pp="Her", Po="Her", p="she", pp="her", po="her")
        else:
            d.update(P="He", Pp="His", Po="Him", p="he", pp="his", po="him")
        year = rng.randint(1998, 2016)
        d.update(
            city=rng.choice(CITIES), country=rng.choice(COUNTRIES), venue=rng.choice(VENUES),
            org=a.org if (a.org and rng.random() < 0.7) else w.org(), org2=w.org(),
            outlet=rng.choice(w.outlets), mag=rng.choice(MAGAZINES), show=rng.choice(SHOWS),
            work=w.work(), year=year, born=a.born, month=rng.choice(MONTHS),
            date="%s %d, %d" % (rng.choice(MONTHS), rng.randint(1, 28), year),
            weekday=rng.choice(WEEKDAYS), n=rng.randint(2, 900), small=rng.randint(2, 12),
            age=max(1, 2016 - a.born), quote=rng.choice(QUOTES), role=a.role,
            quarter=rng.choice(["first", "second", "third", "fourth"]),
        )
        if b is not None:
            d["role_b"] = b.role
            d["spouse_noun"] = ("wife" if b.female else "husband")
            d["ex_noun"] = "ex-wife" if b.female else "ex-husband"
            d["sib_noun"] = ("sister" if b.female else "brother")
            d["sib_noun_b"] = ("sister" if b.female else "brother")
            d["sib_title"] = ("Sister" if b.female else "Brother")
            d["child_noun"] = ("daughter" if b.female else "son")
            d["boygirl"] = ("girl" if b.female else "boy")
            d["parent_noun"] = ("mother" if b.female else "father")
            d["childof_noun"] = ("daughter" if a.female else "son")
        return text.format(**d)

    def partner_for(self, a, rel):
        w = self.w
        excl = (a,)
        if rel in ("none", "none_pron", "org"):
            return None
        if rel == "bystander" or rel == "interviewer":
            return None
        if rel.endswith("_pron"):
            rel = rel[:-5]
        if rel == "collab" and a.kind == "pol":
            rel = "friend"
        b = w.related(a, rel, excl)
        if b not in self.cast:
            self.cast.append(b)
        return b

    def sentence(self, last_subject_is_lead):
        rng, w = self.rng, self.w
        pool = TOPIC_TEMPLATES[self.topic]
        for _ in range(10):
            topics, rel, text = rng.choice(pool)
            if "_pron" in rel and not last_subject_is_lead:
                continue
            break
        # the sentence is about the lead most of the time, else another cast member
        a = self.lead
        if rng.random() < 0.25 and len(self.cast) > 1:
            a = rng.choice(self.cast[1:])
            if "_pron" in rel:
                a = self.lead
        b = None
        if "{B}" in text:
            if rel == "interviewer":
                b = self.journalist_person()
            else:
                b = self.partner_for(a, rel)
                if b is None:
                    b = w.pick(exclude=(a,))
        c = None
        if "{C}" in text:
            c = self.debut_or_pick(exclude=(a,))
            if c not in self.cast:
                self.cast.append(c)
        s = self.fill(text, rel, a, b, c)
        return s, (a is self.lead and text.startswith(("{A}", "{P}", "Senator {A}")))

    def journalist_person(self):
        # interviewers are ordinary (unpopular) people of the growing cast
        return self.debut_or_pick(exclude=(self.lead,))

    def debut_or_pick(self, exclude):
        w = self.w
        while w.debuts:
            p = w.debuts.pop()
            if p not in exclude:
                return p
        return w.pick(exclude=exclude)

    def photo_credit(self):
        rng = self.rng
        f, l, _ = rng.choice(self.w.photographers)
        agency = rng.choice(AGENCIES)
        r = rng.random()
        if r < 0.5:
            return "%s %s/%s" % (f, l, agency)
        if r < 0.75:
            return "Photo: %s %s/%s" % (f, l, agency)
        if r < 0.9:
            return "(Photo by %s %s/%s)" % (f, l, agency)
        return "Photo Source: %s/%s" % (agency, self.lead.full)

    def headline(self, rel_hint, b):
        rng = self.rng
        key = rel_hint if rel_hint in HEADLINES else "none"
        if key != "none" and b is None:
            key = "none"
        h = rng.choice(HEADLINES[key])
        a = self.lead
        d = dict(A=a.full, B=b.full if b else "", city=rng.choice(CITIES),
                 p="she" if a.female else "he",
                 work=self.w.work(), org=a.org or self.w.org(), show=rng.choice(SHOWS),
                 small=rng.randint(2, 12), sib_title=("Sister" if b and b.female else "Brother"))
        return h.format(**d)

    def related_headline(self):
        w, rng = self.w, self.rng
        a = w.pick()
        k = rng.choice(("spouse", "partner", "friend", "collab"))
        b = w.related(a, k, (a,))
        h = rng.choice(HEADLINES[k])
        first_only = rng.random() < 0.4
        return h.format(A=a.first if first_only else a.full, B=b.first if first_only else b.full,
                        city=rng.choice(CITIES), work=w.work(), org=w.org(),
                        show=rng.choice(SHOWS), small=rng.randint(2, 12), sib_title="Sister",
                        p="she" if a.female else "he")

    def document(self, target_bytes, topics=None):
        rng, w = self.rng, self.w
        r = rng.random()
        topic = C if r < 0.6 else (B if r < 0.8 else P)
        if topics and topic not in topics:
            topic = topics[int(r * len(topics)) % len(topics)]
        # lead: a debutant now and then, else a popular person of the right kind
        lead = None
        if w.debuts and rng.random() < 0.35:
            lead = w.debuts.pop()
        else:
            for _ in range(8):
                p = w.pick()
                if p.kind == topic:
                    lead = p
                    break
            if lead is None:
                lead = w.pick()
        self._reset(topic, lead)
        # pick the story's main relation first, so the headline matches the body
        main_rel = rng.choice(["spouse", "ex", "partner", "collab", "friend", "sibling",
                               "child", "parent", "none"]) if topic == C else \
            rng.choice(["org", "collab", "friend", "none", "parent"]) if topic == B else \
            rng.choice(["friend", "collab", "none", "spouse"])
        b = None
        if main_rel not in ("none", "org"):
            b = self.partner_for(lead, main_rel)
        # two debutants per article keep the cast growing with the text
        for _ in range(2):
            if w.debuts:
                d = w.debuts.pop()
                if d is not lead and d not in self.cast:
                    self.cast.append(d)

        out = []
        h = self.headline(main_rel, b)
        if rng.random() < 0.2:
            out.append(rng.choice(CATEGORIES))
            out.append("")
        out.append(h)
        out.append("")
        if rng.random() < 0.6:
            f, l, _ = rng.choice(w.journalists)
            by = "By %s %s" % (f, l)
            r = rng.random()
            if r < 0.3:
                by += " | %d years ago" % rng.randint(1, 6)
            elif r < 0.5:
                by += ", %s %d, %d" % (rng.choice(MONTHS), rng.randint(1, 28), rng.randint(2010, 2016))
            out.append(by)
            if rng.random() < 0.3:
                out.append(h)  # scraped pages repeat the headline under the byline
            out.append("")
        size = sum(len(x) + 1 for x in out)
        last_lead = False
        # paragraphs until the size target (character count ~ byte count here)
        first_par = True
        while size < target_bytes:
            k = rng.randint(1, 5)
            sents = []
            for _ in range(k):
                if first_par and not sents and b is not None and rng.random() < 0.7:
                    text = rng.choice([x for x in TOPIC_TEMPLATES[topic] if x[1] == main_rel] or
                                      [x for x in TOPIC_TEMPLATES[topic]])[2]
                    s = self.fill(text, main_rel, lead, b)
                    last_lead = text.startswith("{A}")
                elif rng.random() < 0.1:
                    s = rng.choice(FILLER)
                    last_lead = False
                else:
                    s, last_lead = self.sentence(last_lead)
                sents.append(s)
            par = " ".join(sents)
            out.append(par)
            out.append("")
            size += len(par) + 2
            first_par = False
            r = rng.random()
            if r < 0.06:
                out.append(self.photo_credit())
                out.append("")
                size += 40
            elif r < 0.09:
                out.append(rng.choice(NOISE_LINES))
                out.append("")
                size += 20
        if rng.random() < 0.3:
            out.append(self.photo_credit())
            out.append("")
        if rng.random() < 0.15:
            out.append("For more updates on your favorite celebrities, keep tabs on %s." %
                       rng.choice(w.outlets))
            out.append("")
        if rng.random() < 0.25:
            out.append("Related stories")
            out.append("")
            for _ in range(rng.randint(2, 4)):
                out.append(self.related_headline())
                if rng.random() < 0.5:
                    out.append(rng.choice(CATEGORIES))
                out.append("")
        while out and out[-1] == "":
            out.pop()
        return "\n".join(out) + "\n"


def doc_size(rng):
    # 1-6 KB, mode around 2-3 KB (scraped articles), mean ~2.8 KB
    x = int(rng.lognormvariate(7.85, 0.45))
    return max(1000, min(5800, x))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, required=True, help="megabytes (10^6 bytes) of article text")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out-dir", help="directory of .txt articles")
    ap.add_argument("--out-file", help="one file, articles separated by \\n\\f\\n")
    ap.add_argument("--stats", action="store_true", help="print a JSON summary on stdout")
    ap.add_argument("--topics", default="celeb,biz,pol",
                    help="comma list of article kinds to write (celeb, biz, pol); default all, "
                         "60/20/20")
    args = ap.parse_args()
    if not args.out_dir and not args.out_file:
        ap.error("give --out-dir and/or --out-file")

    topics = [x.strip() for x in args.topics.split(",") if x.strip()]
    if not topics or any(x not in (C, B, P) for x in topics):
        ap.error("--topics takes celeb, biz and/or pol")
    if sorted(topics) == sorted([C, B, P]):
        topics = None
    rng = random.Random(args.seed)
    world = World(rng)
    writer = Writer(world, rng)
    world.grow_to(40)
    target = int(args.mb * 1e6)
    if args.out_dir:
        os.makedirs(args.out_dir, exist_ok=True)
    ff = open(args.out_file, "wb") if args.out_file else None
    total = 0
    ndocs = 0
    while total < target:
        world.grow_to(40 + total // 2048)
        want = min(doc_size(rng), max(1000, target - total))
        text = writer.document(want, topics).encode("utf-8")
        if args.out_dir:
            sub = os.path.join(args.out_dir, "d%04d" % (ndocs // 1000))
            if ndocs % 1000 == 0:
                os.makedirs(sub, exist_ok=True)
            with open(os.path.join(sub, "%07d.txt" % ndocs), "wb") as f:
                f.write(text)
        if ff:
            if ndocs:
                ff.write(b"\n\f\n")
            ff.write(text)
        total += len(text)
        ndocs += 1
    if ff:
        ff.close()
    stats = dict(seed=args.seed, mb=args.mb, bytes=total, docs=ndocs,
                 people=len(world.people), orgs=len(world.orgs))
    print("make_corpus: %d documents, %d bytes, %d people, %d organisations" %
          (ndocs, total, len(world.people), len(world.orgs)), file=sys.stderr)
    if args.stats:
        print(json.dumps(stats))


if __name__ == "__main__":
    main()
