// End-to-end tests of `kgx query` and `kgx stats`: KGX_BINARY runs on a
// graph that `kgx extract` writes from examples/ (once, shared by the tests),
// or on small graphs written here with write_graphml; each test checks the
// exit code, standard output and standard error.
#include <doctest/doctest.h>
#include <re2/re2.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "cli_harness.h"
#include "export/graphml.h"

namespace fs = std::filesystem;
// ordered_json keeps the keys in the order kgx wrote them.
using json = nlohmann::ordered_json;
using namespace kgx_test;

namespace {

// The seed articles' graph, extracted once for all the tests: a directory
// holding graph.graphml. The tests run kgx inside it, so that messages name
// the file as "graph.graphml".
const TempDir& seed_dir() {
  static const TempDir dir;
  static const bool extracted = [] {
    const Run run = run_kgx(dir.path(), "extract " + shell_quote(kExamples.string()) + " --quiet -o graph.graphml");
    return run.exit_code == 0 && fs::exists(dir / "graph.graphml");
  }();
  REQUIRE(extracted);
  return dir;
}

Run query(const std::string& args) { return run_kgx(seed_dir().path(), "query graph.graphml " + args); }

json parse_json(const std::string& text) {
  json value;
  REQUIRE_NOTHROW(value = json::parse(text));
  return value;
}

// The label at the other end of a contract edge object from `label`.
std::string other_end(const json& edge, const std::string& label) {
  return edge.at("source") == label ? edge.at("target").get<std::string>() : edge.at("source").get<std::string>();
}

// A small graph written by kgx's own writer: two people share the alias
// "Tom", and one person has no relation at all.
void write_small_graph(const fs::path& path) {
  kgx::KnowledgeGraph graph;
  auto person = [&](std::string id, std::string label, std::vector<std::string> aliases) {
    kgx::EntityNode node;
    node.id = std::move(id);
    node.label = std::move(label);
    node.aliases = std::move(aliases);
    node.documents = {graph.add_document("d1")};
    node.mentions = 1;
    return graph.add_entity(std::move(node));
  };
  const kgx::Vertex tom_berg = person("tom_berg", "Tom Berg", {"Tom"});
  const kgx::Vertex tom_keller = person("tom_keller", "Tom Keller", {"Tom"});
  const kgx::Vertex ana = person("ana_ruiz", "Ana Ruiz", {"Ana"});
  person("isolde_maren", "Isolde Maren", {});
  auto relate = [&](kgx::Relation relation, kgx::Vertex from, kgx::Vertex to, std::uint32_t weight) {
    kgx::RelationEdge edge;
    edge.relation = relation;
    edge.from = from;
    edge.to = to;
    edge.weight = weight;
    edge.evidence.push_back({graph.store_text("A sentence."), graph.add_document("d1"), 0, 11});
    graph.add_relation(std::move(edge));
  };
  relate(kgx::Relation::Married, tom_berg, ana, 3);
  relate(kgx::Relation::FriendOf, tom_keller, ana, 1);
  std::ofstream out(path, std::ios::binary);
  kgx::write_graphml(graph, out);
}

const std::vector<std::string> kEdgeKeys = {"source", "relation", "target", "weight", "date", "place", "evidence"};

void check_contract_shape(const json& edges) {
  REQUIRE(edges.is_array());
  for (const json& edge : edges) {
    REQUIRE(edge.is_object());
    std::vector<std::string> keys;
    for (auto it = edge.begin(); it != edge.end(); ++it) keys.push_back(it.key());
    CHECK(keys == kEdgeKeys);
    CHECK(edge.at("source").is_string());
    CHECK(edge.at("relation").is_string());
    CHECK(edge.at("target").is_string());
    CHECK(edge.at("weight").is_number_integer());
    CHECK(edge.at("date").is_string());
    CHECK(edge.at("place").is_string());
    REQUIRE(edge.at("evidence").is_array());
    for (const json& sentence : edge.at("evidence")) {
      CHECK(sentence.size() == 2);
      CHECK_FALSE(sentence.at("doc").get<std::string>().empty());
      CHECK_FALSE(sentence.at("text").get<std::string>().empty());
    }
  }
}

}  // namespace

