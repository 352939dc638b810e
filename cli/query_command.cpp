#include "cli/query_command.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string_view>

#include "cli/console.h"
#include "cli/exit_codes.h"
#include "export/graphml.h"
#include "export/value_list.h"
#include "extract/text.h"
#include "graph/query.h"

namespace kgx::cli {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kSuggestionCount = 3;
// A first name shared by hundreds of people must not flood the terminal:
// the most connected candidates are the likely ones.
constexpr std::size_t kCandidatesShown = 10;

// Every entity type, for validating --type and listing the choices; the
// names themselves come from the ontology.
constexpr EntityType kEntityTypes[] = {EntityType::Person, EntityType::Org, EntityType::Location,
                                       EntityType::Work, EntityType::Event};

std::string single_quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string text;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) text += separator;
    text += items[i];
  }
  return text;
}

std::string relation_names() {
  std::vector<std::string> names;
  for (int r = 0; r < kRelationCount; ++r) names.emplace_back(to_string(static_cast<Relation>(r)));
  return joined(names, ", ");
}

std::string entity_type_names() {
  std::vector<std::string> names;
  for (EntityType type : kEntityTypes) names.emplace_back(to_string(type));
  return joined(names, ", ");
}

// Flags are forgiving about case: the ontology writes relations in lower
// case and types in upper case, and nothing else differs by case alone.
std::string lower_case(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string upper_case(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size(); i += utf8_length(static_cast<unsigned char>(text[i]))) ++width;
  return width;
}

// aligned_rows, one string per row, so that callers can put lines (the
// evidence) between rows.
std::vector<std::string> aligned_lines(const std::vector<std::vector<std::string>>& rows,
                                       const std::string& indent) {
  std::vector<std::size_t> widths;
  for (const auto& row : rows) {
    if (widths.size() < row.size()) widths.resize(row.size(), 0);
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], display_width(row[c]));
  }
  std::vector<std::string> lines;
  for (const auto& row : rows) {
    std::string line = indent;
    bool first = true;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      if (widths[c] == 0) continue;  // empty in every row
      if (!first) line += "  ";
      first = false;
      const std::string cell = c < row.size() ? row[c] : std::string();
      line += cell;
      line.append(widths[c] - display_width(cell), ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    lines.push_back(std::move(line));
  }
  return lines;
}

// ---------------------------------------------------------------------------
// How an edge reads on a terminal.

// "-married-" (no direction), "-parent_of->" or "<-parent_of-" (the way the
// relation points, seen from the left-hand entity).
std::string relation_arrow(Relation relation, bool forward) {
  const std::string name(to_string(relation));
  if (is_symmetric(relation)) return "-" + name + "-";
  return forward ? "-" + name + "->" : "<-" + name + "-";
}

// Several documents may date or place one relation differently: all are shown.
std::string qualifier_text(std::span<const SourcedValue> values) {
  return joined(distinct_values(values), "; ");
}

std::string weight_text(std::uint32_t weight) { return "weight " + std::to_string(weight); }

std::string evidence_lines(const KnowledgeGraph& graph, const RelationEdge& edge, const std::string& indent) {
  std::string lines;
  for (const SourcedSentence& evidence : edge.evidence)
    lines.append(indent).append(graph.document_id(evidence.doc)).append(": ").append(evidence.sentence).append(1, '\n');
  return lines;
}

// "parent_of -> Byron King (weight 1)": an entity's best-known relation.
std::string relation_summary(const KnowledgeGraph& graph, const EntityRelation& relation) {
  const RelationEdge& edge = graph.relation(relation.edge);
  std::string text(to_string(edge.relation));
  if (!is_symmetric(edge.relation)) text += relation.outgoing ? " ->" : " <-";
  return text + " " + graph.entity(relation.counterpart).label + " (" + weight_text(edge.weight) + ")";
}

// ---------------------------------------------------------------------------
// JSON: CONTRACT.md's edge object. date and place are the distinct values
// joined as the GraphML and --format json write them.

