#include "export/graphml.h"

// Boost.PropertyTree's own XML parser (RapidXML), used directly rather than
// through read_xml(): it parses the buffer in place without copying every
// element into a ptree (a ptree node per attribute costs several times the
// file size on 100k-edge graphs), and it can check closing tags, which
// read_xml() does not ask it to.
#include <boost/property_tree/detail/rapidxml.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <istream>
#include <limits>
#include <memory>
#include <optional>
#include <ostream>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "export/value_list.h"
#include "export/xml_text.h"

namespace kgx {
namespace {

// ---------------------------------------------------------------------------
// The keys. attr.name and attr.type of the first twelve are fixed by
// CONTRACT.md; the last three are kgx's own, there so that read_graphml can
// restore exactly what was written.

enum class Field {
  NodeLabel,
  NodeType,
  NodeAliases,
  NodeMentions,
  NodeDocuments,
  EdgeRelation,
  EdgeLabel,
  EdgeWeight,
  EdgeSymmetric,
  EdgeDate,
  EdgePlace,
  EdgeEvidence,
  EdgeDateSources,
  EdgePlaceSources,
  EdgeEvidenceSpans,
};

struct KeySpec {
  Field field;
  std::string_view id;  // the <key id>, what <data key> refers to
  std::string_view domain;
  std::string_view name;
  std::string_view type;
};

constexpr std::array<KeySpec, 15> kKeys = {{
    {Field::NodeLabel, "n_label", "node", "label", "string"},
    {Field::NodeType, "n_type", "node", "type", "string"},
    {Field::NodeAliases, "n_aliases", "node", "aliases", "string"},
    {Field::NodeMentions, "n_mentions", "node", "mentions", "int"},
    {Field::NodeDocuments, "n_documents", "node", "documents", "string"},
    {Field::EdgeRelation, "e_relation", "edge", "relation", "string"},
    {Field::EdgeLabel, "e_label", "edge", "label", "string"},
    {Field::EdgeWeight, "e_weight", "edge", "weight", "double"},
    {Field::EdgeSymmetric, "e_symmetric", "edge", "symmetric", "boolean"},
    {Field::EdgeDate, "e_date", "edge", "date", "string"},
    {Field::EdgePlace, "e_place", "edge", "place", "string"},
    {Field::EdgeEvidence, "e_evidence", "edge", "evidence", "string"},
    {Field::EdgeDateSources, "e_date_sources", "edge", "date_sources", "string"},
    {Field::EdgePlaceSources, "e_place_sources", "edge", "place_sources", "string"},
    {Field::EdgeEvidenceSpans, "e_evidence_spans", "edge", "evidence_spans", "string"},
}};

constexpr bool keys_follow_field_order() {
  for (std::size_t i = 0; i < kKeys.size(); ++i)
    if (static_cast<std::size_t>(kKeys[i].field) != i) return false;
  return true;
}
static_assert(keys_follow_field_order(), "kKeys is indexed by Field");

constexpr const KeySpec& key_of(Field field) { return kKeys[static_cast<std::size_t>(field)]; }

constexpr std::string_view kGraphmlNamespace = "http://graphml.graphdrawing.org/xmlns";

// ---------------------------------------------------------------------------
// Ids. The schema wants node and edge ids to be unique NMTOKENs; the graph
// promises that, but one bad id would make the whole file invalid, so the
// writer checks and repairs rather than trusts.

// Conservative NMTOKEN test (ASCII name characters only), so that every
// validator agrees whatever edition of the XML name rules it follows.
bool is_ascii_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-' || c == '_' || c == ':';
}

bool is_nmtoken(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), is_ascii_name_char);
}

// `wanted` with each other character (one per UTF-8 sequence) made '_'.
std::string nmtoken_from(std::string_view wanted) {
  std::string token;
  for (char c : wanted) {
    bool continuation_byte = (static_cast<unsigned char>(c) & 0xC0) == 0x80;
    if (is_ascii_name_char(c))
      token += c;
    else if (!continuation_byte)
      token += '_';
  }
  return token;
}