TEST_CASE("query by an alias, one relation, as JSON: exactly the two husbands") {
  const Run run = query("Kimmy --relation married --json");
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());
  const json edges = parse_json(run.out);
  REQUIRE(edges.is_array());
  std::multiset<std::string> husbands;
  for (const json& edge : edges) {
    CHECK(edge.at("relation") == "married");
    CHECK((edge.at("source") == "Kim Kardashian" || edge.at("target") == "Kim Kardashian"));
    husbands.insert(other_end(edge, "Kim Kardashian"));
  }
  CHECK(husbands == std::multiset<std::string>{"Kanye West", "Kris Humphries"});

  // Unquoted words make one name; case and accents do not matter.
  for (const char* spelling : {"Kim Kardashian", "'KIM KARDASHIAN'", "'kím kardashián'", "kimmy"}) {
    CAPTURE(spelling);
    const Run same = query(std::string(spelling) + " --relation married --json");
    CHECK(same.exit_code == 0);
    CHECK(same.out == run.out);
  }
}

TEST_CASE("--json prints the contract's edge objects, keys in the contract's order") {
  const Run run = query("'Kim Kardashian' --json");
  CHECK(run.exit_code == 0);
  // Key order is checked on the raw text: nlohmann::json would sort the keys.
  const RE2 object_start(R"(\{"source":"[^"]*","relation":"[a-z_]+","target":"[^"]*","weight":[0-9]+,"date":"[^"]*","place":"[^"]*","evidence":\[)");
  const std::vector<std::string> lines = lines_of(run.out);
  REQUIRE(lines.size() >= 3);
  CHECK(lines.front() == "[");
  CHECK(lines.back() == "]");
  for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
    CAPTURE(lines[i]);
    CHECK(RE2::PartialMatch(lines[i], object_start));
  }
  const json edges = parse_json(run.out);
  CHECK(edges.size() == lines.size() - 2);  // one object per edge, one edge per line
  check_contract_shape(edges);
  for (const json& edge : edges) CHECK(edge.at("weight").get<int>() >= 1);
  // The married edge with a date and a place carries them.
  bool dated_wedding = false;
  for (const json& edge : edges)
    if (edge.at("relation") == "married" && other_end(edge, "Kim Kardashian") == "Kanye West")
      dated_wedding = !edge.at("date").get<std::string>().empty() && edge.at("place") == "Florence, Italy";
  CHECK(dated_wedding);
}

TEST_CASE("the entity card lists label, type, aliases, documents and relations by type") {
  const Run run = query("Kimmy");
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());
  const std::vector<std::string> lines = lines_of(run.out);
  REQUIRE(lines.size() > 5);
  CHECK(lines[0] == "Kim Kardashian (PERSON)");
  CHECK(RE2::FullMatch(lines[1], RE2("  aliases: +.*Kimmy.*")));
  CHECK(RE2::FullMatch(lines[2], RE2("  documents: +5")));
  // Relation rows: the relation name starts each group; directed relations
  // carry an arrow; every row ends with its weight.
  CHECK(RE2::PartialMatch(run.out, RE2("\n  married +Kris Humphries +weight [0-9]+\n")));
  CHECK(RE2::PartialMatch(run.out, RE2("\n  parent_of +-> +North West +weight [0-9]+\n")));
  CHECK(RE2::PartialMatch(run.out, RE2("\n  invited +<- +Kanye West .*Paris +weight [0-9]+\n")));
  CHECK(run.out.find("000_50578028c751e179") == std::string::npos);  // no evidence unless asked

  const Run with_evidence = query("Kimmy --relation divorced --evidence");
  CHECK(with_evidence.exit_code == 0);
  CHECK(RE2::PartialMatch(with_evidence.out, RE2("\n  divorced +Kris Humphries +weight [0-9]+\n")));
  CHECK(RE2::PartialMatch(with_evidence.out, RE2("\n      [0-9]{3}_[0-9a-f]{16}: .*Humphries")));
  CHECK_FALSE(RE2::PartialMatch(with_evidence.out, RE2("\n  married ")));  // only the relation asked for
}