std::string qualifier_json(std::span<const SourcedValue> values) {
  ValueListEncoder list;
  for (const std::string& value : distinct_values(values)) list.add(value);
  return list.text();
}

Json edge_json(const KnowledgeGraph& graph, EdgeRef e) {
  const RelationEdge& edge = graph.relation(e);
  Json item = Json::object();
  item["source"] = graph.entity(edge.from).label;
  item["relation"] = to_string(edge.relation);
  item["target"] = graph.entity(edge.to).label;
  item["weight"] = edge.weight;
  item["date"] = qualifier_json(edge.dates());
  item["place"] = qualifier_json(edge.places());
  Json& evidence = item["evidence"] = Json::array();
  for (const SourcedSentence& sentence : edge.evidence) {
    Json& entry = evidence.emplace_back(Json::object());
    entry["doc"] = graph.document_id(sentence.doc);
    entry["text"] = sentence.sentence;
  }
  return item;
}

Json entity_json(const KnowledgeGraph& graph, const EntityNode& node) {
  Json item = Json::object();
  item["id"] = node.id;
  item["label"] = node.label;
  item["type"] = to_string(node.type);
  item["aliases"] = node.aliases;
  item["mentions"] = node.mentions;
  Json& documents = item["documents"] = Json::array();
  for (DocumentIndex doc : node.documents) documents.push_back(graph.document_id(doc));
  return item;
}

// An array with one item per line: readable, and `grep`-able per edge.
void write_json_array(std::ostream& out, const std::vector<Json>& items) {
  if (items.empty()) {
    out << "[]\n";
    return;
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    out << (i == 0 ? "[\n  " : ",\n  ") << items[i].dump(-1, ' ', false, Json::error_handler_t::replace);
  }
  out << "\n]\n";
}

void write_edges_json(std::ostream& out, const KnowledgeGraph& graph, const std::vector<EdgeRef>& edges) {
  std::vector<Json> items;
  items.reserve(edges.size());
  for (EdgeRef e : edges) items.push_back(edge_json(graph, e));
  write_json_array(out, items);
}

// ---------------------------------------------------------------------------
// The query itself.

// The flags as given, for messages about what matched nothing.
std::string filter_flags(const QueryOptions& options) {
  std::vector<std::string> flags;
  if (options.relation) flags.push_back("--relation " + *options.relation);
  if (options.min_weight > 0) flags.push_back("--min-weight " + std::to_string(options.min_weight));
  if (options.type) flags.push_back("--type " + *options.type);
  return joined(flags, " ");
}

class Query {
 public:
  Query(const QueryOptions& options, const RelationFilter& filter, const KnowledgeGraph& graph,
        std::ostream& out, std::ostream& err)
      : options_(options),
        filter_(filter),
        graph_(graph),
        file_(graph_display_name(options.graph_path)),
        out_(out),
        err_(err),
        console_(err, ConsoleOptions{}) {}