// One unique NMTOKEN per wanted id, in the same order. Valid ids are kept
// (the first of duplicates keeps its id); the others become a repaired form,
// or prefix + position when nothing is left, with a "_N" suffix if taken.
std::vector<std::string> unique_nmtokens(const std::vector<std::string_view>& wanted,
                                         std::string_view prefix) {
  std::unordered_set<std::string_view> taken;
  taken.reserve(wanted.size());
  std::vector<bool> keeps(wanted.size(), false);
  for (std::size_t i = 0; i < wanted.size(); ++i)
    if (is_nmtoken(wanted[i])) keeps[i] = taken.insert(wanted[i]).second;

  // Sized once: `taken` views the repaired strings in place.
  std::vector<std::string> ids(wanted.size());
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    if (keeps[i]) {
      ids[i] = wanted[i];
      continue;
    }
    std::string base = nmtoken_from(wanted[i]);
    if (base.empty()) base = std::string(prefix) + std::to_string(i);
    ids[i] = base;
    for (std::size_t suffix = 2; taken.count(ids[i]); ++suffix)
      ids[i] = base + "_" + std::to_string(suffix);
    taken.insert(ids[i]);
  }
  return ids;
}

// ---------------------------------------------------------------------------
// Writing: everything goes through one buffer flushed in large blocks, so
// the cost is linear in the output and the ostream sees few calls.

void append_number(std::string& out, std::uint64_t value) {
  std::array<char, 24> digits;
  auto result = std::to_chars(digits.data(), digits.data() + digits.size(), value);
  out.append(digits.data(), result.ptr);
}

class BufferedXml {
 public:
  explicit BufferedXml(std::ostream& out) : out_(out) { buffer_.reserve(kFlushAt + 4096); }

  BufferedXml& raw(std::string_view markup) {
    buffer_ += markup;
    return *this;
  }
  BufferedXml& text(std::string_view text) {
    append_xml_escaped(buffer_, text);
    return *this;
  }
  BufferedXml& number(std::uint64_t value) {
    append_number(buffer_, value);
    return *this;
  }

  void data(Field field, std::string_view value) {
    raw("      <data key=\"").raw(key_of(field).id).raw("\">").text(value).raw("</data>\n");
  }
  void data_number(Field field, std::uint64_t value) {
    raw("      <data key=\"").raw(key_of(field).id).raw("\">").number(value).raw("</data>\n");
  }
  // Lists are omitted when empty: a reader then sees no attribute at all.
  void data_list(Field field, const ValueListEncoder& list) {
    if (!list.empty()) data(field, list.text());
  }

  void maybe_flush() {
    if (buffer_.size() >= kFlushAt) flush();
  }
  void flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

 private:
  static constexpr std::size_t kFlushAt = 1 << 16;
  std::ostream& out_;
  std::string buffer_;
};

void write_header(BufferedXml& xml, bool directed) {
  xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"")
      .raw(kGraphmlNamespace)
      .raw("\">\n");
  for (const KeySpec& key : kKeys) {
    xml.raw("  <key id=\"").raw(key.id).raw("\" for=\"").raw(key.domain);
    xml.raw("\" attr.name=\"").raw(key.name).raw("\" attr.type=\"").raw(key.type).raw("\"/>\n");
  }
  xml.raw("  <graph id=\"G\" edgedefault=\"").raw(directed ? "directed" : "undirected").raw("\">\n");
}

void write_node(BufferedXml& xml, const EntityNode& node, std::string_view id,
                ValueListEncoder& list) {
  xml.raw("    <node id=\"").raw(id).raw("\">\n");
  xml.data(Field::NodeLabel, node.label);
  xml.data(Field::NodeType, to_string(node.type));
  list.clear();
  for (const std::string& alias : node.aliases) list.add(alias);
  xml.data_list(Field::NodeAliases, list);
  xml.data_number(Field::NodeMentions, node.mentions);
  list.clear();
  for (const std::string& doc : node.documents) list.add(doc);
  xml.data_list(Field::NodeDocuments, list);
  xml.raw("    </node>\n");
  xml.maybe_flush();
}