TEST_CASE("--path gives the shortest chain through the common spouse, with true directions") {
  const Run run = query("--path 'Kris Humphries' 'North West'");
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());
  CHECK(RE2::FullMatch(run.out, RE2("Kris Humphries -(married|divorced)- Kim Kardashian -parent_of-> North West\n")));

  // Walked the other way, parent_of still points from parent to child.
  const Run back = query("--path 'North West' 'Kris Humphries'");
  CHECK(back.exit_code == 0);
  CHECK(RE2::FullMatch(back.out, RE2("North West <-parent_of- Kim Kardashian -(married|divorced)- Kris Humphries\n")));

  const Run as_json = query("--path 'Kris Humphries' 'North West' --json");
  CHECK(as_json.exit_code == 0);
  const json edges = parse_json(as_json.out);
  check_contract_shape(edges);
  REQUIRE(edges.size() == 2);
  CHECK(other_end(edges[0], "Kris Humphries") == "Kim Kardashian");
  CHECK(edges[1].at("relation") == "parent_of");
  CHECK(edges[1].at("source") == "Kim Kardashian");  // the true direction, not the walking one
  CHECK(edges[1].at("target") == "North West");

  const Run too_short = query("--path 'Kris Humphries' 'North West' --max-hops 1");
  CHECK(too_short.exit_code == 1);
  CHECK(too_short.out.empty());
  CHECK(too_short.err ==
        "kgx: no chain of at most 1 relation links Kris Humphries and North West in graph.graphml; a longer "
        "one may exist: raise --max-hops\n");
  CHECK(query("--path 'Kris Humphries' 'North West' --max-hops 2").exit_code == 0);

  // Only married edges: the child is out of reach.
  const Run married_only = query("--path 'Kris Humphries' 'North West' --relation married");
  CHECK(married_only.exit_code == 1);
  CHECK(married_only.err ==
        "kgx: no chain of relations links Kris Humphries and North West in graph.graphml with --relation "
        "married\n");
}

TEST_CASE("an unknown name exits 1 with suggestions on standard error") {
  const Run run = query("Kardashain");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK(run.err.starts_with("kgx: no entity named 'Kardashain' in graph.graphml; did you mean: Kim Kardashian"));
  CHECK(run.err.ends_with("?\n"));
  CHECK(lines_of(run.err).size() == 1);

  const Run surname = query("Humphreys --json");
  CHECK(surname.exit_code == 1);
  CHECK(surname.out.empty());  // nothing found: no JSON either
  CHECK(surname.err == "kgx: no entity named 'Humphreys' in graph.graphml; did you mean: Kris Humphries?\n");

  const Run nothing_near = query("Zzyzx");
  CHECK(nothing_near.exit_code == 1);
  CHECK(nothing_near.err.starts_with("kgx: no entity named 'Zzyzx' in graph.graphml; `kgx query graph.graphml --type PERSON`"));

  // In a path, each unknown end is named.
  const Run path = query("--path Kardashain Humphreys");
  CHECK(path.exit_code == 1);
  CHECK(lines_of(path.err).size() == 2);
}