  int entity_card(const std::string& name) {
    const EntityIndex index(graph_);
    const std::optional<Vertex> entity = resolve(index, name);
    if (!entity) return kExitNothingFound;
    const std::vector<RelationGroup> groups = relations_of(graph_, *entity, filter_);
    const bool filtered = filter_.relation || filter_.min_weight > 0 || filter_.entity_type;
    if (filtered && groups.empty()) {
      console_.note("no relation of " + graph_.entity(*entity).label + " in " + file_ + " matches " +
                    filter_flags(options_));
      return kExitNothingFound;
    }

    if (options_.json) {
      std::vector<EdgeRef> edges;
      for (const RelationGroup& group : groups)
        for (const EntityRelation& relation : group.relations) edges.push_back(relation.edge);
      write_edges_json(out_, graph_, edges);
      return kExitSuccess;
    }

    const EntityNode& node = graph_.entity(*entity);
    out_ << node.label << " (" << to_string(node.type) << ")\n";
    std::vector<std::vector<std::string>> facts;
    if (!node.aliases.empty()) facts.push_back({"aliases:", joined(node.aliases, ", ")});
    facts.push_back({"documents:", std::to_string(node.documents.size())});
    facts.push_back({"mentions:", std::to_string(node.mentions)});
    for (const std::string& line : aligned_lines(facts, "  ")) out_ << line << '\n';
    out_ << '\n';
    if (groups.empty()) {
      out_ << "  no relations\n";
      return kExitSuccess;
    }

    // One table for all groups, so that the columns line up down the card;
    // the relation name only on the first row of its group.
    std::vector<std::vector<std::string>> rows;
    std::vector<const RelationEdge*> row_edges;
    for (const RelationGroup& group : groups) {
      bool first_of_group = true;
      for (const EntityRelation& relation : group.relations) {
        const RelationEdge& edge = graph_.relation(relation.edge);
        const std::string arrow = is_symmetric(edge.relation) ? "" : relation.outgoing ? "->" : "<-";
        rows.push_back({first_of_group ? std::string(to_string(group.relation)) : "", arrow,
                        graph_.entity(relation.counterpart).label, qualifier_text(edge.dates()),
                        qualifier_text(edge.places()), weight_text(edge.weight)});
        row_edges.push_back(&edge);
        first_of_group = false;
      }
    }
    write_rows(rows, row_edges, "  ");
    return kExitSuccess;
  }

  int edge_list() {
    const std::vector<EdgeRef> edges = matching_edges(graph_, filter_);
    if (edges.empty()) {
      console_.note("no edge in " + file_ + " matches " + filter_flags(options_));
      return kExitNothingFound;
    }
    if (options_.json) {
      write_edges_json(out_, graph_, edges);
      return kExitSuccess;
    }
    std::vector<std::vector<std::string>> rows;
    std::vector<const RelationEdge*> row_edges;
    for (EdgeRef e : edges) {
      const RelationEdge& edge = graph_.relation(e);
      rows.push_back({graph_.entity(edge.from).label, relation_arrow(edge.relation, true),
                      graph_.entity(edge.to).label, qualifier_text(edge.dates()), qualifier_text(edge.places()),
                      weight_text(edge.weight)});
      row_edges.push_back(&edge);
    }
    write_rows(rows, row_edges, "");
    return kExitSuccess;
  }

  int entity_list(EntityType type) {
    const std::vector<Vertex> entities = entities_of_type(graph_, type);
    if (entities.empty()) {
      console_.note("no " + std::string(to_string(type)) + " entity in " + file_);
      return kExitNothingFound;
    }
    if (options_.json) {
      std::vector<Json> items;
      for (Vertex v : entities) items.push_back(entity_json(graph_, graph_.entity(v)));
      write_json_array(out_, items);
      return kExitSuccess;
    }
    std::vector<std::vector<std::string>> rows;
    for (Vertex v : entities) {
      const EntityNode& node = graph_.entity(v);
      const std::size_t degree = boost::degree(v, graph_.graph());
      rows.push_back({node.label, count_of(degree, "relation", "relations"),
                      count_of(node.documents.size(), "document", "documents"),
                      node.aliases.empty() ? "" : "aka " + joined(node.aliases, ", ")});
    }
    for (const std::string& line : aligned_lines(rows, "")) out_ << line << '\n';
    return kExitSuccess;
  }