// The distinct values of `sourced` in first-seen order (the contract's date
// and place) and every (doc, value) pair (the *_sources keys). Most edges
// have a handful of values, compared directly; a hash set only past that.
void encode_qualifier(const std::vector<SourcedValue>& sourced, ValueListEncoder& values,
                      ValueListEncoder& sources, std::unordered_set<std::string_view>& seen) {
  constexpr std::size_t kDirectCompareLimit = 16;
  values.clear();
  sources.clear();
  seen.clear();
  for (std::size_t i = 0; i < sourced.size(); ++i) {
    const std::string& value = sourced[i].value;
    bool first_seen;
    if (sourced.size() <= kDirectCompareLimit) {
      auto earlier = sourced.begin() + static_cast<std::ptrdiff_t>(i);
      first_seen = std::none_of(sourced.begin(), earlier,
                                [&](const SourcedValue& other) { return other.value == value; });
    } else {
      first_seen = seen.insert(value).second;
    }
    if (first_seen) values.add(value);
    sources.add_sourced(sourced[i].doc, value);
  }
}

// Encoders reused from edge to edge, so that writing allocates next to nothing.
struct EdgeScratch {
  ValueListEncoder dates, date_sources, places, place_sources, evidence, spans;
  std::unordered_set<std::string_view> seen;
  std::string span;
};

void write_edge(BufferedXml& xml, const RelationEdge& edge, std::string_view id,
                std::string_view source, std::string_view target, bool directed_graph,
                EdgeScratch& scratch) {
  std::string_view relation = to_string(edge.relation);
  bool symmetric = is_symmetric(edge.relation);
  xml.raw("    <edge id=\"").raw(id).raw("\" source=\"").raw(source).raw("\" target=\"").raw(target);
  xml.raw("\" label=\"").raw(relation).raw("\"");
  if (!directed_graph && !symmetric) xml.raw(" directed=\"true\"");
  xml.raw(">\n");
  xml.data(Field::EdgeRelation, relation);
  xml.data(Field::EdgeLabel, relation);
  xml.data_number(Field::EdgeWeight, edge.weight);
  xml.data(Field::EdgeSymmetric, symmetric ? "true" : "false");

  encode_qualifier(edge.dates, scratch.dates, scratch.date_sources, scratch.seen);
  encode_qualifier(edge.places, scratch.places, scratch.place_sources, scratch.seen);
  scratch.evidence.clear();
  scratch.spans.clear();
  for (const Evidence& evidence : edge.evidence) {
    scratch.evidence.add_sourced(evidence.doc, evidence.sentence);
    scratch.span.clear();
    append_number(scratch.span, evidence.begin);
    scratch.span += '-';
    append_number(scratch.span, evidence.end);
    scratch.spans.add(scratch.span);
  }
  xml.data_list(Field::EdgeDate, scratch.dates);
  xml.data_list(Field::EdgePlace, scratch.places);
  xml.data_list(Field::EdgeEvidence, scratch.evidence);
  xml.data_list(Field::EdgeDateSources, scratch.date_sources);
  xml.data_list(Field::EdgePlaceSources, scratch.place_sources);
  xml.data_list(Field::EdgeEvidenceSpans, scratch.spans);
  xml.raw("    </edge>\n");
  xml.maybe_flush();
}

}  // namespace

void write_graphml(const KnowledgeGraph& graph, std::ostream& out, GraphmlOptions options) {
  const Graph& g = graph.graph();
  std::vector<std::string_view> wanted_node_ids;
  wanted_node_ids.reserve(graph.entity_count());
  for (Vertex v = 0; v < graph.entity_count(); ++v) wanted_node_ids.push_back(g[v].id);
  const std::vector<std::string> node_ids = unique_nmtokens(wanted_node_ids, "n");

  const std::vector<EdgeRef>& edges = graph.edges_in_order();
  std::vector<std::string_view> wanted_edge_ids;
  wanted_edge_ids.reserve(edges.size());
  for (EdgeRef e : edges) wanted_edge_ids.push_back(g[e].id);
  const std::vector<std::string> edge_ids = unique_nmtokens(wanted_edge_ids, "e");

  BufferedXml xml(out);
  write_header(xml, options.directed);
  ValueListEncoder list;
  for (Vertex v = 0; v < graph.entity_count(); ++v) write_node(xml, g[v], node_ids[v], list);
  EdgeScratch scratch;
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const RelationEdge& edge = g[edges[i]];
    write_edge(xml, edge, edge_ids[i], node_ids.at(edge.from), node_ids.at(edge.to),
               options.directed, scratch);
  }
  xml.raw("  </graph>\n</graphml>\n");
  xml.flush();
}