TEST_CASE("an ambiguous name exits 1 and lists the candidates with type and best-known relation") {
  TempDir dir;
  write_small_graph(dir / "small.graphml");
  const Run run = run_kgx(dir.path(), "query small.graphml tom");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK(run.err ==
        "kgx: 'tom' names 2 entities in small.graphml; give the full label of one:\n"
        "  Tom Berg    PERSON  married Ana Ruiz (weight 3)\n"
        "  Tom Keller  PERSON  friend_of Ana Ruiz (weight 1)\n");
  const Run full = run_kgx(dir.path(), "query small.graphml Tom Keller --json");
  CHECK(full.exit_code == 0);
  CHECK(parse_json(full.out).size() == 1);

  // No path to someone with no relation at all.
  const Run alone = run_kgx(dir.path(), "query small.graphml --path 'Tom Berg' 'Isolde Maren'");
  CHECK(alone.exit_code == 1);
  CHECK(alone.out.empty());
  CHECK(alone.err == "kgx: no chain of relations links Tom Berg and Isolde Maren in small.graphml\n");
  // Her card is still an answer.
  const Run card = run_kgx(dir.path(), "query small.graphml isolde maren");
  CHECK(card.exit_code == 0);
  CHECK(card.out == "Isolde Maren (PERSON)\n  documents:  1\n  mentions:   1\n\n  no relations\n");
  CHECK(run_kgx(dir.path(), "query small.graphml isolde maren --json").out == "[]\n");
  // No entity of a type: nothing found.
  const Run no_org = run_kgx(dir.path(), "query small.graphml --type ORG");
  CHECK(no_org.exit_code == 1);
  CHECK(no_org.out.empty());
  CHECK(no_org.err == "kgx: no ORG entity in small.graphml\n");
}

TEST_CASE("a name shared by many lists the ten most connected candidates") {
  TempDir dir;
  kgx::KnowledgeGraph graph;
  for (int i = 0; i < 14; ++i) {
    kgx::EntityNode node;
    node.id = "p" + std::to_string(i);
    node.label = "Tom Number" + std::to_string(i);
    node.aliases = {"Tom"};
    graph.add_entity(std::move(node));
  }
  // p13 is the most connected (3 relations), then p12 (1).
  for (const auto& [relation, from, to] : {std::tuple{kgx::Relation::FriendOf, 13, 1},
                                           std::tuple{kgx::Relation::Dated, 13, 2},
                                           std::tuple{kgx::Relation::SiblingOf, 13, 12}}) {
    kgx::RelationEdge edge;
    edge.relation = relation;
    edge.from = static_cast<std::size_t>(from);
    edge.to = static_cast<std::size_t>(to);
    edge.weight = 1;
    graph.add_relation(std::move(edge));
  }
  {
    std::ofstream out(dir / "many.graphml", std::ios::binary);
    kgx::write_graphml(graph, out);
  }
  const Run run = run_kgx(dir.path(), "query many.graphml Tom");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  const std::vector<std::string> lines = lines_of(run.err);
  REQUIRE(lines.size() == 12);  // the message, ten candidates, the rest counted
  CHECK(lines[0] == "kgx: 'Tom' names 14 entities in many.graphml; give the full label of one:");
  CHECK(lines[1].starts_with("  Tom Number13  PERSON  friend_of Tom Number1 (weight 1)"));
  CHECK(lines[11] == "  ... and 4 more");
}