  int path(const std::string& from_name, const std::string& to_name) {
    const EntityIndex index(graph_);
    // Both names are checked before giving up, so that one run reports both.
    const std::optional<Vertex> from = resolve(index, from_name);
    const std::optional<Vertex> to = resolve(index, to_name);
    if (!from || !to) return kExitNothingFound;

    const PathResult path = shortest_path(graph_, *from, *to, options_.max_hops, filter_);
    if (!path.found) {
      std::string message = path.hop_limit_reached
                                ? "no chain of at most " + count_of(options_.max_hops, "relation", "relations")
                                : std::string("no chain of relations");
      message += " links " + graph_.entity(*from).label + " and " + graph_.entity(*to).label + " in " + file_;
      if (!filter_flags(options_).empty()) message += " with " + filter_flags(options_);
      if (path.hop_limit_reached) message += "; a longer one may exist: raise --max-hops";
      console_.note(message);
      return kExitNothingFound;
    }

    if (options_.json) {
      std::vector<EdgeRef> edges;
      for (const PathStep& step : path.steps) edges.push_back(step.edge);
      write_edges_json(out_, graph_, edges);
      return kExitSuccess;
    }
    std::string chain = graph_.entity(*from).label;
    for (const PathStep& step : path.steps) {
      const RelationEdge& edge = graph_.relation(step.edge);
      chain += " " + relation_arrow(edge.relation, walks_forward(graph_, step)) + " " +
               graph_.entity(step.walked_to).label;
    }
    out_ << chain << '\n';
    if (options_.evidence && !path.steps.empty()) {
      // Each hop on its own, with its qualifiers and sentences.
      std::vector<std::vector<std::string>> rows;
      std::vector<const RelationEdge*> row_edges;
      for (const PathStep& step : path.steps) {
        const RelationEdge& edge = graph_.relation(step.edge);
        rows.push_back({graph_.entity(step.walked_from).label, relation_arrow(edge.relation, walks_forward(graph_, step)),
                        graph_.entity(step.walked_to).label, qualifier_text(edge.dates()),
                        qualifier_text(edge.places()), weight_text(edge.weight)});
        row_edges.push_back(&edge);
      }
      out_ << '\n';
      write_rows(rows, row_edges, "  ");
    }
    return kExitSuccess;
  }

 private:
  // The single entity `name` designates, or a message saying why there is
  // none: unknown (with suggestions) or ambiguous (with the candidates).
  std::optional<Vertex> resolve(const EntityIndex& index, const std::string& name) {
    const std::vector<Vertex> found = index.find(name);
    if (found.size() == 1) return found.front();
    if (found.empty()) {
      std::vector<std::string> labels;
      for (Vertex v : index.suggest(name, kSuggestionCount)) {
        const std::string& label = graph_.entity(v).label;
        if (std::find(labels.begin(), labels.end(), label) == labels.end()) labels.push_back(label);
      }
      std::string message = "no entity named " + single_quoted(name) + " in " + file_;
      if (!labels.empty()) {
        message += "; did you mean: " + joined(labels, ", ") + "?";
      } else {
        message += "; `kgx query " + options_.graph_path + " --type PERSON` lists the people";
      }
      console_.note(message);
      return std::nullopt;
    }

    console_.note(single_quoted(name) + " names " + std::to_string(found.size()) + " entities in " + file_ +
                  "; give the full label of one:");
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < found.size() && i < kCandidatesShown; ++i) {
      const Vertex v = found[i];
      const std::optional<EntityRelation> best = strongest_relation(graph_, v);
      rows.push_back({graph_.entity(v).label, std::string(to_string(graph_.entity(v).type)),
                      best ? relation_summary(graph_, *best) : "no relations"});
    }
    for (const std::string& line : aligned_lines(rows, "  ")) err_ << line << '\n';
    if (found.size() > kCandidatesShown) err_ << "  ... and " << found.size() - kCandidatesShown << " more\n";
    err_.flush();
    return std::nullopt;
  }

  // The rows, each followed by its evidence sentences when asked for them.
  void write_rows(const std::vector<std::vector<std::string>>& rows, const std::vector<const RelationEdge*>& edges,
                  const std::string& indent) {
    const std::vector<std::string> lines = aligned_lines(rows, indent);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      out_ << lines[i] << '\n';
      if (options_.evidence) out_ << evidence_lines(graph_, *edges[i], indent + "    ");
    }
  }

  const QueryOptions& options_;
  const RelationFilter& filter_;
  const KnowledgeGraph& graph_;
  const std::string file_;
  std::ostream& out_;
  std::ostream& err_;
  Console console_;
};

}  // namespace

std::string graph_display_name(const std::string& path) { return path == "-" ? "standard input" : path; }