// ---------------------------------------------------------------------------
// Reading.

namespace {

namespace rapidxml = boost::property_tree::detail::rapidxml;
using XmlNode = rapidxml::xml_node<char>;

// Data nodes are not allocated (each element keeps its text as its value),
// which halves the parser's memory; closing tags must match their element.
constexpr int kParseFlags = rapidxml::parse_no_data_nodes | rapidxml::parse_validate_closing_tags;

[[noreturn]] void fail(const std::string& what) { throw GraphmlError("GraphML: " + what); }

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

// Element names compared without a namespace prefix (g:node and node alike).
std::string_view local_name(const XmlNode& element) {
  std::string_view name(element.name(), element.name_size());
  std::size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view text_of(const XmlNode& element) {
  return {element.value(), element.value_size()};
}

std::optional<std::string_view> attribute(const XmlNode& element, std::string_view name) {
  for (auto* attr = element.first_attribute(); attr; attr = attr->next_attribute())
    if (std::string_view(attr->name(), attr->name_size()) == name)
      return std::string_view(attr->value(), attr->value_size());
  return std::nullopt;
}

template <typename Visit>
void for_each_child(const XmlNode& parent, std::string_view name, Visit visit) {
  for (const XmlNode* child = parent.first_node(); child; child = child->next_sibling())
    if (child->type() == rapidxml::node_element && local_name(*child) == name) visit(*child);
}

const XmlNode* first_child(const XmlNode& parent, std::string_view name) {
  for (const XmlNode* child = parent.first_node(); child; child = child->next_sibling())
    if (child->type() == rapidxml::node_element && local_name(*child) == name) return child;
  return nullptr;
}

std::uint32_t parse_count(std::string_view text, const std::string& what) {
  std::uint32_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size())
    fail(what + " is " + quoted(text) + ", not a whole number");
  return value;
}

std::uint32_t parse_weight(std::string_view text, const std::string& what) {
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value) ||
      value < 0 || value > std::numeric_limits<std::uint32_t>::max())
    fail(what + " is " + quoted(text) + ", not a non-negative number");
  return static_cast<std::uint32_t>(std::lround(value));
}

// Which Field a <data key> means, from the <key> declarations: by attr.name
// in the context of a node or an edge, so that files using other key ids
// (networkx's d0, d1 ...) read the same. Resolved once per key, not per
// <data>.
enum class Domain { Node, Edge };

class KeyTable {
 public:
  explicit KeyTable(const XmlNode& root) {
    for_each_child(root, "key", [&](const XmlNode& key) {
      auto id = attribute(key, "id");
      auto name = attribute(key, "attr.name");
      if (id && name) fields_[*id] = {field_named(*name, "node"), field_named(*name, "edge")};
    });
  }

  std::optional<Field> field(const XmlNode& data, Domain domain) const {
    auto key = attribute(data, "key");
    if (!key) return std::nullopt;
    auto it = fields_.find(*key);
    if (it == fields_.end())  // undeclared: the id taken as the name, like score.py does
      return field_named(*key, domain == Domain::Node ? "node" : "edge");
    return it->second[static_cast<std::size_t>(domain)];
  }

 private:
  static std::optional<Field> field_named(std::string_view name, std::string_view domain) {
    for (const KeySpec& spec : kKeys)
      if (spec.domain == domain && spec.name == name) return spec.field;
    return std::nullopt;
  }

  std::unordered_map<std::string_view, std::array<std::optional<Field>, 2>> fields_;
};

using FieldValues = std::array<std::optional<std::string_view>, kKeys.size()>;

FieldValues read_fields(const XmlNode& element, Domain domain, const KeyTable& keys) {
  FieldValues values;
  for_each_child(element, "data", [&](const XmlNode& data) {
    if (auto field = keys.field(data, domain)) values[static_cast<std::size_t>(*field)] = text_of(data);
  });
  return values;
}

const std::optional<std::string_view>& value_of(const FieldValues& values, Field field) {
  return values[static_cast<std::size_t>(field)];
}