TEST_CASE("--relation alone lists every edge of it; --type alone lists entities") {
  const Run parents = query("--relation parent_of --json");
  CHECK(parents.exit_code == 0);
  const json edges = parse_json(parents.out);
  check_contract_shape(edges);
  REQUIRE(edges.size() >= 1);
  for (const json& edge : edges) {
    CHECK(edge.at("relation") == "parent_of");
    CHECK(edge.at("target") == "North West");
  }
  const Run parents_text = query("--relation PARENT_OF");  // any case
  CHECK(parents_text.exit_code == 0);
  CHECK(lines_of(parents_text.out).size() == edges.size());
  CHECK(RE2::PartialMatch(parents_text.out, RE2("^Kim Kardashian +-parent_of-> +North West +weight [0-9]+\n")));

  const Run heavy = query("--min-weight 5 --json");
  CHECK(heavy.exit_code == 0);
  for (const json& edge : parse_json(heavy.out)) CHECK(edge.at("weight").get<int>() >= 5);

  const Run people = query("--type person");
  CHECK(people.exit_code == 0);
  CHECK(lines_of(people.out).front().starts_with("Kim Kardashian "));  // the most connected first
  CHECK(RE2::PartialMatch(people.out, RE2("\nNorth West +[0-9]+ relations? +[0-9]+ documents? +aka Nori\n")));
  const json people_json = parse_json(query("--type PERSON --json").out);
  REQUIRE(people_json.is_array());
  CHECK(people_json.size() == lines_of(people.out).size());
  for (const json& node : people_json) CHECK(node.at("type") == "PERSON");

  // With NAME, --type keeps the counterparts of that type.
  std::set<std::string> person_labels;
  for (const json& node : people_json) person_labels.insert(node.at("label").get<std::string>());
  const Run with_people = query("Kanye West --type PERSON --json");
  CHECK(with_people.exit_code == 0);
  CHECK_FALSE(parse_json(with_people.out).empty());
  for (const json& edge : parse_json(with_people.out)) CHECK(person_labels.count(other_end(edge, "Kanye West")) == 1);
  CHECK(query("Kanye West --type LOCATION").exit_code == 1);  // places qualify relations, they are not counterparts
}

TEST_CASE("missing, unreadable and malformed graph files exit 2 naming the file and the fix") {
  TempDir dir;
  const Run missing = run_kgx(dir.path(), "query no-such.graphml Kim");
  CHECK(missing.exit_code == 2);
  CHECK(missing.out.empty());
  CHECK(missing.err ==
        "kgx: error: no-such.graphml: no such file; run `kgx extract ARTICLES... -o no-such.graphml` first, or "
        "check the path\n");

  write_file(dir / "broken.graphml", "<?xml version=\"1.0\"?>\n<graphml><graph><node id=\"a\">\n");
  const Run broken = run_kgx(dir.path(), "query broken.graphml Kim");
  CHECK(broken.exit_code == 2);
  CHECK(broken.out.empty());
  CHECK(broken.err.starts_with("kgx: error: broken.graphml: not a kgx GraphML graph (GraphML: not well-formed XML"));
  CHECK(broken.err.ends_with("write it with `kgx extract ARTICLES... -o broken.graphml`\n"));

  write_file(dir / "other.xml", "<html><body/></html>\n");
  const Run other = run_kgx(dir.path(), "query other.xml Kim");
  CHECK(other.exit_code == 2);
  CHECK(other.err.find("other.xml: not a kgx GraphML graph") != std::string::npos);

  write_file(dir / "empty.graphml", "");
  const Run empty = run_kgx(dir.path(), "query empty.graphml Kim");
  CHECK(empty.exit_code == 2);
  CHECK(empty.err == "kgx: error: empty.graphml: not a kgx GraphML graph (it is empty); write it with `kgx extract "
                     "ARTICLES... -o empty.graphml`\n");

  fs::create_directories(dir / "folder.graphml");
  const Run folder = run_kgx(dir.path(), "query folder.graphml Kim");
  CHECK(folder.exit_code == 2);
  CHECK(folder.err == "kgx: error: folder.graphml: is a directory; give the GraphML file that `kgx extract -o` wrote\n");

  const Run json_export = run_kgx(dir.path(), "extract " + shell_quote(kExamples.string()) + " --quiet -o graph.json");
  REQUIRE(json_export.exit_code == 0);
  const Run wrong_format = run_kgx(dir.path(), "query graph.json Kim");
  CHECK(wrong_format.exit_code == 2);
  CHECK(wrong_format.err.starts_with("kgx: error: graph.json: this is the JSON export; kgx query reads GraphML"));

  if (::geteuid() != 0) {  // root reads anything
    write_file(dir / "secret.graphml", read_file(seed_dir() / "graph.graphml"));
    fs::permissions(dir / "secret.graphml", fs::perms::none);
    const Run unreadable = run_kgx(dir.path(), "query secret.graphml Kim");
    CHECK(unreadable.exit_code == 2);
    CHECK(unreadable.err.starts_with("kgx: error: secret.graphml: cannot read it ("));
  }

  const Run stats = run_kgx(dir.path(), "stats broken.graphml");
  CHECK(stats.exit_code == 2);
  CHECK(stats.out.empty());
  CHECK(stats.err.starts_with("kgx: error: broken.graphml: not a kgx GraphML graph"));
}