std::string aligned_rows(const std::vector<std::vector<std::string>>& rows, const std::string& indent) {
  std::string text;
  for (const std::string& line : aligned_lines(rows, indent)) text += line + '\n';
  return text;
}

KnowledgeGraph load_graph_file(const std::string& path, std::istream& in, GraphmlReadOptions options) {
  const std::string how_to_make = "write it with `kgx extract ARTICLES... -o " + path + "`";
  auto not_a_graph = [&](const std::string& what) {
    return GraphFileError(graph_display_name(path) + ": not a kgx GraphML graph (" + what + "); " + how_to_make);
  };

  std::ifstream file;
  if (path != "-") {
    std::error_code ignored;
    const auto status = std::filesystem::status(path, ignored);
    if (!std::filesystem::exists(status))
      throw GraphFileError(path + ": no such file; run `kgx extract ARTICLES... -o " + path + "` first, or check the path");
    if (std::filesystem::is_directory(status))
      throw GraphFileError(path + ": is a directory; give the GraphML file that `kgx extract -o` wrote");
    file.open(path, std::ios::binary);
    if (!file) throw GraphFileError(path + ": cannot read it (" + std::strerror(errno) + "); check its permissions");
  }
  std::istream& source = path == "-" ? in : file;

  // A common slip: the JSON export instead of the GraphML one.
  source >> std::ws;
  if (source.peek() == '{')
    throw GraphFileError(graph_display_name(path) +
                         ": this is the JSON export; kgx query reads GraphML: write it with `kgx extract "
                         "ARTICLES... -o graph.graphml`");
  if (source.peek() == std::char_traits<char>::eof() && !source.bad()) throw not_a_graph("it is empty");
  source.clear();
  try {
    return read_graphml(source, options);
  } catch (const GraphmlError& error) {
    throw not_a_graph(error.what());
  }
}

int run_query(const QueryOptions& options, std::istream& in, std::ostream& out, std::ostream& err) {
  Console console(err, ConsoleOptions{});

  RelationFilter filter;
  filter.min_weight = options.min_weight;
  if (options.relation) {
    filter.relation = parse_relation(lower_case(*options.relation));
    if (!filter.relation) {
      console.error("unknown relation " + single_quoted(*options.relation) + "; use one of: " + relation_names());
      return kExitUsage;
    }
  }
  if (options.type) {
    filter.entity_type = parse_entity_type(upper_case(*options.type));
    if (!filter.entity_type) {
      console.error("unknown entity type " + single_quoted(*options.type) + "; use one of: " + entity_type_names());
      return kExitUsage;
    }
  }
  if (!options.path.empty() && options.path.size() != 2) {
    console.error("--path takes two names: --path A B");
    return kExitUsage;
  }
  if (options.name && !options.path.empty()) {
    console.error("give either NAME or --path A B, not both");
    return kExitUsage;
  }
  const bool lists_edges = options.relation || options.min_weight > 0;
  if (!options.name && options.path.empty() && !lists_edges && !options.type) {
    console.error("nothing to ask: give NAME, --relation REL, --type TYPE or --path A B (see kgx query --help)");
    return kExitUsage;
  }

  int code = kExitSuccess;
  try {
    // Initialized in place: moving a KnowledgeGraph would copy the Boost graph.
    // Evidence is most of a graph file: read only when it is printed.
    const KnowledgeGraph graph =
        load_graph_file(options.graph_path, in, GraphmlReadOptions{.evidence = options.evidence || options.json});
    Query query(options, filter, graph, out, err);
    if (!options.path.empty()) {
      code = query.path(options.path[0], options.path[1]);
    } else if (options.name) {
      code = query.entity_card(*options.name);
    } else if (lists_edges) {
      code = query.edge_list();
    } else {
      code = query.entity_list(*filter.entity_type);
    }
  } catch (const GraphFileError& error) {
    console.error(error.what());
    return kExitUsage;
  }

  out.flush();
  if (!out) {
    console.error("cannot write the answer to standard output");
    return kExitUsage;
  }
  return code;
}

}  // namespace kgx::cli