EntityNode read_node(const XmlNode& element, const KeyTable& keys) {
  EntityNode node;
  auto id = attribute(element, "id");
  if (!id) fail("a <node> has no id attribute");
  node.id = *id;
  const std::string where = "node " + quoted(node.id);
  FieldValues values = read_fields(element, Domain::Node, keys);
  if (auto label = value_of(values, Field::NodeLabel)) node.label = *label;
  if (auto type = value_of(values, Field::NodeType)) {
    auto parsed = parse_entity_type(*type);
    if (!parsed) fail(where + " has unknown type " + quoted(*type));
    node.type = *parsed;
  }
  if (auto aliases = value_of(values, Field::NodeAliases)) node.aliases = decode_value_list(*aliases);
  if (auto mentions = value_of(values, Field::NodeMentions))
    node.mentions = parse_count(*mentions, where + ": mentions");
  if (auto documents = value_of(values, Field::NodeDocuments))
    node.documents = decode_value_list(*documents);
  return node;
}

std::vector<SourcedValue> read_qualifier(const std::optional<std::string_view>& values,
                                         const std::optional<std::string_view>& sources) {
  std::vector<SourcedValue> out;
  if (sources) {
    for (SourcedItem& item : decode_sourced_list(*sources))
      out.push_back({std::move(item.text), std::move(item.doc)});
  } else if (values) {
    for (std::string& value : decode_value_list(*values)) out.push_back({std::move(value), ""});
  }
  return out;
}

std::vector<Evidence> read_evidence(const FieldValues& values, const std::string& where) {
  std::vector<Evidence> evidence;
  auto sentences = value_of(values, Field::EdgeEvidence);
  if (!sentences) return evidence;
  for (SourcedItem& item : decode_sourced_list(*sentences))
    evidence.push_back({std::move(item.doc), std::move(item.text), 0, 0});

  auto spans_text = value_of(values, Field::EdgeEvidenceSpans);
  if (!spans_text) return evidence;  // a file from elsewhere: offsets unknown
  std::vector<std::string> spans = decode_value_list(*spans_text);
  if (spans.size() != evidence.size())
    fail(where + " has " + std::to_string(evidence.size()) + " evidence sentences but " +
         std::to_string(spans.size()) + " evidence spans");
  for (std::size_t i = 0; i < spans.size(); ++i) {
    std::string_view span = spans[i];
    std::size_t dash = span.find('-');
    if (dash == std::string_view::npos) fail(where + ": evidence span " + quoted(span) + " is not BEGIN-END");
    evidence[i].begin = parse_count(span.substr(0, dash), where + ": evidence span begin");
    evidence[i].end = parse_count(span.substr(dash + 1), where + ": evidence span end");
  }
  return evidence;
}

// (relation, from, to) with symmetric pairs in one order: the graph allows
// one edge per relation and pair.
struct EdgeIdentity {
  Relation relation;
  std::size_t first, second;
  bool operator==(const EdgeIdentity&) const = default;
};
struct EdgeIdentityHash {
  std::size_t operator()(const EdgeIdentity& e) const {
    std::size_t h = std::hash<std::size_t>()(e.first);
    h ^= std::hash<std::size_t>()(e.second) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h ^ static_cast<std::size_t>(e.relation);
  }
};

class GraphBuilder {
 public:
  GraphBuilder(const KeyTable& keys, KnowledgeGraph& graph) : keys_(keys), graph_(graph) {}

  void add_node(const XmlNode& element) {
    EntityNode node = read_node(element, keys_);
    if (graph_.find_by_id(node.id)) fail("two nodes have the id " + quoted(node.id));
    graph_.add_entity(std::move(node));
  }