TEST_CASE("every exit code of kgx query") {
  // 0: an answer.
  for (const std::string args : {"Kimmy", "Kimmy --json", "--relation married", "--type ORG", "--path Kimmy Kris"}) {
    CAPTURE(args);
    const Run run = query(args);
    CHECK(run.exit_code == 0);
    CHECK_FALSE(run.out.empty());
    CHECK(run.err.empty());
  }
  // 1: the query found nothing; stdout stays empty, stderr says why.
  for (const std::string args : {"Nobody", "Kimmy --relation married --min-weight 1000", "Kimmy --min-weight 1000",
                           "--relation married --min-weight 1000 --json", "--path Kimmy Nobody",
                           "--path Kimmy 'North West' --relation divorced"}) {
    CAPTURE(args);
    const Run run = query(args);
    CHECK(run.exit_code == 1);
    CHECK(run.out.empty());
    CHECK(run.err.starts_with("kgx: "));
    CHECK(run.err.find("error") == std::string::npos);  // not an error: an empty answer
  }
  CHECK(query("Kimmy --relation married --min-weight 1000").err ==
        "kgx: no relation of Kim Kardashian in graph.graphml matches --relation married --min-weight 1000\n");
  // 2: bad usage, checked before the graph is read.
  const std::vector<std::string> usage_errors = {
      "", "--relation marry", "--type HUMAN", "Kimmy --path Kimmy Kris", "Kimmy --max-hops 3",
      "--path Kimmy", "--min-weight -1", "--no-such-flag Kimmy", "--path Kimmy Kris --max-hops 0"};
  for (const std::string& args : usage_errors) {
    CAPTURE(args);
    const Run run = query(args);
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK_FALSE(run.err.empty());
  }
  CHECK(query("--relation marry").err ==
        "kgx: error: unknown relation 'marry'; use one of: married, divorced, engaged, dated, met_at, friend_of, "
        "sibling_of, worked_with, parent_of, invited, interviewed_by\n");
  CHECK(query("--type HUMAN").err ==
        "kgx: error: unknown entity type 'HUMAN'; use one of: PERSON, ORG, LOCATION, WORK, EVENT\n");
  CHECK(query("").err ==
        "kgx: error: nothing to ask: give NAME, --relation REL, --type TYPE or --path A B (see kgx query --help)\n");
  CHECK(run_kgx(seed_dir().path(), "query").exit_code == 2);  // no GRAPH
  // Usage is checked first: a bad flag on a missing file is still a usage error about the flag.
  CHECK(run_kgx(seed_dir().path(), "query missing.graphml --relation marry").err.find("unknown relation") !=
        std::string::npos);
}

TEST_CASE("a graph can come from standard input") {
  const Run from_file = query("Kimmy --json");
  const Run from_stdin = run_kgx(seed_dir().path(), "query - Kimmy --json", (seed_dir() / "graph.graphml").string());
  CHECK(from_stdin.exit_code == 0);
  CHECK(from_stdin.out == from_file.out);
  const Run unknown = run_kgx(seed_dir().path(), "query - Nobody", (seed_dir() / "graph.graphml").string());
  CHECK(unknown.err.starts_with("kgx: no entity named 'Nobody' in standard input"));
  const Run nothing = run_kgx(seed_dir().path(), "query - Kimmy");  // stdin is /dev/null
  CHECK(nothing.exit_code == 2);
  CHECK(nothing.err.starts_with("kgx: error: standard input: not a kgx GraphML graph (it is empty)"));
}

TEST_CASE("kgx stats counts what the graph holds") {
  const kgx::KnowledgeGraph graph = [] {
    std::ifstream in(seed_dir() / "graph.graphml", std::ios::binary);
    return kgx::read_graphml(in);
  }();
  const Run run = run_kgx(seed_dir().path(), "stats graph.graphml --json --top 3");
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());
  const json stats = parse_json(run.out);
  CHECK(stats.at("entities") == graph.entity_count());
  CHECK(stats.at("relations") == graph.relation_count());
  CHECK(stats.at("documents") == 5);
  std::size_t typed = 0, related = 0;
  for (const auto& [type, count] : stats.at("entities_by_type").items()) typed += count.get<std::size_t>();
  for (const auto& [relation, count] : stats.at("relations_by_type").items()) related += count.get<std::size_t>();
  CHECK(typed == graph.entity_count());
  CHECK(related == graph.relation_count());
  REQUIRE(stats.at("most_connected").size() == 3);
  CHECK(stats.at("most_connected")[0].at("label") == "Kim Kardashian");
  CHECK(stats.at("most_connected")[1].at("label") == "Kanye West");
  CHECK(stats.at("most_connected")[0].at("relations") >= stats.at("most_connected")[1].at("relations"));

  const Run text = run_kgx(seed_dir().path(), "stats graph.graphml --top 1");
  CHECK(text.exit_code == 0);
  const std::vector<std::string> lines = lines_of(text.out);
  REQUIRE(lines.size() >= 3);
  CHECK(lines[0] == "entities   " + std::to_string(graph.entity_count()));
  CHECK(lines[2] == "documents  5");
  CHECK(RE2::PartialMatch(text.out, RE2("\nmost connected\n  Kim Kardashian  PERSON  [0-9]+ relations\n$")));

  CHECK(run_kgx(seed_dir().path(), "stats missing.graphml").exit_code == 2);
  CHECK(run_kgx(seed_dir().path(), "stats graph.graphml --top -2").exit_code == 2);
}

TEST_CASE("extract -> GraphML -> read_graphml -> write_graphml gives the same bytes") {
  TempDir dir;
  for (const bool directed : {false, true}) {
    CAPTURE(directed);
    const std::string flags = directed ? " --directed" : "";
    const Run run = run_kgx(dir.path(), "extract " + shell_quote(kExamples.string()) + " --quiet -o g.graphml" + flags);
    REQUIRE(run.exit_code == 0);
    const std::string written = read_file(dir / "g.graphml");
    REQUIRE(written.size() > 1000);
    std::istringstream in(written);
    const kgx::KnowledgeGraph graph = kgx::read_graphml(in);
    CHECK(graph.relation_count() > 0);
    std::ostringstream again;
    kgx::write_graphml(graph, again, kgx::GraphmlOptions{.directed = directed});
    CHECK(again.str() == written);
  }
}

TEST_CASE("kgx --help shows query and stats; their --help lists every flag") {
  TempDir dir;
  const Run help = run_kgx(dir.path(), "--help");
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("query") != std::string::npos);
  CHECK(help.out.find("stats") != std::string::npos);
  CHECK(help.out.find("1 kgx query found nothing") != std::string::npos);
  const Run query_help = run_kgx(dir.path(), "query --help");
  CHECK(query_help.exit_code == 0);
  for (const char* flag : {"--relation", "--path", "--max-hops", "--type", "--min-weight", "--evidence", "--json"}) {
    CAPTURE(flag);
    CHECK(query_help.out.find(flag) != std::string::npos);
  }
  const Run stats_help = run_kgx(dir.path(), "stats --help");
  CHECK(stats_help.exit_code == 0);
  CHECK(stats_help.out.find("--top") != std::string::npos);
  CHECK(stats_help.out.find("--json") != std::string::npos);
}