  void add_edge(const XmlNode& element) {
    RelationEdge edge;
    ++edge_count_;
    edge.id = attribute(element, "id").value_or("");
    const std::string where = edge.id.empty() ? "edge number " + std::to_string(edge_count_)
                                              : "edge " + quoted(edge.id);
    edge.from = endpoint(element, "source", where);
    edge.to = endpoint(element, "target", where);

    FieldValues values = read_fields(element, Domain::Edge, keys_);
    // The relation key first; Gephi-style files may carry it only as label.
    auto relation_text = value_of(values, Field::EdgeRelation);
    if (!relation_text) relation_text = attribute(element, "label");
    if (!relation_text) relation_text = value_of(values, Field::EdgeLabel);
    if (!relation_text) fail(where + " has no relation");
    auto relation = parse_relation(*relation_text);
    if (!relation) fail(where + " has unknown relation " + quoted(*relation_text));
    edge.relation = *relation;

    edge.evidence = read_evidence(values, where);
    if (auto weight = value_of(values, Field::EdgeWeight))
      edge.weight = parse_weight(*weight, where + ": weight");
    else
      edge.weight = static_cast<std::uint32_t>(edge.evidence.size());
    edge.dates = read_qualifier(value_of(values, Field::EdgeDate),
                                value_of(values, Field::EdgeDateSources));
    edge.places = read_qualifier(value_of(values, Field::EdgePlace),
                                 value_of(values, Field::EdgePlaceSources));

    EdgeIdentity identity{edge.relation, edge.from, edge.to};
    if (is_symmetric(edge.relation) && identity.first > identity.second)
      std::swap(identity.first, identity.second);
    if (!seen_edges_.insert(identity).second)
      fail(where + " repeats the " + std::string(*relation_text) + " relation between " +
           quoted(graph_.entity(edge.from).id) + " and " + quoted(graph_.entity(edge.to).id));
    graph_.add_relation(std::move(edge));
  }

 private:
  std::size_t endpoint(const XmlNode& element, std::string_view role, const std::string& where) {
    auto id = attribute(element, role);
    if (!id) fail(where + " has no " + std::string(role));
    auto vertex = graph_.find_by_id(*id);
    if (!vertex) fail(where + " names unknown node " + quoted(*id) + " as its " + std::string(role));
    return *vertex;
  }

  const KeyTable& keys_;
  KnowledgeGraph& graph_;
  std::unordered_set<EdgeIdentity, EdgeIdentityHash> seen_edges_;
  std::size_t edge_count_ = 0;
};

}  // namespace

KnowledgeGraph read_graphml(std::istream& in) {
  // RapidXML parses in place and needs a terminating zero. Read in blocks:
  // an istreambuf_iterator goes a character at a time.
  std::string buffer;
  constexpr std::size_t kBlock = 1 << 20;
  for (std::size_t size = 0; in;) {
    buffer.resize(size + kBlock);
    in.read(buffer.data() + size, kBlock);
    size += static_cast<std::size_t>(in.gcount());
    buffer.resize(size);
  }
  if (in.bad()) fail("the input could not be read");
  buffer.push_back('\0');

  // The document holds a 64 KiB first memory pool: too big for the stack.
  auto document = std::make_unique<rapidxml::xml_document<char>>();
  try {
    document->parse<kParseFlags>(buffer.data());
  } catch (const rapidxml::parse_error& error) {
    const char* where = error.where<char>();
    auto line = 1 + std::count(static_cast<const char*>(buffer.data()), where, '\n');
    fail("not well-formed XML (" + std::string(error.what()) + " at line " + std::to_string(line) +
         ")");
  }

  const XmlNode* root = document->first_node();
  while (root && root->type() != rapidxml::node_element) root = root->next_sibling();
  if (!root) fail("no XML element found (empty input?)");
  if (local_name(*root) != "graphml")
    fail("the root element is <" + std::string(local_name(*root)) + ">, not <graphml>");
  const XmlNode* graph = first_child(*root, "graph");
  if (!graph) fail("no <graph> element inside <graphml>");

  // Built in the returned object itself: moving a KnowledgeGraph copies the
  // Boost graph (adjacency_list has no move constructor) while the edge
  // order keeps pointing into the original, so the graph is never moved.
  KnowledgeGraph result;
  KeyTable keys(*root);
  GraphBuilder builder(keys, result);
  // GraphML allows edges before the nodes they name: nodes first.
  for_each_child(*graph, "node", [&](const XmlNode& node) { builder.add_node(node); });
  for_each_child(*graph, "edge", [&](const XmlNode& edge) { builder.add_edge(edge); });
  return result;
}

}  // namespace kgx
